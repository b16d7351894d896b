// `npx tsx tests/bench/convenant-questions/score.ts`: top-1 / top-3 / MRR of each set of the
// evaluation set, figures only (no question of a held-out set is shown), for measuring a change
// to the search without running the whole bench. PARAMS='{"k1":0.9}' scores other weights
// (src-main/core/convenant/params.ts; fit.ts prints a fit's values in this form).
import { DEFAULT_PARAMS } from '../../../src-main/core/convenant/params';
import { ConvenantIndex } from '../../../src-main/core/convenant/search';
import { DEFAULT_SYNONYMS } from '../../../src-main/core/convenant/synonyms';
import { evaluate, exampleCovenant } from './evaluate';
import { HELD_OUT } from './held-out';
import { HELD_OUT_2 } from './held-out-2';
import { HELD_OUT_3 } from './held-out-3';
import { HELD_OUT_4 } from './held-out-4';
import { TUNING } from './tuning';
import { TUNING_2 } from './tuning-2';
import { TUNING_3 } from './tuning-3';

const params = { ...DEFAULT_PARAMS, ...(JSON.parse(process.env.PARAMS ?? '{}') as object) };
const index = new ConvenantIndex(exampleCovenant(), DEFAULT_SYNONYMS, process.env.BARE ? [] : undefined, params);
for (const [name, questions] of [
  ['tuning', TUNING],
  ['tuning 2', TUNING_2],
  ['tuning 3', TUNING_3],
  ['held-out', HELD_OUT],
  ['held-out 2', HELD_OUT_2],
  ['held-out 3', HELD_OUT_3],
  ['held-out 4', HELD_OUT_4],
] as const) {
  const r = evaluate(index, questions);
  console.info(`${name} (${questions.length}): ${r.top1.toFixed(1)} / ${r.top3.toFixed(1)} / ${r.mrr.toFixed(3)}`);
}
