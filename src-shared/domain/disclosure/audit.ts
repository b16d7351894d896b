// The disclosure audit: what a reader holding a published table (its cells, its row, column and
// grand totals, and what the marks say) can work out about each hidden value. For every hidden cell
// it computes the least and the greatest value consistent with everything published — the
// interval a careful reader could narrow it to — by linear programming over the table's sums.
// The reader knows a "<5" is 1 to 4 (zeros are printed as 0) and an "x" is 5 or more.
import { ranger, type Interval, type LinearProgram } from './lp';
import { PRIMARY, PROTECTION_WIDTH, SECONDARY, SMALL_CELL, type PublishedCell } from './marks';

/**
 * A table with its margins as one grid: rows x columns of cells, then (when the table has row
 * totals) a last column of row totals; a last row of column totals (and the grand total).
 */
export interface PublishedGrid {
  grid: PublishedCell[][];
  /** Whether the last column holds row totals. Without it only the column sums bind. */
  rowTotals: boolean;
}

export type { Interval };

const isHidden = (cell: PublishedCell) => cell === PRIMARY || cell === SECONDARY;

function program(published: PublishedGrid): { lp: LinearProgram; index: Map<string, number> } {
  const { grid, rowTotals } = published;
  const index = new Map<string, number>();
  const lower: number[] = [];
  const upper: number[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!isHidden(cell)) return;
      index.set(`${r},${c}`, lower.length);
      lower.push(cell === PRIMARY ? 1 : SMALL_CELL);
      upper.push(cell === PRIMARY ? SMALL_CELL - 1 : Infinity);
    }),
  );
  const equalities: LinearProgram['equalities'] = [];
  // A line: its parts sum to its total.
  const line = (parts: [number, number][], total: [number, number]) => {
    const vars: number[] = [];
    const coefs: number[] = [];
    let rhs = 0;
    const add = ([r, c]: [number, number], sign: number) => {
      const cell = grid[r]![c]!;
      const v = index.get(`${r},${c}`);
      if (v === undefined) rhs -= sign * (cell as number);
      else {
        vars.push(v);
        coefs.push(sign);
      }
    };
    parts.forEach((p) => add(p, 1));
    add(total, -1);
    if (vars.length) equalities.push({ vars, coefs, rhs });
  };
  const lastRow = grid.length - 1;
  const width = grid[0]!.length;
  const innerWidth = rowTotals ? width - 1 : width;
  if (rowTotals) {
    for (let r = 0; r <= lastRow; r++) {
      line(
        [...Array(innerWidth).keys()].map((c) => [r, c]),
        [r, width - 1],
      );
    }
  }
  for (let c = 0; c < width; c++) {
    line(
      [...Array(lastRow).keys()].map((r) => [r, c]),
      [lastRow, c],
    );
  }
  return { lp: { size: lower.length, lower, upper, equalities }, index };
}

/**
 * The interval of one hidden cell at a time (undefined for a shown cell); null when the published
 * table is inconsistent (no values fit it at all). The program is set up once for all calls.
 */
export function auditor(published: PublishedGrid): (r: number, c: number) => Interval | null | undefined {
  const { lp, index } = program(published);
  const range = ranger(lp);
  return (r, c) => {
    const v = index.get(`${r},${c}`);
    return v === undefined ? undefined : range(v);
  };
}

/** The interval of every hidden cell, keyed "r,c". */
export function intervals(published: PublishedGrid): Map<string, Interval | null> {
  const interval = auditor(published);
  const result = new Map<string, Interval | null>();
  published.grid.forEach((row, r) =>
    row.forEach((_, c) => {
      const found = interval(r, c);
      if (found !== undefined) result.set(`${r},${c}`, found);
    }),
  );
  return result;
}

/** Whether an interval protects its cell: the reader cannot narrow it below the protection width. */
export function isProtected(interval: Interval | null): boolean {
  return interval !== null && interval.max - interval.min >= PROTECTION_WIDTH;
}

/** The hidden cells a reader can narrow too far (empty when the table is safe). */
export function unprotected(published: PublishedGrid): { cell: [number, number]; interval: Interval | null }[] {
  return [...intervals(published)]
    .filter(([, interval]) => !isProtected(interval))
    .map(([key, interval]) => ({ cell: key.split(',').map(Number) as [number, number], interval }));
}
