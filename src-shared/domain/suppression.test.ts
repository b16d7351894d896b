import { describe, expect, it } from 'vitest';
import { suppress, SUPPRESSED, type Cell } from './suppression';

/** Whether any hidden cell can be computed from what is shown in its row or column. */
function recoverable(cells: Cell[][], rowTotals: Cell[], columnTotals: Cell[]): boolean {
  const grid = [...cells.map((row, r) => [...row, rowTotals[r]!]), columnTotals];
  const lines = [...grid, ...grid[0]!.map((_, c) => grid.map((row) => row[c]!))];
  return lines.some((line) => line.filter((cell) => cell === SUPPRESSED).length === 1);
}

describe('small-cell suppression', () => {
  it('hides counts of 1 to 4, shows zeros and larger counts', () => {
    const result = suppress({ rows: ['2025'], columns: ['a', 'b', 'c'], counts: [[3, 0, 12]] });
    expect(result.cells[0]![0]).toBe(SUPPRESSED);
    expect(result.cells[0]![1]).toBe(0);
  });

  it('hides a second cell so that no hidden count follows from a total', () => {
    const counts = [
      [3, 10, 20],
      [8, 9, 30],
      [15, 2, 40],
    ];
    const result = suppress({ rows: ['r1', 'r2', 'r3'], columns: ['a', 'b', 'c'], counts });
    expect(recoverable(result.cells, result.rowTotals, result.columnTotals)).toBe(false);
    // The shown cells are the true counts.
    result.cells.forEach((row, r) => row.forEach((cell, c) => cell !== SUPPRESSED && expect(cell).toBe(counts[r]![c])));
  });

  it('holds for many random tables', () => {
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rnd() * 6);
      const columns = 1 + Math.floor(rnd() * 6);
      const counts = Array.from({ length: rows }, () => Array.from({ length: columns }, () => Math.floor(rnd() * 12)));
      const result = suppress({
        rows: counts.map((_, i) => String(i)),
        columns: counts[0]!.map((_, i) => String(i)),
        counts,
      });
      expect(recoverable(result.cells, result.rowTotals, result.columnTotals), JSON.stringify(counts)).toBe(false);
      result.cells.flat().forEach((cell) => cell !== SUPPRESSED && expect(cell === 0 || cell >= 5).toBe(true));
    }
  });
});
