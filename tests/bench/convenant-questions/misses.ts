// `npx tsx tests/bench/convenant-questions/misses.ts`: the TUNING half's questions (all three parts) the search does
// not answer at rank 1, with what it found instead. Deliberately shows nothing of the held-out half.
import { ConvenantIndex } from '../../../src-main/core/convenant/search';
import { DEFAULT_SYNONYMS } from '../../../src-main/core/convenant/synonyms';
import { evaluate, exampleCovenant } from './evaluate';
import { TUNING } from './tuning';
import { TUNING_2 } from './tuning-2';
import { TUNING_3 } from './tuning-3';

const result = evaluate(new ConvenantIndex(exampleCovenant(), DEFAULT_SYNONYMS), [...TUNING, ...TUNING_2, ...TUNING_3]);
for (const r of result.ranks)
  if (r.rank !== 1) console.info(`${r.rank ?? '—'}\t${r.question}\t→ ${r.answers.join('/')}\tgot ${r.got.join(' ')}`);
console.info(
  `tuning: top-1 ${result.top1.toFixed(1)} %, top-3 ${result.top3.toFixed(1)} %, MRR ${result.mrr.toFixed(3)}`,
);
