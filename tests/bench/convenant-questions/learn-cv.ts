// `npx tsx tests/bench/convenant-questions/learn-cv.ts [translation|rm3|vragen|precision|table]`: the cross-validated
// figures of the tenth round's levers (learn.ts), on the three tuning parts only.
//
//   translation  per learning setting and weight, the pooled left-out figure (each part scored with
//                a table learned on the other two); then the nested figure: per left-out part, the
//                setting and weight chosen on the other two (learn on one, score the other, both ways)
//   rm3          per setting, the pooled figure (no learning, so these rows are in-sample choices);
//                then the nested figure, the setting chosen on the other two parts
//   vragen       a table learned from the covenant's own ### Vragen pairs (no tuning question in it, so
//                every row is left-out for the table; the setting and weight chosen as for rm3)
//   precision    per setting, how often a learned word is in a left-out question's answer, against chance
//   table        the table of SETTING (JSON of LearnOptions) learned on all three tuning parts
//
// Each row says how many pooled left-out questions crossed into rank 1 or the top three (won) and out
// of them (lost) against today's search. GAP=1: only words the index lacks learn; STOP=only: only
// the question's stopwords ("hoe", "wie", "mag") learn; STRICT=1: the nested choice takes only a
// candidate that loses no question of the two parts it is chosen on.
import {
  crossings,
  figures,
  learn,
  leftOutPrecision,
  PARTS,
  ranks,
  show,
  type LearnOptions,
  type Rm3,
  VRAGEN,
} from './learn';

type Ranks = (number | null)[];
const WEIGHTS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.8];
/** GAP=1: only the question words the index lacks learn and are widened (LearnOptions.gapOnly). */
const gapOnly = process.env.GAP === '1';
/** STRICT=1: the nested choice takes only a candidate that loses no question of the two parts it is chosen on. */
const strict = process.env.STRICT === '1';
const empty = new Map<string, Map<string, number>>();
const baseline = PARTS.map((part) => ranks(part, empty, 0));
const pooledBase = baseline.flat();

function settings(): LearnOptions[] {
  const out: LearnOptions[] = [];
  const stops: (boolean | 'only')[] = process.env.STOP === 'only' ? ['only'] : gapOnly ? [false] : [false, true];
  for (const stopwords of stops)
    for (const top of [5, 10, 20])
      for (const minQuestions of [1, 2]) {
        for (const minArticles of [1, 2])
          for (const minLift of [2, 4])
            out.push({ model: 'cooc', top, minQuestions, minArticles, minLift, stopwords, gapOnly });
        out.push({ model: 'ibm1', top, minQuestions, minArticles: 1, minLift: 0, stopwords, gapOnly });
      }
  return out;
}

const label = (o: LearnOptions) =>
  (o.model === 'ibm1'
    ? `ibm1 top ${o.top} q≥${o.minQuestions}`
    : `cooc top ${o.top} q≥${o.minQuestions} art≥${o.minArticles} lift≥${o.minLift}`) +
  (o.stopwords === 'only' ? ' stopwords only' : o.stopwords ? ' +stop' : '') +
  (o.gapOnly ? ' gap' : '');
const mrr = (list: Ranks) => figures(list).mrr;
const line = (name: string, list: Ranks) => {
  const c = crossings(pooledBase, list);
  return `${name}: ${show(list)} (won ${c.won}, lost ${c.lost})`;
};

function translation(): void {
  // Per setting: tables learned on each single part and each pair (the complement of a part).
  const rows: { o: LearnOptions; w: number; outer: Ranks[]; inner: Map<string, Ranks> }[] = [];
  for (const o of settings()) {
    const single = PARTS.map((part) => learn(part, o));
    const pair = PARTS.map((_, k) => learn(PARTS.filter((__, j) => j !== k).flat(), o));
    for (const w of WEIGHTS) {
      const outer = PARTS.map((part, k) => ranks(part, pair[k]!, w));
      const inner = new Map<string, Ranks>();
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) if (i !== j) inner.set(`${i}>${j}`, ranks(PARTS[j]!, single[i]!, w));
      rows.push({ o, w, outer, inner });
      console.info(line(`${label(o)} × ${w}`, outer.flat()));
    }
  }
  nested(
    'translation',
    rows.map((r) => ({ name: `${label(r.o)} × ${r.w}`, outer: r.outer, inner: (i, j) => r.inner.get(`${i}>${j}`)! })),
  );
}

/** Per left-out part k, the candidate with the best figure on the other two, learned on one and scored on the other. */
function nested(
  what: string,
  candidates: { name: string; outer: Ranks[]; inner: (i: number, j: number) => Ranks }[],
): void {
  const pooled: Ranks = [];
  PARTS.forEach((_, k) => {
    const [i, j] = [0, 1, 2].filter((x) => x !== k) as [number, number];
    let best = { name: 'off', value: mrr([...baseline[j]!, ...baseline[i]!]), outer: baseline[k]! };
    const before = [...baseline[j]!, ...baseline[i]!];
    for (const c of candidates) {
      const inner = [...c.inner(i, j), ...c.inner(j, i)];
      if (strict && crossings(before, inner).lost) continue;
      const value = mrr(inner);
      if (value > best.value + 1e-9) best = { name: c.name, value, outer: c.outer[k]! };
    }
    console.info(`  without part ${k + 1}: ${best.name} (inner MRR ${best.value.toFixed(3)})`);
    pooled.push(...best.outer);
  });
  console.info(line(`${what}, nested cross-validation`, pooled));
}

/** The table learned from the covenant's own ### Vragen pairs (no tuning question), scored on the tuning parts. */
function vragen(): void {
  const candidates: { name: string; outer: Ranks[]; inner: (i: number, j: number) => Ranks }[] = [];
  for (const base of settings()) {
    const o = { ...base, text: true };
    const table = learn(VRAGEN, o);
    for (const w of WEIGHTS) {
      const outer = PARTS.map((part) => ranks(part, table, w));
      const name = `vragen ${label(o)} × ${w}`;
      console.info(line(name, outer.flat()));
      candidates.push({ name, outer, inner: (_i, j) => outer[j]! });
    }
  }
  nested('vragen', candidates);
}

function rm3(): void {
  const candidates: { name: string; outer: Ranks[]; inner: (i: number, j: number) => Ranks }[] = [];
  for (const k of [1, 2, 3, 5])
    for (const m of [5, 10, 20])
      for (const idf of [true, false])
        for (const weight of [0.1, 0.2, 0.3, 0.5]) {
          const setting: Rm3 = { k, m, weight, idf };
          const outer = PARTS.map((part) => ranks(part, empty, 0, setting));
          const name = `rm3 k ${k} m ${m}${idf ? ' idf' : ''} × ${weight}`;
          console.info(line(name, outer.flat()));
          candidates.push({ name, outer, inner: (_i, j) => outer[j]! });
        }
  nested('rm3', candidates);
}

const [command = 'translation'] = process.argv.slice(2);
const started = performance.now();
console.info(`start on the three tuning parts: ${show(pooledBase)}`);
if (command === 'translation') translation();
else if (command === 'rm3') rm3();
else if (command === 'vragen') vragen();
else if (command === 'table') {
  const o = JSON.parse(process.env.SETTING ?? '{}') as LearnOptions;
  for (const [q, row] of learn(PARTS.flat(), o))
    console.info(`${q}\t${[...row].map(([w, p]) => `${w} ${p.toFixed(2)}`).join(', ')}`);
} else if (command === 'precision') {
  for (const o of settings()) {
    const total = { pairs: 0, hits: 0, chance: 0 };
    PARTS.forEach((part, k) => {
      const r = leftOutPrecision(learn(PARTS.filter((_, j) => j !== k).flat(), o), part);
      total.pairs += r.pairs;
      total.hits += r.hits;
      total.chance += r.chance;
    });
    const pct = (x: number) => ((100 * x) / Math.max(1, total.pairs)).toFixed(1);
    console.info(
      `${label(o)}: ${total.pairs} pairs used, ${pct(total.hits)} % in the answer (chance ${pct(total.chance)} %)`,
    );
  }
} else throw new Error(`unknown command: ${command}`);
console.info(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
