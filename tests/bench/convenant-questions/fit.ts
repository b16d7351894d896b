// `npx tsx tests/bench/convenant-questions/fit.ts [screen|select|cv|fit] [knob …]`: fits the covenant
// search's weights (src-main/core/convenant/params.ts) on the TUNING parts of the evaluation set by
// coordinate ascent over a small grid per knob, with cross-validation inside the tuning half: each
// of the three tuning parts is left out in turn, the knobs are fitted on the other two, and the
// left-out part is scored with what that fit chose. The figure a decision is taken on is the
// pooled left-out one over all three parts, never a held-out set (score.ts reports those, as totals).
//
//   screen  each knob fitted alone: its cross-validated figure against today's values
//   select  the knobs that won alone, added one by one (best first) while the figure rises
//   cv      the cross-validated figure of fitting the knobs named (all of them by default)
//   fit     the knobs named fitted on all three tuning parts: the values, and each tuning question
//           that moved across rank 1 or rank 3 (the values to put in DEFAULT_PARAMS)
//
// The figure optimised is the mean reciprocal rank (OBJECTIVE=top3: the top-3 share, MRR breaking
// ties): with 94 questions to fit on, top-3 moves in steps of one question and is flat over most of
// a grid, while MRR also sees a question move from rank 8 to 4, so the ascent can tell values apart.
// STRICT=1 accepts a move only when no fitted question drops out of rank 1 or the top three;
// MIN_GAIN=x only when the summed reciprocal ranks rise by at least x.
import { DEFAULT_PARAMS, type SearchParams } from '../../../src-main/core/convenant/params';
import { ConvenantIndex } from '../../../src-main/core/convenant/search';
import { DEFAULT_SYNONYMS } from '../../../src-main/core/convenant/synonyms';
import { exampleCovenant } from './evaluate';
import type { EvalQuestion } from './tuning';
import { TUNING } from './tuning';
import { TUNING_2 } from './tuning-2';
import { TUNING_3 } from './tuning-3';

type Knob = keyof SearchParams;
type Params = Readonly<SearchParams>;
type Ranks = (number | null)[];

/** The values tried per knob: today's value among them, a range either side. */
const GRIDS: Record<Knob, number[]> = {
  title: [1, 1.5, 2, 3, 4, 5, 6],
  terms: [1, 1.5, 2, 2.5, 3, 4, 5],
  tags: [0.5, 1, 1.5, 2, 3, 4],
  body: [0.5, 0.75, 1, 1.25, 1.5, 2],
  definitions: [0, 0.1, 0.2, 0.3, 0.5, 0.8],
  questions: [0, 0.1, 0.2, 0.3, 0.5],
  indexPart: [0, 0.25, 0.5, 0.75, 1],
  k1: [0.6, 0.9, 1.2, 1.6, 2, 3],
  b: [0.3, 0.5, 0.65, 0.75, 0.85, 1],
  queryPart: [0, 0.25, 0.5, 0.75, 1],
  question: [0, 0.3, 0.45, 0.6, 0.8, 1],
  synonym: [0.4, 0.6, 0.7, 0.8, 0.9, 1],
  derived: [0.4, 0.55, 0.7, 0.85, 1],
  everyday: [0.4, 0.55, 0.7, 0.85, 1],
  everydayPhrase: [0.4, 0.55, 0.7, 0.85, 1],
  prefix: [0.5, 0.7, 0.9, 1],
  typo: [0.4, 0.55, 0.7, 0.85, 1],
  head: [0.3, 0.45, 0.6, 0.8, 1],
  passage: [0, 0.15, 0.2, 0.3, 0.4, 0.6],
  passageShare: [0, 0.5, 1, 1.5, 2],
  coverageFloor: [0.2, 0.35, 0.5, 0.65, 0.8, 1],
  definitionBoost: [1, 2, 3, 4, 6],
  proximity: [0, 0.1, 0.2, 0.4, 0.8],
  titleMatch: [0, 0.1, 0.2, 0.4, 0.8],
  definedTerm: [0, 0.5, 1, 2, 4],
  phrase: [0, 0.1, 0.2, 0.4, 0.8],
};
const KNOBS = Object.keys(GRIDS) as Knob[];
/** The features no round had; they start at 0 and are fitted only when named or selected. */
const FEATURES: Knob[] = ['proximity', 'titleMatch', 'definedTerm', 'phrase'];
/**
 * The folds: the three tuning parts (each written by another round), or with FOLDS=mixed the 141
 * questions dealt round-robin into three folds, so that each fold has questions of every part.
 */
const PARTS: EvalQuestion[][] =
  process.env.FOLDS === 'mixed'
    ? [0, 1, 2].map((k) => [TUNING, TUNING_2, TUNING_3].flat().filter((_, i) => i % 3 === k))
    : [TUNING, TUNING_2, TUNING_3];

const top3First = process.env.OBJECTIVE === 'top3';
const strict = process.env.STRICT === '1';
/** A move must raise the summed reciprocal ranks by this much (0.5: one question from rank 2 to 1). */
const minGain = Number(process.env.MIN_GAIN ?? 0);
/** START=middle: every knob (the features aside) starts at the middle of its grid, not today's value. */
const START: Params =
  process.env.START === 'middle'
    ? {
        ...DEFAULT_PARAMS,
        ...Object.fromEntries(
          (Object.keys(GRIDS) as Knob[])
            .filter((k) => !FEATURES.includes(k))
            .map((k) => [k, GRIDS[k][Math.floor(GRIDS[k].length / 2)]]),
        ),
      }
    : DEFAULT_PARAMS;
const base = new ConvenantIndex(exampleCovenant(), DEFAULT_SYNONYMS);
const indexes = new Map<string, ConvenantIndex>();

function ranks(params: Params, questions: EvalQuestion[]): Ranks {
  const key = JSON.stringify(params);
  let index = indexes.get(key);
  if (!index) {
    if (indexes.size > 200) indexes.clear();
    indexes.set(key, (index = base.withParams(params)));
  }
  return questions.map(([question, answers]) => {
    const at = index.ranked(question, 20).findIndex((ref) => answers.includes(ref));
    return at < 0 ? null : at + 1;
  });
}

function figures(list: Ranks) {
  const share = (test: (rank: number | null) => boolean) => (100 * list.filter(test).length) / list.length;
  return {
    top1: share((r) => r === 1),
    top3: share((r) => r !== null && r <= 3),
    mrr: list.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / list.length,
  };
}

/** The figure the ascent maximises (higher is better). */
function objective(list: Ranks): number {
  const f = figures(list);
  return top3First ? f.top3 + f.mrr / 10 : f.mrr;
}

/** No question at rank 1 (in the top three) before is below it (out of them) after. */
function losesNone(before: Ranks, after: Ranks): boolean {
  return before.every((r, i) => {
    const a = after[i] ?? null;
    if (r === 1 && a !== 1) return false;
    return !(r !== null && r <= 3 && (a === null || a > 3));
  });
}

/** Coordinate ascent over the knobs' grids from today's values, on the questions given. */
function fit(questions: EvalQuestion[], knobs: Knob[], start: Params = START): Params {
  let params = start;
  let current = ranks(params, questions);
  let value = objective(current);
  const margin = Math.max(1e-9, top3First ? 0 : minGain / questions.length);
  for (let pass = 0; pass < 5; pass++) {
    let moved = false;
    for (const knob of knobs) {
      let best: { params: Params; ranks: Ranks; value: number } | null = null;
      for (const candidate of GRIDS[knob]) {
        if (candidate === params[knob]) continue;
        const next = { ...params, [knob]: candidate };
        const list = ranks(next, questions);
        if (strict && !losesNone(current, list)) continue;
        const v = objective(list);
        // Strictly better than the current value; of equal ones, the nearest to the current.
        const nearer =
          best && v === best.value && Math.abs(candidate - params[knob]) < Math.abs(best.params[knob] - params[knob]);
        if (v > value + margin && (!best || v > best.value + 1e-9 || nearer))
          best = { params: next, ranks: list, value: v };
      }
      if (best) {
        ({ params, ranks: current, value } = best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return params;
}

/** The pooled left-out ranks over the three tuning parts, each scored with a fit on the other two. */
function crossValidated(knobs: Knob[]): { ranks: Ranks; fits: Params[] } {
  const all: Ranks = [];
  const fits: Params[] = [];
  PARTS.forEach((part, k) => {
    const params = knobs.length ? fit(PARTS.filter((_, j) => j !== k).flat(), knobs) : START;
    fits.push(params);
    all.push(...ranks(params, part));
  });
  return { ranks: all, fits };
}

const show = (list: Ranks) => {
  const f = figures(list);
  return `${f.top1.toFixed(1)} / ${f.top3.toFixed(1)} / ${f.mrr.toFixed(3)}`;
};
const changed = (params: Params) =>
  KNOBS.filter((k) => params[k] !== DEFAULT_PARAMS[k])
    .map((k) => `${k} ${DEFAULT_PARAMS[k]}→${params[k]}`)
    .join(', ') || 'none';

/** The tuning questions that crossed rank 1 or rank 3 between two rankings. */
function moves(questions: EvalQuestion[], before: Ranks, after: Ranks): void {
  const band = (x: number | null) => (x === 1 ? 0 : x !== null && x <= 3 ? 1 : 2);
  questions.forEach(([question], i) => {
    const [r, a] = [before[i] ?? null, after[i] ?? null];
    if (band(r) !== band(a)) console.info(`  ${r ?? '—'} → ${a ?? '—'}\t${question}`);
  });
}

function main(): void {
  const [command = 'cv', ...named] = process.argv.slice(2);
  const knobs = named.length ? (named as Knob[]) : KNOBS.filter((k) => !FEATURES.includes(k));
  for (const knob of knobs) if (!(knob in GRIDS)) throw new Error(`unknown knob: ${knob}`);
  const started = performance.now();
  const none = crossValidated([]);
  const mode = [
    `objective ${top3First ? 'top-3' : 'MRR'}`,
    ...(strict ? ['strict'] : []),
    ...(minGain ? [`min gain ${minGain}`] : []),
    ...(process.env.FOLDS === 'mixed' ? ['mixed folds'] : []),
    ...(START !== DEFAULT_PARAMS ? ['from the middle of the grids'] : []),
  ].join(', ');
  console.info(`${mode}; the start on the three tuning parts: ${show(none.ranks)} (top-1 / top-3 / MRR)`);
  if (command === 'cv') {
    const cv = crossValidated(knobs);
    console.info(`cross-validated, fitting ${knobs.length} knobs: ${show(cv.ranks)}`);
    cv.fits.forEach((params, k) => console.info(`  fit without part ${k + 1}: ${changed(params)}`));
    moves(PARTS.flat(), none.ranks, cv.ranks);
  } else if (command === 'screen' || command === 'select') {
    const alone = (named.length ? knobs : KNOBS).map((knob) => {
      const cv = crossValidated([knob]);
      console.info(`  ${knob}: ${show(cv.ranks)}; fits ${cv.fits.map((p) => p[knob]).join(' / ')}`);
      return { knob, value: objective(cv.ranks) };
    });
    if (command === 'select') {
      const winners = alone.filter((w) => w.value > objective(none.ranks) + 1e-9).sort((a, b) => b.value - a.value);
      let chosen: Knob[] = [];
      let value = objective(none.ranks);
      for (const { knob } of winners) {
        const cv = crossValidated([...chosen, knob]);
        const kept = objective(cv.ranks) > value + 1e-9;
        console.info(`  + ${knob}: ${show(cv.ranks)} ${kept ? 'kept' : 'not kept'}`);
        if (kept) [chosen, value] = [[...chosen, knob], objective(cv.ranks)];
      }
      console.info(`selected: ${chosen.join(' ') || 'none'}`);
    }
  } else if (command === 'fit') {
    const questions = PARTS.flat();
    const params = fit(questions, knobs);
    const before = ranks(START, questions);
    const after = ranks(params, questions);
    console.info(`fitted on all three parts: ${show(after)}; ${changed(params)}`);
    PARTS.forEach((part, k) => {
      const from = PARTS.slice(0, k).flat().length;
      const [b, a] = [before, after].map((list) => show(list.slice(from, from + part.length)));
      console.info(`  part ${k + 1}: ${b} → ${a}`);
    });
    moves(questions, before, after);
    console.info(JSON.stringify(params));
  } else throw new Error(`unknown command: ${command}`);
  console.info(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

main();
