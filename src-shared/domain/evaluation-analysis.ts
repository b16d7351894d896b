// The analysis of one evaluation round: figures per question (only over the respondents to whom
// the question was shown), a score per dimension, and open answers. Pure: the
// same function runs in core for the screens, the report and the export. The breakdown per partner
// organisation (with suppression) and the comparison of rounds build on it (evaluation-groups.ts,
// evaluation-compare.ts); the response rate is in evaluation-response.ts.
import type { Answers } from './questionnaire-answers';
import { questionsInOrder, scoredItems, type Question, type Template } from './questionnaire';
import {
  numberDistribution,
  numberStats,
  ScaleCounter,
  type NumberDistribution,
  type NumberStats,
  type ScaleStats,
} from './evaluation-stats';

export interface AnalysedResponse {
  /** The partner organisation (target group) the respondent answered for; null when unknown. */
  partner: string | null;
  answers: Answers;
}

interface QuestionBase {
  questionId: string;
  sectionId: string;
  tekst: string;
  dimensie: string | null;
  /** Respondents to whom the question was shown. */
  shown: number;
  /** Of those, how many answered. */
  answered: number;
}

export interface OptionCount {
  code: string;
  label: string;
  count: number;
  /** Of the respondents who answered the question (0..1); for meerkeuze the shares add up to more than 1. */
  share: number | null;
}

export type QuestionStats =
  | (QuestionBase & { type: 'likert5'; labels: string[]; stats: ScaleStats })
  | (QuestionBase & {
      type: 'matrix';
      labels: string[];
      items: { itemId: string; tekst: string; dimensie: string | null; stats: ScaleStats }[];
    })
  | (QuestionBase & { type: 'keuze' | 'meerkeuze'; options: OptionCount[] })
  /** A number question on its own scale (min..max of the question): no five-point figures for it. */
  | (QuestionBase & { type: 'getal'; eenheid: string; stats: NumberStats; distribution: NumberDistribution })
  | (QuestionBase & { type: 'open'; answers: string[] });

export interface DimensionScore {
  code: string;
  naam: string;
  /** Scored items in the template for this dimension. */
  items: number;
  /** Respondents with at least one scored answer in the dimension. */
  respondents: number;
  /** Mean over those respondents of their own mean (negatively worded items reversed), 1..5. */
  score: number | null;
  /** Share (0..1) of all the dimension's answers that are 4 or 5 (after reversal). */
  shareEens: number | null;
  shareOneens: number | null;
}

export interface RoundAnalysis {
  responses: number;
  questions: QuestionStats[];
  dimensions: DimensionScore[];
}

const collator = new Intl.Collator('nl');

/** Per response, per question (in template order): 1 when the question was shown. */
export type Shown = Uint8Array;

interface ScoredRef {
  questionIndex: number;
  questionId: string;
  itemId: string | null;
  dimension: number;
  omgekeerd: boolean;
}

/** What the analysis needs of a template, worked out once per template object. */
export interface CompiledTemplate {
  questions: Question[];
  index: Map<string, number>;
  scored: ScoredRef[];
  /** Per question: the index of the question its condition tests, or -1. */
  conditionSource: Int32Array;
}

const compiled = new WeakMap<Template, CompiledTemplate>();

export function compile(template: Template): CompiledTemplate {
  let found = compiled.get(template);
  if (found) return found;
  const questions = questionsInOrder(template).map((q) => q.question);
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const dimensions = new Map(template.dimensies.map((d, i) => [d.code, i]));
  found = {
    questions,
    index,
    scored: scoredItems(template).map((item) => ({
      questionIndex: index.get(item.questionId)!,
      questionId: item.questionId,
      itemId: item.itemId,
      dimension: item.dimensie === null ? -1 : (dimensions.get(item.dimensie) ?? -1),
      omgekeerd: item.omgekeerd,
    })),
    conditionSource: Int32Array.from(questions, (q) => (q.toonAls ? (index.get(q.toonAls.vraag) ?? -1) : -1)),
  };
  compiled.set(template, found);
  return found;
}

function matches(answer: unknown, values: readonly (string | number)[]): boolean {
  if (answer === undefined) return false;
  if (Array.isArray(answer)) return answer.some((a: string) => values.includes(a));
  return (typeof answer === 'string' || typeof answer === 'number') && values.includes(answer);
}

/**
 * Which questions each response was shown (conditional display, as in questionnaire-answers.ts),
 * computed once and shared by all figures. A template without conditions shares one array.
 */
export function shownSets(template: Template, responses: readonly AnalysedResponse[]): Shown[] {
  const { questions, conditionSource } = compile(template);
  if (questions.every((q) => q.toonAls === null)) {
    const all = new Uint8Array(questions.length).fill(1);
    return responses.map(() => all);
  }
  return responses.map(({ answers }) => {
    const shown = new Uint8Array(questions.length);
    for (let q = 0; q < questions.length; q++) {
      const condition = questions[q]!.toonAls;
      const source = conditionSource[q]!;
      shown[q] =
        !condition || (source >= 0 && shown[source] === 1 && matches(answers[condition.vraag], condition.waarden))
          ? 1
          : 0;
    }
    return shown;
  });
}

function questionStats(
  question: Question,
  questionIndex: number,
  sectionId: string,
  responses: readonly AnalysedResponse[],
  shown: readonly Shown[],
): QuestionStats {
  const base = { questionId: question.id, sectionId, tekst: question.tekst, dimensie: question.dimensie };
  let shownCount = 0;
  let answered = 0;
  const each = (visit: (value: NonNullable<Answers[string]>) => void) => {
    for (let i = 0; i < responses.length; i++) {
      if (shown[i]![questionIndex] !== 1) continue;
      shownCount++;
      const value = responses[i]!.answers[question.id];
      if (value === undefined) continue;
      answered++;
      visit(value);
    }
  };
  switch (question.type) {
    case 'likert5': {
      const counter = new ScaleCounter();
      each((value) => counter.add(value));
      return { ...base, type: 'likert5', labels: question.labels, shown: shownCount, answered, stats: counter.stats() };
    }
    case 'matrix': {
      const counters = question.items.map(() => new ScaleCounter());
      each((value) => {
        const given = value as Record<string, number | string>;
        for (let i = 0; i < question.items.length; i++) counters[i]!.add(given[question.items[i]!.id]);
      });
      return {
        ...base,
        type: 'matrix',
        labels: question.labels,
        shown: shownCount,
        answered,
        items: question.items.map((item, i) => ({
          itemId: item.id,
          tekst: item.tekst,
          dimensie: item.dimensie ?? question.dimensie,
          stats: counters[i]!.stats(),
        })),
      };
    }
    case 'keuze':
    case 'meerkeuze': {
      const counts = new Map(question.opties.map((o) => [o.code, 0]));
      each((value) => {
        for (const code of Array.isArray(value) ? value : [value as string]) {
          if (counts.has(code)) counts.set(code, counts.get(code)! + 1);
        }
      });
      return {
        ...base,
        type: question.type,
        shown: shownCount,
        answered,
        options: question.opties.map((o) => ({
          code: o.code,
          label: o.label,
          count: counts.get(o.code)!,
          share: answered ? counts.get(o.code)! / answered : null,
        })),
      };
    }
    case 'getal': {
      const values: number[] = [];
      each((value) => {
        if (typeof value === 'number') values.push(value);
      });
      return {
        ...base,
        type: 'getal',
        eenheid: question.eenheid,
        shown: shownCount,
        answered,
        stats: numberStats(values),
        distribution: numberDistribution(values, question.min, question.max),
      };
    }
    case 'open': {
      const answers: string[] = [];
      each((value) => {
        if (typeof value === 'string' && value.trim()) answers.push(value.trim());
      });
      // Sorted, not in the order they came in: the order would tell who answered when.
      answers.sort(collator.compare);
      return { ...base, type: 'open', shown: shownCount, answered, answers };
    }
  }
}

/**
 * A score per dimension: each respondent's mean over the dimension's scored answers (a statement
 * marked `omgekeerd` counts as 6 − answer), then the mean of those means, so a respondent who
 * answered more items does not weigh more. One pass over the responses (or the `indexes` of them).
 */
export function dimensionScores(
  template: Template,
  responses: readonly AnalysedResponse[],
  shown: readonly Shown[],
  indexes: readonly number[] | null = null,
): DimensionScore[] {
  const { scored } = compile(template);
  const count = template.dimensies.length;
  const respondents = new Float64Array(count);
  const sumOfMeans = new Float64Array(count);
  const answers = new Float64Array(count);
  const eens = new Float64Array(count);
  const oneens = new Float64Array(count);
  const sum = new Float64Array(count);
  const n = new Float64Array(count);
  const total = indexes ? indexes.length : responses.length;
  for (let k = 0; k < total; k++) {
    const i = indexes ? indexes[k]! : k;
    const given = responses[i]!.answers;
    const visible = shown[i]!;
    sum.fill(0);
    n.fill(0);
    for (const item of scored) {
      if (item.dimension < 0 || visible[item.questionIndex] !== 1) continue;
      const raw = given[item.questionId];
      const value = item.itemId === null ? raw : (raw as Record<string, unknown> | undefined)?.[item.itemId];
      if (typeof value !== 'number') continue;
      const points = item.omgekeerd ? 6 - value : value;
      sum[item.dimension]! += points;
      n[item.dimension]! += 1;
      if (points >= 4) eens[item.dimension]! += 1;
      else if (points <= 2) oneens[item.dimension]! += 1;
    }
    for (let d = 0; d < count; d++) {
      if (n[d] === 0) continue;
      respondents[d]! += 1;
      sumOfMeans[d]! += sum[d]! / n[d]!;
      answers[d]! += n[d]!;
    }
  }
  return template.dimensies.map((dimension, d) => ({
    code: dimension.code,
    naam: dimension.naam,
    items: scored.filter((item) => item.dimension === d).length,
    respondents: respondents[d]!,
    score: respondents[d] ? sumOfMeans[d]! / respondents[d]! : null,
    shareEens: answers[d] ? eens[d]! / answers[d]! : null,
    shareOneens: answers[d] ? oneens[d]! / answers[d]! : null,
  }));
}

/** Figures per question and per dimension for a set of responses. */
export function analyseResponses(
  template: Template,
  responses: readonly AnalysedResponse[],
  shown: readonly Shown[] = shownSets(template, responses),
): RoundAnalysis {
  const sectionOf = new Map(template.secties.flatMap((s) => s.vragen.map((q) => [q.id, s.id] as const)));
  return {
    responses: responses.length,
    questions: compile(template).questions.map((question, q) =>
      questionStats(question, q, sectionOf.get(question.id)!, responses, shown),
    ),
    dimensions: dimensionScores(template, responses, shown),
  };
}
