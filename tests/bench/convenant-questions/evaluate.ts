// Scores the covenant search on an evaluation set: the share of questions answered at rank 1, in
// the top three, and the mean reciprocal rank (1/rank of the first answering hit in the top 20,
// 0 when none is there). Used by the convenant bench and, for the tuning half only, by a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Convenant } from '../../../src-shared/domain/convenant';
import { parseConvenant } from '../../../src-main/core/convenant/markdown';
import type { ConvenantIndex } from '../../../src-main/core/convenant/search';
import type { EvalQuestion } from './tuning';

export const EXAMPLE_PARTNERS = ['gemeente', 'politie', 'om', 'reclassering', 'rvdk', 'ggz', 'zvh'];

export function exampleCovenant(): Convenant {
  const file = join(__dirname, '../../../resources/convenant/voorbeeld-convenant.md');
  const parsed = parseConvenant(readFileSync(file, 'utf8'), EXAMPLE_PARTNERS);
  if ('errors' in parsed) throw new Error(`example does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.convenant;
}

export interface Relevance {
  top1: number;
  top3: number;
  mrr: number;
  /** Each question with the rank of its first answering hit (null: not in the top 20). */
  ranks: { question: string; answers: string[]; rank: number | null; got: string[] }[];
}

export function evaluate(index: ConvenantIndex, questions: EvalQuestion[]): Relevance {
  const ranks = questions.map(([question, answers]) => {
    const got = index.ranked(question, 20);
    const at = got.findIndex((ref) => answers.includes(ref));
    return { question, answers, rank: at < 0 ? null : at + 1, got: got.slice(0, 5) };
  });
  const share = (test: (rank: number | null) => boolean) =>
    (100 * ranks.filter((r) => test(r.rank)).length) / Math.max(1, ranks.length);
  return {
    top1: share((rank) => rank === 1),
    top3: share((rank) => rank !== null && rank <= 3),
    mrr: ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / Math.max(1, ranks.length),
    ranks,
  };
}
