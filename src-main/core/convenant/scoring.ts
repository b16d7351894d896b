// Ranking the covenant's documents for a question read by query.ts: BM25 over the weighted fields
// (index-data.ts), each expansion counting its best-matching term once; the best single everyday
// question of each article (passages); and a preference for documents that answer every word of
// the question, and for definitions when the question asks what a term means.
import { K1, type IndexData } from './index-data';
import type { Query } from './query';

/**
 * The best single everyday question (### Vragen) of an article adds PASSAGE_WEIGHT times its score,
 * so the question's words that one phrasing holds together count, not a word that many of its
 * questions repeat. Chosen on the tuning half only (docs/benchmarks.md, fifth round). A phrasing
 * counts by the share of its own words the question meets (sixth round): "huisarts bellen" met
 * whole is a closer match than the same two words in a long question about something else.
 */
const PASSAGE_WEIGHT = 0.3;
/** How much a definition is preferred when the question asks what a term means. */
const DEFINITION_BOOST = 3;

/** Each document's score for the question (0: not found). */
export function scoreDocuments(index: IndexData, { expansions, definitional }: Query): Float64Array {
  const n = index.docs.length;
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
        const value = weight * ((idf * tf * (K1 + 1)) / (tf + index.lengthNorm[doc]!));
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
  const passages = passageScores(index, expansions);
  for (let i = 0; i < n; i++) {
    if (passages[i]! > 0) scores[i] = scores[i]! + PASSAGE_WEIGHT * passages[i]!;
    if (scores[i] === 0) continue;
    // An article that answers every word of the question beats one that answers some.
    if (counted) scores[i] = scores[i]! * (0.5 + (0.5 * coverage[i]!) / counted);
    if (definitional && index.docs[i]!.kind === 'begrip') scores[i] = scores[i]! * DEFINITION_BOOST;
  }
  return scores;
}

/**
 * Per document, the score of its best single everyday question: what one phrasing holds of the
 * question's words (each word once, weighted by its idf among all the questions), times the share
 * of the phrasing's own terms that the question's words met.
 */
function passageScores(index: IndexData, expansions: Query['expansions']): Float64Array {
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
  for (let q = 0; q < nq; q++) {
    if (qscore[q] === 0) continue;
    const doc = index.questionDoc[q]!;
    const value = qscore[q]! * Math.min(1, qmatched[q]! / Math.max(1, index.questionSize[q]!));
    if (value > docBest[doc]!) docBest[doc] = value;
  }
  return docBest;
}
