import { describe, expect, it } from 'vitest';
import { intervals, unprotected, type PublishedGrid } from './audit';
import { PRIMARY as P, SECONDARY as X } from './marks';

describe('the disclosure audit (what a reader can work out)', () => {
  it('solves a lone hidden cell in a row exactly from the row total', () => {
    const grid: PublishedGrid = {
      grid: [
        [P, 20, 23],
        [P, 20, 23],
      ],
      rowTotals: true,
    };
    expect(intervals(grid).get('0,0')).toEqual({ min: 3, max: 3 });
    // Its column total (the same count) too.
    expect(unprotected(grid)).toHaveLength(2);
  });

  it('uses what the marks say: an "x" is at least 5, so a "<5" beside it can be narrowed', () => {
    // [[2, 5], [9, 12]] with 2 "<5" and the rest "x": a + b = 7 and b >= 5 give a in 1..2.
    const grid: PublishedGrid = {
      grid: [
        [P, X, 7],
        [X, X, 21],
        [11, 17, 28],
      ],
      rowTotals: true,
    };
    expect(intervals(grid).get('0,0')).toEqual({ min: 1, max: 2 });
    expect(unprotected(grid).map((u) => u.cell)).toContainEqual([0, 0]);
  });

  it('finds a rectangle of hidden cells safe when every cell can shift by 3', () => {
    // [[3, 8], [9, 12]]: a + b = 11, c + d = 21, a + c = 12, b + d = 20; a spans 1..4.
    const grid: PublishedGrid = {
      grid: [
        [P, X, 11],
        [X, X, 21],
        [12, 20, 32],
      ],
      rowTotals: true,
    };
    expect(intervals(grid).get('0,0')).toEqual({ min: 1, max: 4 });
    expect(intervals(grid).get('1,1')).toEqual({ min: 10, max: 13 });
    expect(unprotected(grid)).toEqual([]);
  });

  it('reports an inconsistent table (no values fit) as unprotected', () => {
    const grid: PublishedGrid = {
      grid: [
        [P, 20, 30],
        [P, 20, 30],
      ],
      rowTotals: true,
    };
    expect(intervals(grid).get('0,0')).toBeNull();
  });

  it('binds only the column sums in a table without row totals', () => {
    const grid: PublishedGrid = { grid: [[P], [X], [40], [50]], rowTotals: false };
    expect(intervals(grid).get('0,0')).toEqual({ min: 1, max: 4 });
    expect(intervals(grid).get('1,0')).toEqual({ min: 6, max: 9 });
  });
});
