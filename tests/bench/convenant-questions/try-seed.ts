// `npx tsx tests/bench/convenant-questions/try-seed.ts [name,…]`: each candidate of the everyday-word
// seed (seed-candidates.ts) on its own, added to the current lists, against the TUNING parts only:
// the questions it brings to rank 1 or into the top three, and the ones it takes out. A candidate
// that wins one and loses none may go into synonyms.ts or everyday.ts. Shows nothing of the
// held-out sets; read their totals with score.ts once a candidate is kept.
import { EVERYDAY_WORDS, type EverydayEntry } from '../../../src-main/core/convenant/everyday';
import { ConvenantIndex } from '../../../src-main/core/convenant/search';
import { DEFAULT_SYNONYMS } from '../../../src-main/core/convenant/synonyms';
import { evaluate, exampleCovenant } from './evaluate';
import { CANDIDATES, EXCLUDED, PHRASES } from './seed-candidates';
import { TUNING } from './tuning';
import { TUNING_2 } from './tuning-2';
import { TUNING_3 } from './tuning-3';

const questions = [...TUNING, ...TUNING_2, ...TUNING_3];
const covenant = exampleCovenant();
const ranksOf = (groups: string[][], phrases: EverydayEntry[]) =>
  evaluate(new ConvenantIndex(covenant, [...DEFAULT_SYNONYMS, ...groups], [...EVERYDAY_WORDS, ...phrases]), questions);
const before = ranksOf([], []);
const only = process.argv[2]?.split(',');
console.info(`tuning now: ${before.top1.toFixed(1)} / ${before.top3.toFixed(1)} / ${before.mrr.toFixed(3)}`);
const candidates = [
  ...CANDIDATES.map(([name, group]) => ({ name, words: group, groups: [group], phrases: [] })),
  ...PHRASES.map(([name, entry]) => ({ name, words: entry[0], groups: [], phrases: [entry] })),
];
for (const { name, words, groups, phrases } of candidates) {
  if (only && !only.includes(name)) continue;
  const excluded = words.filter((word) => EXCLUDED.some((part) => word.includes(part)));
  if (excluded.length) {
    console.info(`kept out\t${name}: ${excluded.join(', ')}`);
    continue;
  }
  const after = ranksOf(groups, phrases);
  const crossed = (from: number, to: number) => (from > 1 && to === 1) || (from > 3 && to <= 3);
  const wins: string[] = [];
  const losses: string[] = [];
  after.ranks.forEach((r, i) => {
    const was = before.ranks[i]!.rank ?? 99;
    const is = r.rank ?? 99;
    if (crossed(was, is)) wins.push(`${was} → ${is}\t${r.question}`);
    if (crossed(is, was)) losses.push(`${was} → ${is}\t${r.question}`);
  });
  const verdict = losses.length ? 'loses' : wins.length ? 'wins' : 'neutral';
  console.info(`${verdict}\t${name}: +${wins.length} −${losses.length}, MRR ${(after.mrr - before.mrr).toFixed(3)}`);
  for (const line of wins) console.info(`  + ${line}`);
  for (const line of losses) console.info(`  − ${line}`);
}
