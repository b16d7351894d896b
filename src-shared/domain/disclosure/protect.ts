// Disclosure control of one count table before it leaves the workstation (exports, the printed
// year report). Primary suppression hides every count of 1 to 4 ("<5"), totals included. Then,
// greedily, secondary cells ("x") are hidden until the audit (./audit) finds every hidden value
// protected: a reader holding the whole published table cannot narrow any hidden value to an
// interval narrower than PROTECTION_WIDTH. Candidates: the smallest cells in the same row or
// column as the unprotected one first, then other cells, then totals; then the surplus is pruned.
// When even hiding every total is not enough, the caller coarsens the table (./coarsen).
import { auditor, isProtected, type PublishedGrid } from './audit';
import { PRIMARY, PROTECTION_WIDTH, SECONDARY, SMALL_CELL, type PublishedCell } from './marks';

/** How many candidates to try per step for one that protects the open cell by itself. */
const LOOKAHEAD = 3;

export interface CountTable {
  /** counts[row][column] */
  counts: number[][];
  /** Whether the table prints a total per row (a table of one column does not: it would repeat it). */
  rowTotals: boolean;
  /** The number of columns, for a table without rows. */
  columns?: number;
  /**
   * Totals published elsewhere (the region totals beside the municipalities of that region):
   * never hidden to protect a cell; where that leaves no safe pattern, the caller coarsens.
   */
  fixedTotals?: boolean;
  /**
   * Per row: its total must be hidden, because a linked table (the same yearly totals) hides it
   * (a table without row totals: its single cell). See ./linked.
   */
  forcedRows?: boolean[];
}

export interface ProtectedTable {
  cells: PublishedCell[][];
  /** Per row; null when the table has no row totals. */
  rowTotals: PublishedCell[] | null;
  columnTotals: PublishedCell[];
  /** The grand total; null when the table has no row totals (then a single column's total is it). */
  grandTotal: PublishedCell | null;
  /** What the notes under the table must explain. */
  notes: {
    primary: boolean;
    secondary: boolean;
    /** A total had to be hidden as well. */
    totalsHidden: boolean;
  };
  /**
   * Null when the table is protected. Otherwise no pattern of hidden cells protects it (the marks
   * alone give too much away, as with a row of total 2 spread over two cells): the cell that
   * stays unprotected, and the table must be coarsened (see ./coarsen) instead of published.
   */
  unsafe: [number, number] | null;
}

type State = 'shown' | 'primary' | 'secondary';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The table with its margins as one grid (see PublishedGrid). */
export function withMargins(table: CountTable): number[][] {
  const { counts, rowTotals } = table;
  const columns = counts[0]?.length ?? table.columns ?? 0;
  const columnTotals = [...Array(columns).keys()].map((c) => sum(counts.map((row) => row[c] ?? 0)));
  if (!rowTotals) return [...counts.map((row) => [...row]), columnTotals];
  return [...counts.map((row) => [...row, sum(row)]), [...columnTotals, sum(columnTotals)]];
}

function publish(values: number[][], state: State[][]): PublishedCell[][] {
  return values.map((row, r) =>
    row.map((value, c) => {
      const s = state[r]![c]!;
      return s === 'primary' ? PRIMARY : s === 'secondary' ? SECONDARY : value;
    }),
  );
}

/**
 * The greedy pass hides more than needed; un-hide secondary cells again, largest first, wherever
 * the whole table stays protected without them.
 */
function prune(values: number[][], state: State[][], rowTotals: boolean, locked: Set<string>) {
  const secondary = values
    .flatMap((row, r) => row.map((value, c) => ({ r, c, value })))
    .filter(({ r, c }) => state[r]![c] === 'secondary' && !locked.has(`${r},${c}`))
    .sort((a, b) => b.value - a.value);
  for (const { r, c } of secondary) {
    state[r]![c] = 'shown';
    // The hidden cells in its row or column are the likeliest to suffer: audit them first.
    const hidden = state
      .flatMap((row, hr) => row.map((s, hc) => ({ hr, hc, s })))
      .filter(({ s }) => s !== 'shown')
      .sort((a, b) => Number(a.hr !== r && a.hc !== c) - Number(b.hr !== r && b.hc !== c));
    const interval = auditor({ grid: publish(values, state), rowTotals });
    const safe = hidden.every(({ hr, hc }) => isProtected(interval(hr, hc) ?? null));
    if (!safe) state[r]![c] = 'secondary';
  }
}

export function protectTable(table: CountTable): ProtectedTable {
  const values = withMargins(table);
  const lastRow = values.length - 1;
  const lastCol = (values[0]?.length ?? 1) - 1;
  const isTotal = (r: number, c: number) => r === lastRow || (table.rowTotals && c === lastCol);
  const state: State[][] = values.map((row) =>
    row.map((value) => (value > 0 && value < SMALL_CELL ? 'primary' : 'shown')),
  );
  const locked = new Set<string>();
  table.forcedRows?.forEach((forced, r) => {
    const c = lastCol; // the row total, or the single cell of a table without row totals
    if (forced && r < lastRow && state[r]![c] === 'shown' && values[r]![c]! > 0) {
      state[r]![c] = 'secondary';
      locked.add(`${r},${c}`);
    }
  });
  const grid = (): PublishedGrid => ({ grid: publish(values, state), rowTotals: table.rowTotals });
  // Hiding more only widens every interval, so a cell found protected stays protected.
  const safe = new Set<string>();
  let stuck: [number, number] | null = null;
  for (;;) {
    let open: [number, number] | null = null;
    const interval = auditor(grid());
    for (let r = 0; r <= lastRow && !open; r++) {
      for (let c = 0; c <= lastCol && !open; c++) {
        if (state[r]![c] === 'shown' || safe.has(`${r},${c}`)) continue;
        const found = interval(r, c) ?? null;
        if (isProtected(found)) safe.add(`${r},${c}`);
        else open = [r, c];
      }
    }
    if (!open) break;
    const [ur, uc] = open;
    const candidates = values
      .flatMap((row, r) => row.map((value, c) => ({ r, c, value })))
      .filter(({ r, c, value }) => state[r]![c] === 'shown' && value > 0 && !(table.fixedTotals && isTotal(r, c)))
      .map((cand) => ({
        ...cand,
        rank:
          (isTotal(cand.r, cand.c) ? 4 : 0) +
          (cand.r === ur || cand.c === uc ? 0 : 2) +
          // An "x" is known to be 5 or more: one below 5 + 3 cannot give way by 3.
          (cand.value >= SMALL_CELL + PROTECTION_WIDTH ? 0 : 1),
      }))
      .sort((a, b) => a.rank - b.rank || a.value - b.value);
    if (!candidates.length) {
      stuck = open;
      break;
    }
    // The first few candidates in order: the first that protects the open cell on its own, else
    // the first (more will follow in the next rounds).
    const tryFirst = candidates.slice(0, LOOKAHEAD).find(({ r, c }) => {
      state[r]![c] = 'secondary';
      const protects = isProtected(auditor(grid())(ur, uc) ?? null);
      state[r]![c] = 'shown';
      return protects;
    });
    const chosen = tryFirst ?? candidates[0]!;
    state[chosen.r]![chosen.c] = 'secondary';
  }
  if (!stuck) prune(values, state, table.rowTotals, locked);
  const published = publish(values, state);
  const rows = table.counts.length;
  const columns = table.counts[0]?.length ?? table.columns ?? 0;
  const flat = state.flat();
  return {
    cells: published.slice(0, rows).map((row) => row.slice(0, columns)),
    rowTotals: table.rowTotals ? published.slice(0, rows).map((row) => row[columns]!) : null,
    columnTotals: published[rows]!.slice(0, columns),
    grandTotal: table.rowTotals ? published[rows]![columns]! : null,
    notes: {
      primary: flat.includes('primary'),
      secondary: flat.includes('secondary'),
      totalsHidden: state.some((row, r) => row.some((s, c) => s !== 'shown' && isTotal(r, c))),
    },
    unsafe: stuck,
  };
}
