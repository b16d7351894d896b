// Small-cell suppression for figures that leave the workstation (exports, the printed year
// report): a count below 5 is shown as "<5", and so is at least one more cell in every row and
// column that has one, so that no suppressed count can be worked out from the totals.

export const SMALL_CELL = 5;
export const SUPPRESSED = '<5';

export type Cell = number | typeof SUPPRESSED;

export interface Table {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
}

export interface SuppressedTable {
  rows: string[];
  columns: string[];
  cells: Cell[][];
  /** Row totals, then the column totals with the grand total last. */
  rowTotals: Cell[];
  columnTotals: Cell[];
}

/**
 * Primary suppression (1..4) plus complementary suppression: in any row or column (its total
 * included) with exactly one hidden cell, the smallest other cell is hidden as well, repeated
 * until nothing changes. Zeros are shown: a zero reveals no one.
 */
export function suppress(table: Table): SuppressedTable {
  const { rows, columns, counts } = table;
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = columns.map((_, c) => counts.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  // The full grid with margins: (rows + 1) x (columns + 1).
  const grid: number[][] = [...counts.map((row, r) => [...row, rowTotals[r]!]), [...columnTotals, grand]];
  const hidden = grid.map((row) => row.map((value) => value > 0 && value < SMALL_CELL));

  const lines: [number, number][][] = [
    ...grid.map((row, r) => row.map((_, c) => [r, c] as [number, number])),
    ...grid[0]!.map((_, c) => grid.map((_, r) => [r, c] as [number, number])),
  ];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const hiddenCells = line.filter(([r, c]) => hidden[r]![c]);
      if (hiddenCells.length !== 1) continue;
      const candidates = line
        .filter(([r, c]) => !hidden[r]![c] && grid[r]![c]! > 0)
        .sort(([ra, ca], [rb, cb]) => grid[ra]![ca]! - grid[rb]![cb]!);
      const next = candidates[0];
      if (!next) continue;
      hidden[next[0]]![next[1]] = true;
      changed = true;
    }
  }
  const show = (r: number, c: number): Cell => (hidden[r]![c] ? SUPPRESSED : grid[r]![c]!);
  return {
    rows,
    columns,
    cells: counts.map((row, r) => row.map((_, c) => show(r, c))),
    rowTotals: rows.map((_, r) => show(r, columns.length)),
    columnTotals: [...columns.map((_, c) => show(rows.length, c)), show(rows.length, columns.length)],
  };
}
