// Disclosure control for microdata (one row per person or trajectory, such as the mentor
// dataset): k-anonymity over the quasi-identifiers, with k = SMALL_CELL. A quasi-identifier is a
// value an outsider may know of a person (region, age, months, how it began); every combination of
// quasi-identifier values that occurs must occur in at least k rows, so no row is one of fewer
// than k look-alikes. Where that fails, the columns are coarsened step by step, each step for the
// whole file so a value means the same in every row: months to quarters, then to years, age bands
// merged with their neighbour, and last the regions that still hold a too-rare combination into
// one "overige regio's". Rows still in a group of fewer than k then get quasi-identifier values
// suppressed (SECONDARY, "x") in those rows only, one column at a time. Of the combinations of
// coarsening steps the one needing the fewest suppressed values is used. A row that is still one of
// fewer than k with every quasi-identifier hidden could be told apart by elimination (a recipient
// who knows a person had a row has fewer than k to choose from), so its attributes are hidden too:
// it then says only that it exists. No row is dropped and no column outside these is touched.
// Deterministic: same input, same output.
import { SECONDARY, SMALL_CELL } from './marks';

export type MicroValue = string | number;
export type MicroRow = Record<string, MicroValue>;

export interface QuasiIdentifiers {
  /** Columns holding a month "yyyy-mm" (or '' for none). */
  months: readonly string[];
  /** The age-band column and how bands merge with a neighbour (band → merged band). */
  age: { column: string; merge: Readonly<Record<string, string>> };
  /** The region column and the name of the merged region. */
  region: { column: string; other: string };
  /** Further quasi-identifiers that are never coarsened, only suppressed (e.g. the source). */
  plain: readonly string[];
  /**
   * What a row tells beyond its quasi-identifiers (status, outcome, counts): left as they are,
   * except in a row still too rare with every quasi-identifier hidden, where they are hidden too.
   */
  attributes: readonly string[];
}

export type Coarsening =
  | { kind: 'quarters' }
  | { kind: 'years' }
  | { kind: 'ageBands'; merged: Readonly<Record<string, string>> }
  | { kind: 'regions'; merged: string[] }
  | { kind: 'suppressed'; column: string; rows: number }
  /** Rows still too rare with every quasi-identifier hidden: their attributes hidden as well. */
  | { kind: 'rowsHidden'; rows: number };

export interface AnonymousMicrodata<R extends MicroRow> {
  rows: R[];
  /** What was coarsened, in the order it was done; empty when the file was k-anonymous as it was. */
  coarsened: Coarsening[];
}

const quarter = (value: MicroValue) => {
  const match = /^(\d{4})-(\d{2})$/.exec(String(value));
  return match ? `${match[1]}-K${Math.ceil(Number(match[2]) / 3)}` : value;
};
const year = (value: MicroValue) => {
  const match = /^(\d{4})-/.exec(String(value));
  return match ? match[1]! : value;
};

/** The quasi-identifier columns, in the order they are suppressed (most detailed first). */
export function quasiColumns(quasi: QuasiIdentifiers): string[] {
  return [...quasi.months].reverse().concat(quasi.plain, [quasi.age.column, quasi.region.column]);
}

/** Indices of the rows whose combination of quasi-identifier values occurs fewer than k times. */
export function tooRare(rows: readonly MicroRow[], columns: readonly string[], k = SMALL_CELL): number[] {
  const keys = rows.map((row) => columns.map((c) => `${typeof row[c]}:${row[c]}`).join('\u0000'));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rare: number[] = [];
  keys.forEach((key, index) => {
    if (counts.get(key)! < k) rare.push(index);
  });
  return rare;
}

/** Makes `rows` k-anonymous over `quasi`; returns new rows (input untouched) and what was done. */
export function protectMicrodata<R extends MicroRow>(
  input: readonly R[],
  quasi: QuasiIdentifiers,
  k = SMALL_CELL,
): AnonymousMicrodata<R> {
  const columns = quasiColumns(quasi);
  const recode = (rows: MicroRow[], column: string, to: (value: MicroValue) => MicroValue) =>
    rows.map((row) => ({ ...row, [column]: to(row[column]!) }));
  type Step = (rows: MicroRow[]) => { rows: MicroRow[]; done: Coarsening } | null;

  const steps: Step[] = [
    (rows) => ({ rows: quasi.months.reduce((r, c) => recode(r, c, quarter), rows), done: { kind: 'quarters' } }),
    (rows) => ({ rows: quasi.months.reduce((r, c) => recode(r, c, year), rows), done: { kind: 'years' } }),
    (rows) => {
      const present = new Set(rows.map((row) => String(row[quasi.age.column])));
      const merged = Object.fromEntries(Object.entries(quasi.age.merge).filter(([band]) => present.has(band)));
      if (Object.keys(merged).length === 0) return null;
      const to = (value: MicroValue) => quasi.age.merge[String(value)] ?? value;
      return { rows: recode(rows, quasi.age.column, to), done: { kind: 'ageBands', merged } };
    },
    (rows) => {
      const rare = new Set(tooRare(rows, columns, k).map((index) => String(rows[index]![quasi.region.column])));
      rare.delete(quasi.region.other);
      rare.delete(SECONDARY);
      // Merging one region alone into "overige regio's" would only rename it.
      const alreadyOther = rows.some((row) => row[quasi.region.column] === quasi.region.other);
      if (rare.size === 0 || (rare.size === 1 && !alreadyOther)) return null;
      const to = (value: MicroValue) => (rare.has(String(value)) ? quasi.region.other : value);
      const merged = [...rare].sort((a, b) => a.localeCompare(b, 'nl'));
      return { rows: recode(rows, quasi.region.column, to), done: { kind: 'regions', merged } };
    },
  ];

  // Every combination of steps (16; each applied in the order above) is tried, followed by local
  // suppression; the one that leaves the fewest values suppressed wins, and of those the one with
  // the fewest steps (so one outlier is suppressed rather than every row coarsened for it).
  let best: { rows: MicroRow[]; coarsened: Coarsening[]; steps: number; hidden: number } | null = null;
  for (let mask = 0; mask < 1 << steps.length; mask++) {
    let rows: MicroRow[] = input.map((row) => ({ ...row }));
    const coarsened: Coarsening[] = [];
    const applicable = steps.every((step, bit) => {
      if (!(mask & (1 << bit))) return true;
      const result = step(rows);
      if (!result) return false;
      rows = result.rows;
      coarsened.push(result.done);
      return true;
    });
    if (!applicable) continue;
    const hidden = suppress(rows, columns, k);
    const count = hidden.reduce((sum, step) => sum + (step.kind === 'suppressed' ? step.rows : 0), 0);
    if (!best || count < best.hidden || (count === best.hidden && coarsened.length < best.steps)) {
      best = { rows, coarsened: [...coarsened, ...hidden], steps: coarsened.length, hidden: count };
    }
  }
  const { rows, coarsened } = best!;
  const rare = tooRare(rows, columns, k);
  for (const index of rare) {
    const row = { ...rows[index]! };
    for (const column of quasi.attributes) if (column in row) row[column] = SECONDARY;
    rows[index] = row;
  }
  if (rare.length > 0) coarsened.push({ kind: 'rowsHidden', rows: rare.length });
  return { rows: rows as R[], coarsened };
}

/** Local suppression, in place: in the rows still too rare, hide one column at a time. */
function suppress(rows: MicroRow[], columns: readonly string[], k: number): Coarsening[] {
  const done: Coarsening[] = [];
  for (const column of columns) {
    const rare = tooRare(rows, columns, k);
    if (rare.length === 0) break;
    const hidden = rare.filter((index) => rows[index]![column] !== SECONDARY);
    for (const index of hidden) rows[index] = { ...rows[index]!, [column]: SECONDARY };
    if (hidden.length > 0) done.push({ kind: 'suppressed', column, rows: hidden.length });
  }
  return done;
}
