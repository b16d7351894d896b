// Disclosure control for microdata (one row per person or trajectory, such as the mentor
// dataset): k-anonymity over the quasi-identifiers, with k = SMALL_CELL. A quasi-identifier is a
// value an outsider may know of a person (region, age, months, how it began); every combination of
// quasi-identifier values that occurs must occur in at least k rows, so no row is one of fewer
// than k look-alikes. Where that fails, the columns are coarsened step by step, each step for the
// whole file so a value means the same in every row: months to quarters, quarters to years, age
// bands merged with their neighbour, and last the regions that still hold a too-rare combination
// into one "overige regio's". Rows still in a group of fewer than k then get quasi-identifier
// values suppressed (SECONDARY, "x") in those rows only, one column at a time. No row is dropped
// and no other column is touched. Deterministic: same input, same output.
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
}

export type Coarsening =
  | { kind: 'quarters' }
  | { kind: 'years' }
  | { kind: 'ageBands'; merged: Readonly<Record<string, string>> }
  | { kind: 'regions'; merged: string[] }
  | { kind: 'suppressed'; column: string; rows: number };

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
  const keyOf = (row: MicroRow) => JSON.stringify(columns.map((c) => row[c]));
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + 1);
  const rare: number[] = [];
  rows.forEach((row, index) => {
    if (counts.get(keyOf(row))! < k) rare.push(index);
  });
  return rare;
}

/** Makes `rows` k-anonymous over `quasi`; returns new rows (input untouched) and what was done. */
export function protectMicrodata<R extends MicroRow>(
  input: readonly R[],
  quasi: QuasiIdentifiers,
  k = SMALL_CELL,
): AnonymousMicrodata<R> {
  let rows = input.map((row) => ({ ...row }));
  const columns = quasiColumns(quasi);
  const coarsened: Coarsening[] = [];
  const recode = (column: string, to: (value: MicroValue) => MicroValue) => {
    rows = rows.map((row) => ({ ...row, [column]: to(row[column]!) }));
  };

  const steps: (() => Coarsening | null)[] = [
    () => {
      for (const column of quasi.months) recode(column, quarter);
      return { kind: 'quarters' };
    },
    () => {
      for (const column of quasi.months) recode(column, year);
      return { kind: 'years' };
    },
    () => {
      const present = new Set(rows.map((row) => String(row[quasi.age.column])));
      const merged = Object.fromEntries(Object.entries(quasi.age.merge).filter(([band]) => present.has(band)));
      if (Object.keys(merged).length === 0) return null;
      recode(quasi.age.column, (value) => quasi.age.merge[String(value)] ?? value);
      return { kind: 'ageBands', merged };
    },
    () => {
      const rare = new Set(tooRare(rows, columns, k).map((index) => String(rows[index]![quasi.region.column])));
      rare.delete(quasi.region.other);
      rare.delete(SECONDARY);
      // Merging one region alone into "overige regio's" would only rename it.
      const alreadyOther = rows.some((row) => row[quasi.region.column] === quasi.region.other);
      if (rare.size === 0 || (rare.size === 1 && !alreadyOther)) return null;
      recode(quasi.region.column, (value) => (rare.has(String(value)) ? quasi.region.other : value));
      return { kind: 'regions', merged: [...rare].sort((a, b) => a.localeCompare(b, 'nl')) };
    },
  ];

  for (const step of steps) {
    if (tooRare(rows, columns, k).length === 0) break;
    const done = step();
    if (done) coarsened.push(done);
  }

  // Local suppression: in the rows still too rare, hide one column at a time.
  for (const column of columns) {
    const rare = tooRare(rows, columns, k);
    if (rare.length === 0) break;
    const hidden = rare.filter((index) => rows[index]![column] !== SECONDARY);
    for (const index of hidden) rows[index] = { ...rows[index]!, [column]: SECONDARY };
    if (hidden.length > 0) coarsened.push({ kind: 'suppressed', column, rows: hidden.length });
  }
  return { rows: rows as R[], coarsened };
}
