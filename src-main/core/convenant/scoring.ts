// Ranking the covenant's documents for a question read by query.ts: BM25 over the weighted fields
// (index-data.ts), each expansion counting its best-matching term once; the best single everyday
// question of each article (passages); and a preference for documents that answer every word of
// the question, and for definitions when the question asks what a term means. Every weight is a
// knob of params.ts.
import type { IndexData } from './index-data';
import { usesFeatures, type SearchParams } from './params';
import type { Query } from './query';

/** Each document's score for the question (0: not found). */
export function scoreDocuments(
  index: IndexData,
  { expansions, definitional, pairs }: Query,
  params = index.params,
): Float64Array {
  const n = index.docs.length;
  const k1 = params.k1;
  const counted = expansions.filter((e) => e.counted).length;
  const scores = new Float64Array(n);
  const coverage = new Uint16Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  for (const expansion of expansions) {
    touched.length = 0;
    for (const [term, weight] of expansion.terms) {
      const list = index.postings.get(term);
      if (!list) continue;
      const df = list.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let k = 0; k < df; k++) {
        const doc = list.docs[k]!;
        const tf = list.tfs[k]!;
        const value = weight * ((idf * tf * (k1 + 1)) / (tf + index.lengthNorm[doc]!));
        if (best[doc] === 0) touched.push(doc);
        if (value > best[doc]!) best[doc] = value;
      }
    }
    for (const doc of touched) {
      scores[doc] = scores[doc]! + expansion.factor * best[doc]!;
      if (expansion.counted) coverage[doc] = coverage[doc]! + 1;
      best[doc] = 0;
    }
  }
  const passages = passageScores(index, expansions, params);
  // The question's own words, each as its terms, for the features (all off by default).
  const own = usesFeatures(params) ? expansions.filter((e) => e.counted).map((e) => [...e.terms.keys()]) : [];
  const floor = params.coverageFloor;
  for (let i = 0; i < n; i++) {
    if (passages[i]! > 0) scores[i] = scores[i]! + params.passage * passages[i]!;
    if (scores[i] === 0) continue;
    // An article that answers every word of the question beats one that answers some.
    if (counted) scores[i] = scores[i]! * (floor + ((1 - floor) * coverage[i]!) / counted);
    const doc = index.docs[i]!;
    if (definitional && doc.kind === 'begrip') scores[i] = scores[i]! * params.definitionBoost;
    if (params.proximity && own.length >= 2)
      scores[i] = scores[i]! * (1 + params.proximity * together(doc.lidTerms, own));
    if (params.titleMatch && own.length) scores[i] = scores[i]! * (1 + params.titleMatch * share(doc.titleTerms, own));
    if (params.definedTerm && doc.termStems.length && doc.termStems.every((stem) => own.some((t) => t.includes(stem))))
      scores[i] = scores[i]! * (1 + params.definedTerm);
    if (params.phrase && pairs.length)
      scores[i] =
        scores[i]! * (1 + (params.phrase * pairs.filter((pair) => doc.pairs.has(pair)).length) / pairs.length);
  }
  return scores;
}

/** The share of the question's words (each its list of terms) with a term in the set. */
function share(terms: Set<string>, words: string[][]): number {
  let met = 0;
  for (const word of words) if (word.some((term) => terms.has(term))) met++;
  return met / words.length;
}

/** The best share, over the lids, of the question's words beyond the first found in one lid. */
function together(lids: Set<string>[], words: string[][]): number {
  let best = 0;
  for (const lid of lids) {
    let met = 0;
    for (const word of words) if (word.some((term) => lid.has(term))) met++;
    if (met > best) best = met;
  }
  return best > 1 ? (best - 1) / (words.length - 1) : 0;
}

/**
 * Per document, the score of its best single everyday question: what one phrasing holds of the
 * question's words (each word once, weighted by its idf among all the questions), times the share
 * of the phrasing's own terms that the question's words met (to the power passageShare). Chosen on
 * the tuning half (docs/benchmarks.md, fifth and sixth rounds): "huisarts bellen" met whole is a
 * closer match than the same two words in a long question about something else.
 */
function passageScores(
  index: IndexData,
  expansions: Query['expansions'],
  params: Readonly<SearchParams>,
): Float64Array {
  const docBest = new Float64Array(index.docs.length);
  const nq = index.questionDoc.length;
  if (!nq) return docBest;
  const qscore = new Float64Array(nq);
  /** Per question, how many of the expansions met it (a compound's part, a kind's terms count less). */
  const qmatched = new Float64Array(nq);
  const qbest = new Float64Array(nq);
  const qtouched: number[] = [];
  for (const expansion of expansions) {
    qtouched.length = 0;
    for (const [term, weight] of expansion.terms) {
      const list = index.questionPostings.get(term);
      if (!list) continue;
      const df = list.questions.length;
      const idf = Math.log(1 + (nq - df + 0.5) / (df + 0.5));
      for (let k = 0; k < df; k++) {
        const q = list.questions[k]!;
        const value = weight * idf * list.weights[k]!;
        if (qbest[q] === 0) qtouched.push(q);
        if (value > qbest[q]!) qbest[q] = value;
      }
    }
    for (const q of qtouched) {
      qscore[q] = qscore[q]! + expansion.factor * qbest[q]!;
      qmatched[q] = qmatched[q]! + expansion.factor;
      qbest[q] = 0;
    }
  }
  const power = params.passageShare;
  for (let q = 0; q < nq; q++) {
    if (qscore[q] === 0) continue;
    const doc = index.questionDoc[q]!;
    const part = Math.min(1, qmatched[q]! / Math.max(1, index.questionSize[q]!));
    const value = qscore[q]! * (power === 1 ? part : part ** power);
    if (value > docBest[doc]!) docBest[doc] = value;
  }
  return docBest;
}
