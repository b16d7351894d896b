// Property test of disclosure control: hundreds of random tables shaped like the real ones (years
// x age bands, regions x years, municipalities in one column), small counts common, each through
// protectTable and then audited as a reader would attack it. Deterministic: a seeded PRNG; a
// failure names the seed and the table so it can be replayed.
import { describe, expect, it } from 'vitest';
import { random as prng } from '../random';
import { intervals, unprotected } from './audit';
import { PRIMARY, SECONDARY, SMALL_CELL, type PublishedCell } from './marks';
import { publishTable, type PublishedTable } from './coarsen';
import { withMargins, type CountTable } from './protect';

const SEED = 20261203;
const TABLES = 200;

function randomTable(random: () => number): CountTable {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  // Counts: a third zero, a third small (1..4), the rest 5..40.
  const count = () => {
    const kind = random();
    return kind < 0.3 ? 0 : kind < 0.6 ? int(1, 4) : int(5, 40);
  };
  const shape = random();
  const [rows, columns, rowTotals] =
    shape < 0.5 ? [int(2, 11), 5, true] : shape < 0.8 ? [3, int(2, 11), true] : [int(3, 34), 1, false];
  return { counts: Array.from({ length: rows }, () => Array.from({ length: columns }, count)), rowTotals };
}

function gridOf(result: PublishedTable): PublishedCell[][] {
  const rows = result.cells.map((row, r) => [...row, ...(result.rowTotals ? [result.rowTotals[r]!] : [])]);
  return [...rows, [...result.columnTotals, ...(result.grandTotal !== null ? [result.grandTotal] : [])]];
}

/** What is wrong with one published table; empty when it is right. */
function problems(table: CountTable, result: PublishedTable): string[] {
  // The true counts of the published (possibly merged) rows and columns.
  const merged = result.rowGroups.map((rows) =>
    result.columnGroups.map((columns) =>
      rows.flatMap((r) => columns.map((c) => table.counts[r]![c]!)).reduce((a, b) => a + b, 0),
    ),
  );
  const truth = withMargins({ counts: merged, rowTotals: table.rowTotals });
  const grid = gridOf(result);
  const found: string[] = [];
  truth.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = grid[r]![c]!;
      if (cell === PRIMARY && !(value >= 1 && value < SMALL_CELL)) found.push(`"<5" on ${value} at ${r},${c}`);
      if (cell === SECONDARY && value < SMALL_CELL) found.push(`"x" on ${value} at ${r},${c}`);
      if (typeof cell === 'number' && cell !== value) found.push(`${cell} printed for ${value} at ${r},${c}`);
      if (value >= 1 && value < SMALL_CELL && cell !== PRIMARY) found.push(`${value} not hidden at ${r},${c}`);
    }),
  );
  const audit = { grid, rowTotals: table.rowTotals };
  for (const { cell, interval } of unprotected(audit)) {
    found.push(`cell ${cell.join(',')} narrowed to ${interval ? `${interval.min}..${interval.max}` : 'nothing'}`);
  }
  // The published table is consistent with the truth: every true value lies within its interval.
  for (const [key, interval] of intervals(audit)) {
    const [r, c] = key.split(',').map(Number) as [number, number];
    const value = truth[r]![c]!;
    if (!interval || value < interval.min || value > interval.max) found.push(`true ${value} outside at ${key}`);
  }
  return found;
}

describe('disclosure control, property test', () => {
  it(`protects ${TABLES} random tables shaped like the year figures`, () => {
    const random = prng(SEED);
    const started = Date.now();
    let coarsened = 0;
    let protectMs = 0;
    for (let i = 0; i < TABLES; i++) {
      const table = randomTable(random);
      const labels = (n: number) => Array.from({ length: n }, (_, k) => String(k));
      const t0 = Date.now();
      const result = publishTable({
        ...table,
        rows: labels(table.counts.length),
        columns: labels(table.counts[0]!.length),
      });
      protectMs += Date.now() - t0;
      const wrong = problems(table, result);
      // The seed and the table, to replay a failure.
      expect(wrong, `seed ${SEED}, table ${i}: ${JSON.stringify(table)}`).toEqual([]);
      if (result.merged.rows || result.merged.columns) coarsened++;
    }
    console.info(`${TABLES} tables in ${Date.now() - started} ms (protecting ${protectMs} ms); ${coarsened} coarsened`);
  }, 60_000);
});
