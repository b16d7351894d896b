// Questionnaire templates (vragenlijsten) for evaluations: the JSON format they are stored,
// imported and exported in, and the rules a template must obey beyond its shape (unique ids,
// dimensions that exist, conditions that refer to an earlier question with a value it can have).
// The same schema checks a template typed in the builder and a file somebody imports.
import { z } from 'zod';

export const TEMPLATE_FORMAT = 'cter-vragenlijst/1';
export const QUESTION_TYPES = ['likert5', 'keuze', 'meerkeuze', 'getal', 'open', 'matrix'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The labels of a five-point scale when a template names none. */
export const DEFAULT_LIKERT_LABELS = ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'] as const;

/** Question types whose answer a condition can test. */
export const CONDITION_SOURCES: readonly QuestionType[] = ['likert5', 'keuze', 'meerkeuze'];
/** Question types that count towards a dimension score. */
export const SCORED_TYPES: readonly QuestionType[] = ['likert5', 'matrix'];

/**
 * The largest number a numeric question's bounds, a condition or an answer may hold: far above
 * any count or hours a questionnaire asks, and exactly representable.
 */
export const NUMBER_LIMIT = 1_000_000_000;
/** A number within ±NUMBER_LIMIT (numeric questions, their answers, conditions on them). */
export const questionNumber = z.number().finite().min(-NUMBER_LIMIT).max(NUMBER_LIMIT);

const slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { error: 'validation.slug' });
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');
const labels = z
  .array(z.string().trim().min(1).max(60))
  .length(5, { error: 'validation.fiveLabels' })
  .default([...DEFAULT_LIKERT_LABELS]);

const option = z.object({ code: slug, label: text(200) }).strict();

export const conditionSchema = z
  .object({
    /** The id of an earlier question. */
    vraag: slug,
    /** Shown when that question's answer is (or, for meerkeuze, contains) one of these. */
    waarden: z
      .array(z.union([z.string().max(40), questionNumber]))
      .min(1)
      .max(30),
  })
  .strict();
export type Condition = z.output<typeof conditionSchema>;

const common = {
  id: slug,
  tekst: text(500),
  toelichting: optionalText(1000),
  verplicht: z.boolean().default(false),
  /** The dimension (code) this question scores on; only likert5 and matrix questions score. */
  dimensie: slug.nullable().default(null),
  toonAls: conditionSchema.nullable().default(null),
};

const likert5 = z
  .object({
    ...common,
    type: z.literal('likert5'),
    labels,
    /** Offers "niet van toepassing", which counts as no answer in the figures. */
    nvt: z.boolean().default(false),
    /** A negatively worded statement: scored as 6 − answer in the dimension score. */
    omgekeerd: z.boolean().default(false),
  })
  .strict();

const keuze = z.object({ ...common, type: z.literal('keuze'), opties: z.array(option).min(2).max(30) }).strict();

const meerkeuze = z
  .object({
    ...common,
    type: z.literal('meerkeuze'),
    opties: z.array(option).min(2).max(30),
    maxKeuzes: z.number().int().min(1).max(30).nullable().default(null),
  })
  .strict();

const getal = z
  .object({
    ...common,
    type: z.literal('getal'),
    min: questionNumber,
    max: questionNumber,
    geheel: z.boolean().default(true),
    eenheid: optionalText(40),
  })
  .strict();

const open = z
  .object({ ...common, type: z.literal('open'), maxLengte: z.number().int().min(1).max(10000).default(2000) })
  .strict();

const matrixItem = z
  .object({
    id: slug,
    tekst: text(300),
    /** Overrides the question's dimension for this item. */
    dimensie: slug.nullable().default(null),
    omgekeerd: z.boolean().default(false),
  })
  .strict();

const matrix = z
  .object({
    ...common,
    type: z.literal('matrix'),
    labels,
    nvt: z.boolean().default(false),
    items: z.array(matrixItem).min(2).max(30),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [likert5, keuze, meerkeuze, getal, open, matrix], {
  error: 'validation.questionType',
});
export type Question = z.output<typeof questionSchema>;
export type LikertQuestion = z.output<typeof likert5>;
export type MatrixQuestion = z.output<typeof matrix>;

export const sectionSchema = z
  .object({
    id: slug,
    titel: text(200),
    toelichting: optionalText(2000),
    vragen: z.array(questionSchema).min(1).max(200),
  })
  .strict();
export type Section = z.output<typeof sectionSchema>;

export const dimensionSchema = z.object({ code: slug, naam: text(120), omschrijving: optionalText(1000) }).strict();
export type Dimension = z.output<typeof dimensionSchema>;

const templateShape = z
  .object({
    formaat: z.literal(TEMPLATE_FORMAT, { error: 'validation.templateFormat' }),
    /** Stable across versions: the family a version belongs to. */
    sleutel: slug,
    titel: text(200),
    omschrijving: optionalText(4000),
    doelgroep: optionalText(200),
    /** Shipped and demo content is fictitious and says so. */
    voorbeeld: z.boolean().default(false),
    dimensies: z.array(dimensionSchema).max(30).default([]),
    secties: z.array(sectionSchema).min(1).max(50),
  })
  .strict();

type TemplateShape = z.output<typeof templateShape>;

/** Every question in order, with its place (for error paths). */
export function questionsInOrder(
  template: Pick<TemplateShape, 'secties'>,
): { question: Question; path: (string | number)[] }[] {
  return template.secties.flatMap((section, s) =>
    section.vragen.map((question, q) => ({ question, path: ['secties', s, 'vragen', q] })),
  );
}

function conditionValueValid(source: Question, value: string | number): boolean {
  if (source.type === 'likert5')
    return (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5) || (source.nvt && value === 'nvt');
  if (source.type === 'keuze' || source.type === 'meerkeuze') return source.opties.some((o) => o.code === value);
  return false;
}

function checkTemplate(template: TemplateShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const duplicates = <T>(items: T[], key: (item: T) => string, at: (index: number) => (string | number)[]) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) issue(at(index), 'validation.duplicateId');
      seen.add(key(item));
    });
  };
  const dimensions = new Set(template.dimensies.map((d) => d.code));
  duplicates(
    template.dimensies,
    (d) => d.code,
    (i) => ['dimensies', i, 'code'],
  );
  duplicates(
    template.secties,
    (s) => s.id,
    (i) => ['secties', i, 'id'],
  );
  const ordered = questionsInOrder(template);
  duplicates(
    ordered,
    (q) => q.question.id,
    (i) => [...ordered[i]!.path, 'id'],
  );

  const earlier = new Map<string, Question>();
  for (const { question, path } of ordered) {
    if (question.dimensie !== null) {
      if (!SCORED_TYPES.includes(question.type)) issue([...path, 'dimensie'], 'validation.dimensionType');
      else if (!dimensions.has(question.dimensie)) issue([...path, 'dimensie'], 'validation.dimensionUnknown');
    }
    if (question.type === 'keuze' || question.type === 'meerkeuze') {
      duplicates(
        question.opties,
        (o) => o.code,
        (i) => [...path, 'opties', i, 'code'],
      );
    }
    if (question.type === 'meerkeuze' && question.maxKeuzes !== null && question.maxKeuzes > question.opties.length) {
      issue([...path, 'maxKeuzes'], 'validation.maxChoices');
    }
    if (question.type === 'getal' && question.min > question.max) issue([...path, 'max'], 'validation.rangeOrder');
    if (question.type === 'matrix') {
      duplicates(
        question.items,
        (item) => item.id,
        (i) => [...path, 'items', i, 'id'],
      );
      question.items.forEach((item, i) => {
        if (item.dimensie !== null && !dimensions.has(item.dimensie)) {
          issue([...path, 'items', i, 'dimensie'], 'validation.dimensionUnknown');
        }
      });
    }
    const condition = question.toonAls;
    if (condition) {
      const source = earlier.get(condition.vraag);
      if (!source) {
        const later = ordered.some((o) => o.question.id === condition.vraag);
        issue([...path, 'toonAls', 'vraag'], later ? 'validation.conditionOrder' : 'validation.conditionUnknown');
      } else if (!CONDITION_SOURCES.includes(source.type)) {
        issue([...path, 'toonAls', 'vraag'], 'validation.conditionType');
      } else {
        condition.waarden.forEach((value, i) => {
          if (!conditionValueValid(source, value))
            issue([...path, 'toonAls', 'waarden', i], 'validation.conditionValue');
        });
      }
    }
    earlier.set(question.id, question);
  }
}

export const templateSchema = templateShape.superRefine(checkTemplate);
export type Template = z.output<typeof templateSchema>;
/** A template as written in a file or sent by the builder (defaults may be left out). */
export type TemplateInput = z.input<typeof templateSchema>;

const PATH_WORDS: Record<string, string> = {
  secties: 'sectie',
  vragen: 'vraag',
  items: 'item',
  opties: 'optie',
  dimensies: 'dimensie',
  labels: 'label',
  waarden: 'waarde',
};

/**
 * A field path in words for an error list: `secties.1.vragen.3.toonAls.vraag` becomes
 * `sectie 2 › vraag 4 › toonAls.vraag` (counting from 1, as people do).
 */
export function describePath(path: string): string {
  if (path === '_' || path === '') return 'bestand';
  const parts = path.split('.');
  const out: string[] = [];
  let rest: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const word = PATH_WORDS[parts[i]!];
    const index = parts[i + 1];
    if (word && index !== undefined && /^\d+$/.test(index)) {
      if (rest.length) out.push(rest.join('.'));
      rest = [];
      out.push(`${word} ${Number(index) + 1}`);
      i++;
    } else rest.push(parts[i]!);
  }
  if (rest.length) out.push(rest.join('.'));
  return out.join(' › ');
}

/** The scored items of a template: each likert5 question, and each item of a matrix. */
export interface ScoredItem {
  questionId: string;
  /** Null for a likert5 question; the item id inside a matrix. */
  itemId: string | null;
  tekst: string;
  dimensie: string | null;
  omgekeerd: boolean;
}

export function scoredItems(template: Template): ScoredItem[] {
  const out: ScoredItem[] = [];
  for (const { question } of questionsInOrder(template)) {
    if (question.type === 'likert5') {
      out.push({
        questionId: question.id,
        itemId: null,
        tekst: question.tekst,
        dimensie: question.dimensie,
        omgekeerd: question.omgekeerd,
      });
    } else if (question.type === 'matrix') {
      for (const item of question.items) {
        out.push({
          questionId: question.id,
          itemId: item.id,
          tekst: item.tekst,
          dimensie: item.dimensie ?? question.dimensie,
          omgekeerd: item.omgekeerd,
        });
      }
    }
  }
  return out;
}
