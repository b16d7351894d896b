import { describe, expect, it } from 'vitest';
import { unprotected } from './audit';
import { publishTable } from './coarsen';
import { PRIMARY as P, SECONDARY as X } from './marks';

describe('publishing a labelled table', () => {
  it('hides a lone small count with a secondary cell marked x, never <5 on a count of 5 or more', () => {
    const table = publishTable({
      rows: ['2024', '2025'],
      columns: ['a', 'b', 'c'],
      counts: [
        [3, 12, 20],
        [9, 14, 30],
      ],
      rowTotals: true,
    });
    expect(table.cells[0]![0]).toBe(P);
    expect(table.cells.flat().filter((c) => c === X).length).toBeGreaterThan(0);
    expect(table.notes).toMatchObject({ primary: true, secondary: true });
    const grid = [
      ...table.cells.map((row, r) => [...row, table.rowTotals![r]!]),
      [...table.columnTotals, table.grandTotal!],
    ];
    expect(unprotected({ grid, rowTotals: true })).toEqual([]);
    expect(table.merged).toEqual({ rows: false, columns: false });
  });

  it('merges a year whose two small counts the marks alone would give away', () => {
    // 2016: 1 and 1 (total 2): whatever is hidden, "<5" + "<5" = "<5" narrows each to 1..3.
    const table = publishTable({
      rows: ['2016', '2017', '2018'],
      columns: ['a', 'b'],
      counts: [
        [1, 1],
        [10, 12],
        [20, 25],
      ],
      rowTotals: true,
    });
    expect(table.merged.rows).toBe(true);
    expect(table.rows[0]).toBe('2016–2017');
    expect(table.rowGroups[0]).toEqual([0, 1]);
    expect(table.cells[0]).toEqual([11, 13]);
  });

  it('prints zeros as 0 and leaves a table without small counts alone', () => {
    const table = publishTable({ rows: ['x'], columns: ['a', 'b'], counts: [[0, 7]], rowTotals: true });
    expect(table.cells).toEqual([[0, 7]]);
    expect(table.notes).toMatchObject({ primary: false, secondary: false, totalsHidden: false });
  });

  it('handles an empty table', () => {
    const table = publishTable({ rows: [], columns: ['signals'], counts: [], rowTotals: false });
    expect(table.cells).toEqual([]);
    expect(table.columnTotals).toEqual([0]);
  });
});
