// The tenth round's two levers for the covenant search, measured outside the product (the search's
// own exported parts: buildIndex, analyse, scoreDocuments) on the TUNING parts only; learn-cv.ts
// runs them with cross-validation (docs/benchmarks.md, "Tenth round"):
//
//   1. a translation table learned from question → article pairs (Berger & Lafferty 1999; Jeon, Croft
//      & Lee 2005): per question word, the article words it was seen with, either by co-occurrence
//      with a lift filter (model cooc) or by IBM Model 1's EM (model ibm1); a question word then also
//      looks for its learned words, each as one more expansion at a weight (the knob) times its
//      learned probability. The pairs are the tuning questions (re-learned per fold) or the covenant's
//      own ### Vragen lines (VRAGEN, no tuning question among them);
//   2. pseudo-relevance feedback (RM3): the question widened by the best terms of its top-k documents.
//
// No held-out set is read here (score.ts reports those, as totals).
import { EVERYDAY_WORDS } from '../../../src-main/core/convenant/everyday';
import { buildIndex, type IndexData } from '../../../src-main/core/convenant/index-data';
import { STOPWORDS, tokenize } from '../../../src-main/core/convenant/dutch';
import { DEFAULT_PARAMS } from '../../../src-main/core/convenant/params';
import { analyse, type Expansion, type Query } from '../../../src-main/core/convenant/query';
import { scoreDocuments } from '../../../src-main/core/convenant/scoring';
import { DEFAULT_SYNONYMS } from '../../../src-main/core/convenant/synonyms';
import { exampleCovenant } from './evaluate';
import { TUNING, type EvalQuestion } from './tuning';
import { TUNING_2 } from './tuning-2';
import { TUNING_3 } from './tuning-3';

type Table = Map<string, Map<string, number>>;
type Ranks = (number | null)[];

export interface LearnOptions {
  model: 'cooc' | 'ibm1';
  /** Article words kept per question word. */
  top: number;
  /** Co-occurrence: a question word must be seen in this many questions, and a pair with this many articles. */
  minQuestions: number;
  minArticles: number;
  /** Co-occurrence: P(w | q) over the share of documents holding w, at least. */
  minLift: number;
  /** Whether the question's stopwords ("hoe", "wie", "mag") learn words too ('only': they alone). */
  stopwords: boolean | 'only';
  /** Only question words the covenant, its synonyms and everyday words lack learn (and are widened). */
  gapOnly?: boolean;
  /** Learn against the article's own words, not its index terms (for the ### Vragen pairs). */
  text?: boolean;
}

/** A question word the index has no entry for: not a term, a synonym or an everyday word. */
export const isGap = (stem: string) =>
  !index.postings.has(stem) && !index.synonyms.has(stem) && !index.everyday.has(stem);

const covenant = exampleCovenant();
const index: IndexData = buildIndex(covenant, DEFAULT_SYNONYMS, EVERYDAY_WORDS, DEFAULT_PARAMS);
const docOf = new Map(index.docs.map((doc, i) => [doc.kind === 'artikel' ? doc.ref : `begrip:${doc.ref}`, i]));
const docFreq = new Map<string, number>();
for (const doc of index.docs) for (const term of doc.tf.keys()) docFreq.set(term, (docFreq.get(term) ?? 0) + 1);
const N = index.docs.length;

/**
 * The covenant's own question → article pairs: each article's everyday questions (### Vragen) with
 * the article, no tuning question among them, so a table learned on them is left-out for every
 * tuning part. Learned from these, an article's terms are its own text (title, labels, leden), not
 * the index's, which holds the questions themselves as a field.
 */
export const VRAGEN: EvalQuestion[] = covenant.artikelen.flatMap((a) =>
  (a.vragen ?? []).map((v): EvalQuestion => [v, [a.nummer]]),
);
const ownText = new Map(
  covenant.artikelen.map((a) => [
    docOf.get(a.nummer)!,
    new Set(
      tokenize([a.titel, ...a.tags.onderwerpen, ...a.tags.processtappen, ...a.leden.map((l) => l.tekst)].join(' '))
        .filter((t) => !STOPWORDS.has(t.norm))
        .map((t) => t.stem),
    ),
  ]),
);
/** The terms a question's answer is learned against: the index's, or (text) the article's own words. */
const indexTerms = index.docs.map((doc) => new Set(doc.tf.keys()));
const termsOf = (d: number, o: LearnOptions): ReadonlySet<string> =>
  o.text ? (ownText.get(d) ?? new Set<string>()) : indexTerms[d]!;

/** A question's word stems (stopwords too: "lang" in "hoe lang" may be what a table learns). */
const stemsOf = (question: string, stopwords: boolean | 'only' = true) => [
  ...new Set(
    tokenize(question)
      .filter((t) => (stopwords === 'only' ? STOPWORDS.has(t.norm) : stopwords || !STOPWORDS.has(t.norm)))
      .map((t) => t.stem),
  ),
];
const answersOf = (answers: string[]) => answers.map((a) => docOf.get(a)).filter((i): i is number => i !== undefined);

/** Co-occurrence: per question stem q, the article terms w with P(w | q) and lift P(w | q) / P(w). */
function learnCooc(questions: EvalQuestion[], o: LearnOptions): Table {
  const seen = new Map<string, { n: number; terms: Map<string, Set<number>>; hits: Map<string, number> }>();
  for (const [question, answers] of questions) {
    const docs = answersOf(answers);
    for (const q of stemsOf(question, o.stopwords)) {
      if (o.gapOnly && !isGap(q)) continue;
      let entry = seen.get(q);
      if (!entry) seen.set(q, (entry = { n: 0, terms: new Map(), hits: new Map() }));
      entry.n++;
      const terms = new Set<string>();
      for (const d of docs) for (const w of termsOf(d, o)) terms.add(w);
      for (const w of terms) {
        entry.hits.set(w, (entry.hits.get(w) ?? 0) + 1);
        let set = entry.terms.get(w);
        if (!set) entry.terms.set(w, (set = new Set()));
        for (const d of docs) if (termsOf(d, o).has(w)) set.add(d);
      }
    }
  }
  const table: Table = new Map();
  for (const [q, entry] of seen) {
    if (entry.n < o.minQuestions) continue;
    const scored: [string, number, number][] = [];
    for (const [w, hits] of entry.hits) {
      if (w === q || entry.terms.get(w)!.size < o.minArticles) continue;
      const p = hits / entry.n;
      const lift = p / (docFreq.get(w)! / N);
      if (lift >= o.minLift) scored.push([w, p, p * Math.log(lift)]);
    }
    scored.sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
    if (scored.length) table.set(q, new Map(scored.slice(0, o.top).map(([w, p]) => [w, p])));
  }
  return table;
}

/**
 * IBM Model 1 with the question as source (and a NULL word) and the answering article's terms as
 * target: t(w | q), each article term generated by one question word or by NULL, ten EM passes.
 * Per question word, its top article words, scaled so that the strongest counts 1.
 */
function learnIbm1(questions: EvalQuestion[], o: LearnOptions): Table {
  const pairs = questions.map(([question, answers]) => {
    const terms = new Set<string>();
    for (const d of answersOf(answers)) for (const w of termsOf(d, o)) terms.add(w);
    return {
      source: ['\0', ...stemsOf(question, o.stopwords).filter((q) => !o.gapOnly || isGap(q))],
      target: [...terms],
    };
  });
  const t = new Map<string, Map<string, number>>();
  const targets = new Set(pairs.flatMap((p) => p.target));
  for (const p of pairs)
    for (const q of p.source) {
      let row = t.get(q);
      if (!row) t.set(q, (row = new Map()));
      for (const w of p.target) row.set(w, 1 / targets.size);
    }
  for (let pass = 0; pass < 10; pass++) {
    const count = new Map<string, Map<string, number>>();
    for (const p of pairs)
      for (const w of p.target) {
        let total = 0;
        for (const q of p.source) total += t.get(q)!.get(w)!;
        for (const q of p.source) {
          let row = count.get(q);
          if (!row) count.set(q, (row = new Map()));
          row.set(w, (row.get(w) ?? 0) + t.get(q)!.get(w)! / total);
        }
      }
    for (const [q, row] of count) {
      let sum = 0;
      for (const c of row.values()) sum += c;
      const next = t.get(q)!;
      for (const w of next.keys()) next.set(w, (row.get(w) ?? 0) / sum);
    }
  }
  const table: Table = new Map();
  const seen = new Map<string, number>();
  for (const p of pairs) for (const q of p.source) seen.set(q, (seen.get(q) ?? 0) + 1);
  for (const [q, row] of t) {
    if (q === '\0' || seen.get(q)! < o.minQuestions) continue;
    const best = [...row].filter(([w]) => w !== q).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const max = best[0]?.[1] ?? 0;
    if (max > 0) table.set(q, new Map(best.slice(0, o.top).map(([w, p]) => [w, p / max])));
  }
  return table;
}

export const learn = (questions: EvalQuestion[], o: LearnOptions): Table =>
  o.model === 'ibm1' ? learnIbm1(questions, o) : learnCooc(questions, o);

/** The documents' refs for a question, best first, the way ConvenantIndex.ranked orders them. */
function order(scores: Float64Array): number[] {
  const found: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i] !== 0) found.push(i);
  return found.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** The learned words of each question word, each as one expansion (the knob times its probability). */
function translated(query: Query, question: string, table: Table, weight: number): Expansion[] {
  const out: Expansion[] = [];
  if (!weight) return out;
  for (const q of stemsOf(question))
    for (const [w, p] of table.get(q) ?? [])
      if (index.postings.has(w)) out.push({ terms: new Map([[w, 1]]), factor: weight * p, counted: false });
  return out;
}

export interface Rm3 {
  /** Feedback articles, terms taken, their weight (0: off), and whether a term's idf weighs in. */
  k: number;
  m: number;
  weight: number;
  idf: boolean;
}

/** RM3: the best terms of the top-k documents of a first pass, weighted by the documents' scores. */
function feedback(query: Query, first: Float64Array, rm3: Rm3): Expansion[] {
  if (!rm3.weight) return [];
  const top = order(first).slice(0, rm3.k);
  const total = top.reduce((sum, d) => sum + first[d]!, 0);
  const own = new Set(query.expansions.filter((e) => e.counted).flatMap((e) => [...e.terms.keys()]));
  const weights = new Map<string, number>();
  for (const d of top) {
    const doc = index.docs[d]!;
    for (const [w, tf] of doc.tf) {
      if (own.has(w)) continue;
      const idf = rm3.idf ? Math.log(1 + (N - docFreq.get(w)! + 0.5) / (docFreq.get(w)! + 0.5)) : 1;
      weights.set(w, (weights.get(w) ?? 0) + ((first[d]! / total) * tf * idf) / Math.max(1, doc.length));
    }
  }
  const best = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, rm3.m);
  const max = best[0]?.[1] ?? 0;
  return best.map(([w, v]) => ({ terms: new Map([[w, 1]]), factor: (rm3.weight * v) / max, counted: false }));
}

export const NO_RM3: Rm3 = { k: 3, m: 10, weight: 0, idf: true };

/** Each question's rank of its first answering document (null: not in the top 20). */
export function ranks(questions: EvalQuestion[], table: Table, weight: number, rm3: Rm3 = NO_RM3): Ranks {
  return questions.map(([question, answers]) => {
    const query = analyse(index, question);
    if (!query) return null;
    const widened = { ...query, expansions: [...query.expansions, ...translated(query, question, table, weight)] };
    let scores = scoreDocuments(index, widened);
    if (rm3.weight)
      scores = scoreDocuments(index, {
        ...widened,
        expansions: [...widened.expansions, ...feedback(query, scores, rm3)],
      });
    const refs = order(scores).slice(0, 20);
    const want = new Set(answersOf(answers));
    const at = refs.findIndex((d) => want.has(d));
    return at < 0 ? null : at + 1;
  });
}

export function figures(list: Ranks) {
  const share = (test: (rank: number | null) => boolean) => (100 * list.filter(test).length) / list.length;
  return {
    top1: share((r) => r === 1),
    top3: share((r) => r !== null && r <= 3),
    mrr: list.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / list.length,
  };
}

export const show = (list: Ranks) => {
  const f = figures(list);
  return `${f.top1.toFixed(1)} / ${f.top3.toFixed(1)} / ${f.mrr.toFixed(3)}`;
};

/** Questions that crossed into (won) or out of (lost) rank 1 or the top three. */
export function crossings(before: Ranks, after: Ranks): { won: number; lost: number } {
  const band = (x: number | null) => (x === 1 ? 0 : x !== null && x <= 3 ? 1 : 2);
  let won = 0;
  let lost = 0;
  before.forEach((r, i) => {
    const [b, a] = [band(r), band(after[i] ?? null)];
    if (a < b) won++;
    if (a > b) lost++;
  });
  return { won, lost };
}

/** The folds: the three tuning parts, or with FOLDS=mixed the 141 questions dealt round-robin into three (as fit.ts). */
export const PARTS: EvalQuestion[][] =
  process.env.FOLDS === 'mixed'
    ? [0, 1, 2].map((k) => [TUNING, TUNING_2, TUNING_3].flat().filter((_, i) => i % 3 === k))
    : [TUNING, TUNING_2, TUNING_3];

/**
 * How often a learned word is in the answering article of questions the table was not learned on,
 * against chance (the share of documents holding the word): the table's precision on left-out data.
 */
export function leftOutPrecision(
  table: Table,
  questions: EvalQuestion[],
): { pairs: number; hits: number; chance: number } {
  let [pairs, hits, chance] = [0, 0, 0];
  for (const [question, answers] of questions) {
    const docs = answersOf(answers);
    for (const q of stemsOf(question))
      for (const w of (table.get(q) ?? new Map<string, number>()).keys()) {
        pairs++;
        if (docs.some((d) => index.docs[d]!.tf.has(w))) hits++;
        chance += Math.min(1, (docs.length * docFreq.get(w)!) / N);
      }
  }
  return { pairs, hits, chance };
}
