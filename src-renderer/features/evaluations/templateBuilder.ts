// The questionnaire builder's rules, free of React so they can be tested: new sections and
// questions with fresh codes, changing a question's type without losing what still fits, moving
// sections and questions (a move that would put a question before the question its condition
// depends on is refused, so conditions always point back), deleting with the conditions that
// depended on it, and the template's problems per field as core would report them.
import {
  CONDITION_SOURCES,
  DEFAULT_LIKERT_LABELS,
  TEMPLATE_FORMAT,
  questionsInOrder,
  templateSchema,
  type Question,
  type QuestionType,
  type Section,
  type Template,
} from '../../../src-shared/domain/questionnaire';
import { NVT } from '../../../src-shared/domain/questionnaire-answers';
import { fieldErrors } from '../../../src-shared/ipc/validation';
import type { FieldErrors } from '../../kit/forms';

export function emptyTemplate(): Template {
  return {
    formaat: TEMPLATE_FORMAT,
    sleutel: '',
    titel: '',
    omschrijving: '',
    doelgroep: '',
    voorbeeld: false,
    dimensies: [],
    secties: [{ id: 'sectie-1', titel: '', toelichting: '', vragen: [] }],
  };
}

/** A code made from a title: lower case, no accents, words joined by '-', at most 40 characters. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** The first `<prefix>-N` not in `taken`. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const questionIds = (template: Template) => questionsInOrder(template).map((q) => q.question.id);

export function newQuestion(type: QuestionType, id: string): Question {
  const common = { id, tekst: '', toelichting: '', verplicht: false, dimensie: null, toonAls: null };
  switch (type) {
    case 'likert5':
      return { ...common, type, labels: [...DEFAULT_LIKERT_LABELS], nvt: false, omgekeerd: false };
    case 'keuze':
      return { ...common, type, opties: newOptions() };
    case 'meerkeuze':
      return { ...common, type, opties: newOptions(), maxKeuzes: null };
    case 'getal':
      return { ...common, type, min: 0, max: 10, geheel: true, eenheid: '' };
    case 'open':
      return { ...common, type, maxLengte: 2000 };
    case 'matrix':
      return {
        ...common,
        type,
        labels: [...DEFAULT_LIKERT_LABELS],
        nvt: false,
        items: [
          { id: 'item-1', tekst: '', dimensie: null, omgekeerd: false },
          { id: 'item-2', tekst: '', dimensie: null, omgekeerd: false },
        ],
      };
  }
}

function newOptions() {
  return [
    { code: 'optie-1', label: '' },
    { code: 'optie-2', label: '' },
  ];
}

/**
 * The question as another type: text, help, required flag and condition stay; the options stay
 * between single and multiple choice, the scale between Likert and matrix. A dimension stays only
 * on a type that scores.
 */
export function changeType(question: Question, type: QuestionType): Question {
  if (question.type === type) return question;
  const fresh = newQuestion(type, question.id);
  const kept = {
    ...fresh,
    tekst: question.tekst,
    toelichting: question.toelichting,
    verplicht: question.verplicht,
    toonAls: question.toonAls,
    dimensie: type === 'likert5' || type === 'matrix' ? question.dimensie : null,
  } as Question;
  if ((kept.type === 'keuze' || kept.type === 'meerkeuze') && 'opties' in question) kept.opties = question.opties;
  if ((kept.type === 'likert5' || kept.type === 'matrix') && 'labels' in question) {
    kept.labels = question.labels;
    kept.nvt = question.nvt;
  }
  return kept;
}

export function addSection(template: Template): Template {
  const id = freshId(
    'sectie',
    template.secties.map((s) => s.id),
  );
  return { ...template, secties: [...template.secties, { id, titel: '', toelichting: '', vragen: [] }] };
}

export function addQuestion(template: Template, sectionIndex: number, type: QuestionType): Template {
  const question = newQuestion(type, freshId('vraag', questionIds(template)));
  return updateSection(template, sectionIndex, (s) => ({ ...s, vragen: [...s.vragen, question] }));
}

export function updateSection(template: Template, index: number, change: (section: Section) => Section): Template {
  return { ...template, secties: template.secties.map((s, i) => (i === index ? change(s) : s)) };
}

export function updateQuestion(template: Template, id: string, change: (question: Question) => Question): Template {
  return {
    ...template,
    secties: template.secties.map((s) =>
      s.vragen.some((q) => q.id === id) ? { ...s, vragen: s.vragen.map((q) => (q.id === id ? change(q) : q)) } : s,
    ),
  };
}

/** Where a question is: its section and its place in it. */
export function locate(template: Template, id: string): { section: number; index: number } | null {
  for (const [section, s] of template.secties.entries()) {
    const index = s.vragen.findIndex((q) => q.id === id);
    if (index >= 0) return { section, index };
  }
  return null;
}

/** Questions whose condition does not refer to an earlier question (unknown or later). */
export function conditionsOutOfOrder(template: Template): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { question } of questionsInOrder(template)) {
    if (question.toonAls && !seen.has(question.toonAls.vraag)) out.push(question.id);
    seen.add(question.id);
  }
  return out;
}

export type MoveResult =
  | { ok: true; template: Template; section: number; index: number }
  | { ok: false; reason: 'edge' | 'condition'; blocking: string | null };

function arrayMove<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** A move is refused when a condition that pointed back would then point forward. */
function checked(before: Template, after: Template, place: { section: number; index: number }): MoveResult {
  const already = new Set(conditionsOutOfOrder(before));
  const broken = conditionsOutOfOrder(after).find((id) => !already.has(id));
  if (broken !== undefined) return { ok: false, reason: 'condition', blocking: broken };
  return { ok: true, template: after, ...place };
}

export function moveSection(template: Template, from: number, to: number): MoveResult {
  if (to < 0 || to >= template.secties.length || from === to) return { ok: false, reason: 'edge', blocking: null };
  const after = { ...template, secties: arrayMove(template.secties, from, to) };
  return checked(template, after, { section: to, index: 0 });
}

/**
 * Moves a question to place `to` in its section. One step past the top or bottom of a section
 * moves it to the end of the previous, or the start of the next section.
 */
export function moveQuestion(template: Template, id: string, to: number): MoveResult {
  const at = locate(template, id);
  if (!at) return { ok: false, reason: 'edge', blocking: null };
  const sections = template.secties;
  const length = sections[at.section]!.vragen.length;
  if (to >= 0 && to < length) {
    if (to === at.index) return { ok: false, reason: 'edge', blocking: null };
    const after = updateSection(template, at.section, (s) => ({ ...s, vragen: arrayMove(s.vragen, at.index, to) }));
    return checked(template, after, { section: at.section, index: to });
  }
  const target = to < 0 ? at.section - 1 : at.section + 1;
  if (target < 0 || target >= sections.length) return { ok: false, reason: 'edge', blocking: null };
  const question = sections[at.section]!.vragen[at.index]!;
  const index = to < 0 ? sections[target]!.vragen.length : 0;
  const after = {
    ...template,
    secties: sections.map((s, i) => {
      if (i === at.section) return { ...s, vragen: s.vragen.filter((q) => q.id !== id) };
      if (i === target) return { ...s, vragen: [...s.vragen.slice(0, index), question, ...s.vragen.slice(index)] };
      return s;
    }),
  };
  return checked(template, after, { section: target, index });
}

/** A question dropped on a place in another (or its own) section: it takes that place. */
export function moveQuestionToSection(template: Template, id: string, section: number, index: number): MoveResult {
  const from = locate(template, id);
  const target = template.secties[section];
  if (!from || !target) return { ok: false, reason: 'edge', blocking: null };
  if (from.section === section) return moveQuestion(template, id, index);
  const question = template.secties[from.section]!.vragen[from.index]!;
  const at = Math.min(Math.max(index, 0), target.vragen.length);
  const after = {
    ...template,
    secties: template.secties.map((s, i) => {
      if (i === from.section) return { ...s, vragen: s.vragen.filter((q) => q.id !== id) };
      if (i === section) return { ...s, vragen: [...s.vragen.slice(0, at), question, ...s.vragen.slice(at)] };
      return s;
    }),
  };
  return checked(template, after, { section, index: at });
}

/** The questions whose condition refers to one of `ids`. */
export function dependentsOf(template: Template, ids: readonly string[]): Question[] {
  return questionsInOrder(template)
    .map((q) => q.question)
    .filter((q) => q.toonAls && ids.includes(q.toonAls.vraag) && !ids.includes(q.id));
}

const withoutConditionOn = (ids: readonly string[]) => (q: Question) =>
  q.toonAls && ids.includes(q.toonAls.vraag) ? { ...q, toonAls: null } : q;

/** Deletes a question; questions shown only after an answer to it are then always shown. */
export function deleteQuestion(template: Template, id: string): Template {
  return {
    ...template,
    secties: template.secties.map((s) => ({
      ...s,
      vragen: s.vragen.filter((q) => q.id !== id).map(withoutConditionOn([id])),
    })),
  };
}

export function deleteSection(template: Template, index: number): Template {
  const gone = template.secties[index]?.vragen.map((q) => q.id) ?? [];
  return {
    ...template,
    secties: template.secties
      .filter((_, i) => i !== index)
      .map((s) => ({ ...s, vragen: s.vragen.map(withoutConditionOn(gone)) })),
  };
}

/**
 * Deletes an option of a choice question; a condition on that option loses it, and a condition
 * left without values is removed (the question is then always shown).
 */
export function deleteOption(template: Template, questionId: string, code: string): Template {
  const trimmed = updateQuestion(template, questionId, (q) =>
    q.type === 'keuze' || q.type === 'meerkeuze' ? { ...q, opties: q.opties.filter((o) => o.code !== code) } : q,
  );
  return {
    ...trimmed,
    secties: trimmed.secties.map((s) => ({
      ...s,
      vragen: s.vragen.map((q) => {
        if (!q.toonAls || q.toonAls.vraag !== questionId) return q;
        const waarden = q.toonAls.waarden.filter((w) => w !== code);
        return { ...q, toonAls: waarden.length ? { ...q.toonAls, waarden } : null };
      }),
    })),
  };
}

/** Deletes a dimension; the questions and matrix items that scored on it then score on none. */
export function deleteDimension(template: Template, code: string): Template {
  const clear = <T extends { dimensie: string | null }>(x: T): T =>
    x.dimensie === code ? { ...x, dimensie: null } : x;
  return {
    ...template,
    dimensies: template.dimensies.filter((d) => d.code !== code),
    secties: template.secties.map((s) => ({
      ...s,
      vragen: s.vragen.map((q) => (q.type === 'matrix' ? { ...clear(q), items: q.items.map(clear) } : clear(q))),
    })),
  };
}

/** Earlier questions a condition of question `id` can refer to. */
export function conditionSources(template: Template, id: string): Question[] {
  const out: Question[] = [];
  for (const { question } of questionsInOrder(template)) {
    if (question.id === id) break;
    if (CONDITION_SOURCES.includes(question.type)) out.push(question);
  }
  return out;
}

/** The values a condition on `source` can test: the scale points or the options. */
export function conditionChoices(source: Question): { value: string | number; label: string }[] {
  if (source.type === 'likert5') {
    const points = source.labels.map((label, i) => ({ value: i + 1, label: `${i + 1} — ${label}` }));
    return source.nvt ? [...points, { value: NVT, label: NVT }] : points;
  }
  if (source.type === 'keuze' || source.type === 'meerkeuze') {
    return source.opties.map((o) => ({ value: o.code, label: o.label || o.code }));
  }
  return [];
}

/** The template's problems per field path, as core would report them (empty: it can be saved). */
export function templateProblems(template: Template): FieldErrors {
  const parsed = templateSchema.safeParse(template);
  if (parsed.success) return {};
  const errors = fieldErrors(parsed.error);
  // An empty text is missing, whatever its minimum: "verplicht" says that best (as elsewhere).
  for (const [path, error] of Object.entries(errors)) {
    if (error.key === 'validation.tooShort' || error.key === 'validation.required') {
      errors[path] = valueIsEmpty(template, path) ? { key: 'validation.required' } : error;
    }
  }
  return errors;
}

function valueIsEmpty(value: unknown, path: string): boolean {
  const found = path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      value,
    );
  return typeof found === 'string' && found.trim() === '';
}

/** A parsed template for the preview, or null while it has problems. */
export function previewable(template: Template): Template | null {
  const parsed = templateSchema.safeParse(template);
  return parsed.success ? parsed.data : null;
}

/**
 * A stored draft back as a template to edit: a draft is whatever the builder kept, so anything
 * that does not look like one is ignored.
 */
export function draftTemplate(content: unknown): Template | null {
  if (!content || typeof content !== 'object') return null;
  const draft = content as Partial<Template>;
  if (!Array.isArray(draft.secties) || typeof draft.titel !== 'string') return null;
  return { ...emptyTemplate(), ...draft } as Template;
}
