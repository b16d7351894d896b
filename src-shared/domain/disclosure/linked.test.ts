import { describe, expect, it } from 'vitest';
import { unprotected } from './audit';
import { publishTable, type LabelledTable } from './coarsen';
import { publishLinked } from './linked';
import { isHiddenCell } from './marks';

const years = ['2024', '2025', '2026'];
// 3, 6 and 30 signals; the same years by age band (row totals 3, 6, 30).
const signals: LabelledTable = { rows: years, columns: ['n'], counts: [[3], [6], [30]], rowTotals: false };
const ages: LabelledTable = {
  rows: years,
  columns: ['<18', '18-22', '23+'],
  counts: [
    [0, 3, 0],
    [0, 6, 0],
    [8, 12, 10],
  ],
  rowTotals: true,
};

describe('tables that share their yearly totals', () => {
  it('hide a yearly total in every table once one of them hides it', () => {
    // Alone, the signals table hides a second year as "x" to protect 2024's "<5"; the age table
    // alone prints that year's total, which gives both away.
    const x = publishTable(signals).cells.findIndex((row) => row[0] === 'x');
    expect(x).toBeGreaterThan(0);
    expect(publishTable(ages).rowTotals![x]).toBe(signals.counts[x]![0]);
    const [s, a] = publishLinked([signals, ages]);
    expect(isHiddenCell(s!.cells[x]![0]!)).toBe(true);
    expect(isHiddenCell(a!.rowTotals![x]!)).toBe(true);
    // Each still passes its own audit.
    const grid = [...a!.cells.map((row, r) => [...row, a!.rowTotals![r]!]), [...a!.columnTotals, a!.grandTotal!]];
    expect(unprotected({ grid, rowTotals: true })).toEqual([]);
  });
});
