// Every number the covenant search ranks by, in one object: the field weights and BM25's k1 and b
// (index-data.ts), how much each kind of expansion of a question word counts (query.ts), and how
// the scores are combined (scoring.ts). The values were set by hand over eight rounds of issue 22;
// tests/bench/convenant-questions/fit.ts fits them on the tuning parts of the evaluation set with
// cross-validation (docs/benchmarks.md, "Ninth round"), so that they can be refitted when the
// question sets grow.

export interface SearchParams {
  // Index: the weight of each field in an article's term frequencies.
  /** The article's title (a definition's term). */
  title: number;
  /** The defined terms (begrippen) the article uses. */
  terms: number;
  /** The article's labels (onderwerpen, processtappen, gegevens). */
  tags: number;
  /** The leden (a definition's text). */
  body: number;
  /** The definitions of the terms the article uses. */
  definitions: number;
  /** The article's everyday questions (### Vragen) as one field, outside the article's length. */
  questions: number;
  /** A compound's parts in the index, against the whole word. */
  indexPart: number;
  /** BM25's term-frequency saturation and length normalisation. */
  k1: number;
  b: number;

  // Query: how much each thing a question word stands for counts against the word itself.
  /** A compound's parts in the question. */
  queryPart: number;
  /** The terms a question word ("hoe lang", "wie") asks about (question-words.ts). */
  question: number;
  /** A synonym of the beheerder's list. */
  synonym: number;
  /** The word a derived word is made from (herevaluatie → evaluatie). */
  derived: number;
  /** The covenant term an everyday word stands for (everyday.ts). */
  everyday: number;
  /** The covenant terms an everyday phrase stands for ("in de gaten houden"). */
  everydayPhrase: number;
  /** The longer words the last, unfinished word begins. */
  prefix: number;
  /** The covenant's words near a misspelled word. */
  typo: number;
  /** Compounds ending in a word the covenant lacks (its head). */
  head: number;

  // Scoring.
  /** The article's best single everyday question, added at this weight. */
  passage: number;
  /** A phrasing counts by (share of its own words the question met) to this power. */
  passageShare: number;
  /** The floor of the "answers every word" factor: floor + (1 − floor) · share. */
  coverageFloor: number;
  /** A definition's score times this when the question asks what a term means. */
  definitionBoost: number;
  /** Times 1 + this · the best share of the question's words found together in one lid. */
  proximity: number;
  /** Times 1 + this · the share of the question's words in the article's title. */
  titleMatch: number;
  /** A definition's score times 1 + this when the question names its term. */
  definedTerm: number;
  /** Times 1 + this · the share of the question's adjacent word pairs the article has adjacent. */
  phrase: number;
}

/** Today's values: the eight hand-set rounds (docs/benchmarks.md), the new features off. */
export const DEFAULT_PARAMS: Readonly<SearchParams> = Object.freeze({
  title: 3,
  terms: 2.5,
  tags: 2,
  body: 1,
  definitions: 0.3,
  questions: 0.2,
  indexPart: 0.5,
  k1: 1.2,
  b: 0.75,
  queryPart: 0.5,
  question: 0.6,
  synonym: 0.8,
  derived: 0.7,
  everyday: 0.7,
  everydayPhrase: 0.7,
  prefix: 0.9,
  typo: 0.7,
  head: 0.6,
  passage: 0.3,
  passageShare: 1,
  coverageFloor: 0.5,
  definitionBoost: 3,
  proximity: 0,
  titleMatch: 0,
  definedTerm: 0,
  phrase: 0,
});

/** The knobs the index is built with (a change rebuilds it); the others apply per search. */
export const INDEX_KNOBS = [
  'title',
  'terms',
  'tags',
  'body',
  'definitions',
  'questions',
  'indexPart',
  'k1',
  'b',
] as const;

/**
 * Whether any of the features the ninth round tried (proximity, title match, a named defined
 * term, adjacent word pairs) has weight: only then does the index keep the terms they need.
 */
export function usesFeatures(params: Readonly<SearchParams>): boolean {
  return params.proximity !== 0 || params.titleMatch !== 0 || params.definedTerm !== 0 || params.phrase !== 0;
}
