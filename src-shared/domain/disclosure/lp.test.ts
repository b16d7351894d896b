import { describe, expect, it } from 'vitest';
import { range, type LinearProgram } from './lp';

const lp = (lower: number[], upper: number[], equalities: LinearProgram['equalities']): LinearProgram => ({
  size: lower.length,
  lower,
  upper,
  equalities,
});

describe('the audit LP solver, on hand-worked problems', () => {
  it('finds the range of one of two counts with a known sum', () => {
    // x + y = 5, x in 1..4, y >= 0: x can be 1..4 (y 4..1), not 5 (x <= 4).
    const p = lp([1, 0], [4, Infinity], [{ vars: [0, 1], coefs: [1, 1], rhs: 5 }]);
    expect(range(p, 0)).toEqual({ min: 1, max: 4 });
    expect(range(p, 1)).toEqual({ min: 1, max: 4 });
  });

  it('narrows a count by the lower bound of its neighbour', () => {
    // x + y = 7, x in 1..4, y >= 5: x is 1 or 2.
    const p = lp([1, 5], [4, Infinity], [{ vars: [0, 1], coefs: [1, 1], rhs: 7 }]);
    expect(range(p, 0)).toEqual({ min: 1, max: 2 });
    expect(range(p, 1)).toEqual({ min: 5, max: 6 });
  });

  it('says when nothing fits and when a value has no upper limit', () => {
    const none = lp([1, 5], [4, Infinity], [{ vars: [0, 1], coefs: [1, 1], rhs: 5 }]);
    expect(range(none, 0)).toBeNull();
    // x - y = 0, both >= 5: from 5 up without end.
    const open = lp([5, 5], [Infinity, Infinity], [{ vars: [0, 1], coefs: [1, -1], rhs: 0 }]);
    expect(range(open, 0)).toEqual({ min: 5, max: Infinity });
  });

  it('solves a 2 x 2 table with all four cells hidden and a redundant equation', () => {
    // [[a, b], [c, d]] = [[1, 3], [2, 6]]; rows 4 and 8, columns 3 and 9. a, b, c are "<5" (1..4)
    // and d an "x" (>= 5). a + c = 3 with c >= 1 gives a <= 2; then b = 4 - a, c = 3 - a, d = 5 + a.
    const p = lp(
      [1, 1, 1, 5],
      [4, 4, 4, Infinity],
      [
        { vars: [0, 1], coefs: [1, 1], rhs: 4 },
        { vars: [2, 3], coefs: [1, 1], rhs: 8 },
        { vars: [0, 2], coefs: [1, 1], rhs: 3 },
        { vars: [1, 3], coefs: [1, 1], rhs: 9 },
      ],
    );
    expect(range(p, 0)).toEqual({ min: 1, max: 2 });
    expect(range(p, 1)).toEqual({ min: 2, max: 3 });
    expect(range(p, 3)).toEqual({ min: 6, max: 7 });
  });

  it('follows a chain of shifts through a 3 x 3 table', () => {
    // Hidden: a (row 0, col 0), b (row 0, col 1), c (row 1, col 1), d (row 1, col 2), e (row 2, col 2),
    // f (row 2, col 0): a cycle a-b-c-d-e-f. Row sums: a + b = 10, c + d = 10, e + f = 10;
    // column sums: a + f = 10, b + c = 10, d + e = 10. So c = e = a and b = d = f = 10 - a; with
    // a <= 4, a spans 0..4 and d 6..10.
    const p = lp(
      [0, 0, 0, 0, 0, 0],
      [4, Infinity, Infinity, Infinity, Infinity, Infinity],
      [
        { vars: [0, 1], coefs: [1, 1], rhs: 10 },
        { vars: [2, 3], coefs: [1, 1], rhs: 10 },
        { vars: [4, 5], coefs: [1, 1], rhs: 10 },
        { vars: [0, 5], coefs: [1, 1], rhs: 10 },
        { vars: [1, 2], coefs: [1, 1], rhs: 10 },
        { vars: [3, 4], coefs: [1, 1], rhs: 10 },
      ],
    );
    expect(range(p, 0)).toEqual({ min: 0, max: 4 });
    expect(range(p, 2)).toEqual({ min: 0, max: 4 });
    expect(range(p, 3)).toEqual({ min: 6, max: 10 });
  });
});
