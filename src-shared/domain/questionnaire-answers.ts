// One respondent's answers to a template: which questions are shown (conditional display), and
// whether the answers fit the questions. Shared by the kiosk form (immediate feedback) and core
// (the check that counts, for paper entry and kiosk submissions alike).
import { z } from 'zod';
import type { FieldError } from './field-error';
import { questionNumber, questionsInOrder, type Question, type Template } from './questionnaire';

export const NVT = 'nvt';
export type ScaleAnswer = 1 | 2 | 3 | 4 | 5 | typeof NVT;
/** likert5: 1..5 or "nvt"; keuze: an option code; meerkeuze: codes; getal: a number; open: text; matrix: per item. */
export type AnswerValue = number | string | string[] | Record<string, number | string>;
export type Answers = Record<string, AnswerValue>;

const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/);
export const answersSchema = z.record(
  key,
  z.union([
    questionNumber,
    z.string().max(10000),
    z.array(z.string().max(40)).max(30),
    z.record(key, z.union([questionNumber, z.literal(NVT)])),
  ]),
);

function matches(answer: AnswerValue | undefined, values: readonly (string | number)[]): boolean {
  if (answer === undefined) return false;
  if (Array.isArray(answer)) return answer.some((a) => values.includes(a));
  if (typeof answer === 'object') return false;
  return values.includes(answer);
}

/**
 * A function that tells, for one respondent's answers, which questions were shown: a question with
 * a condition is shown when the question it refers to was shown and its answer has one of the
 * values. Built once per template: the analysis calls it for thousands of responses.
 */
export function visibility(template: Template): (answers: Answers) => Set<string> {
  const ordered = questionsInOrder(template).map((q) => q.question);
  const conditional = ordered.some((q) => q.toonAls !== null);
  const all = new Set(ordered.map((q) => q.id));
  if (!conditional) return () => all;
  return (answers) => {
    const shown = new Set<string>();
    for (const question of ordered) {
      const condition = question.toonAls;
      if (!condition || (shown.has(condition.vraag) && matches(answers[condition.vraag], condition.waarden))) {
        shown.add(question.id);
      }
    }
    return shown;
  };
}

const isEmpty = (value: AnswerValue | undefined) =>
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);

function scaleValid(value: unknown, nvt: boolean): boolean {
  return (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5) || (nvt && value === NVT);
}

/** Checks one answer; returns problems keyed by their path (question id, or `id.item` in a matrix). */
function checkAnswer(
  question: Question,
  value: AnswerValue,
  errors: Record<string, FieldError>,
): AnswerValue | undefined {
  const fail = (key: string, params?: Record<string, string | number>, path = question.id) => {
    errors[path] = params ? { key, params } : { key };
    return undefined;
  };
  switch (question.type) {
    case 'likert5':
      return scaleValid(value, question.nvt) ? value : fail('validation.invalidChoice');
    case 'keuze':
      return typeof value === 'string' && question.opties.some((o) => o.code === value)
        ? value
        : fail('validation.invalidChoice');
    case 'meerkeuze': {
      if (!Array.isArray(value) || value.some((code) => !question.opties.some((o) => o.code === code))) {
        return fail('validation.invalidChoice');
      }
      const unique = [...new Set(value)];
      if (question.maxKeuzes !== null && unique.length > question.maxKeuzes) {
        return fail('validation.tooMany', { maximum: question.maxKeuzes });
      }
      // Stored in the template's order, so equal answers look equal.
      return question.opties.map((o) => o.code).filter((code) => unique.includes(code));
    }
    case 'getal':
      if (typeof value !== 'number') return fail('validation.invalid');
      if (question.geheel && !Number.isInteger(value)) return fail('validation.wholeNumber');
      if (value < question.min) return fail('validation.tooSmall', { minimum: question.min });
      if (value > question.max) return fail('validation.tooBig', { maximum: question.max });
      return value;
    case 'open':
      if (typeof value !== 'string') return fail('validation.invalid');
      if (value.trim().length > question.maxLengte) return fail('validation.tooLong', { maximum: question.maxLengte });
      return value.trim();
    case 'matrix': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail('validation.invalid');
      const out: Record<string, number | string> = {};
      for (const [itemId, answer] of Object.entries(value)) {
        if (!question.items.some((item) => item.id === itemId)) {
          fail('validation.unknownField', undefined, `${question.id}.${itemId}`);
        } else if (!scaleValid(answer, question.nvt)) {
          fail('validation.invalidChoice', undefined, `${question.id}.${itemId}`);
        } else out[itemId] = answer;
      }
      return out;
    }
  }
}

/**
 * Checks a response against its template. Answers to questions that were not shown are dropped
 * (the respondent answered, then changed the answer a condition depends on); a required question
 * counts only when it is shown. Returns the answers as they are stored, or the problems per field.
 */
export function checkResponse(
  template: Template,
  raw: Answers,
): { ok: true; answers: Answers } | { ok: false; errors: Record<string, FieldError> } {
  const errors: Record<string, FieldError> = {};
  const ordered = questionsInOrder(template).map((q) => q.question);
  const known = new Set(ordered.map((q) => q.id));
  for (const id of Object.keys(raw)) if (!known.has(id)) errors[id] = { key: 'validation.unknownField' };

  const cleaned: Answers = {};
  for (const question of ordered) {
    const value = raw[question.id];
    if (!isEmpty(value)) {
      const checked = checkAnswer(question, value!, errors);
      if (checked !== undefined && !isEmpty(checked)) cleaned[question.id] = checked;
    }
  }
  // Visibility follows the checked answers, so an invalid answer never opens a question.
  const shown = visibility(template)(cleaned);
  const answers: Answers = {};
  for (const question of ordered) {
    if (!shown.has(question.id)) {
      for (const path of Object.keys(errors)) {
        if (path === question.id || path.startsWith(`${question.id}.`)) delete errors[path];
      }
      continue;
    }
    const value = cleaned[question.id];
    if (value !== undefined) answers[question.id] = value;
    if (!question.verplicht || errors[question.id]) continue;
    if (question.type === 'matrix') {
      // Every statement of a required matrix must be answered (or marked nvt): reported per row.
      const given = (value ?? {}) as Record<string, number | string>;
      for (const item of question.items) {
        const path = `${question.id}.${item.id}`;
        if (given[item.id] === undefined && !errors[path]) errors[path] = { key: 'validation.required' };
      }
    } else if (value === undefined) errors[question.id] = { key: 'validation.required' };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers };
}
