// The entry point of disclosure control for a labelled table: protect it (./protect) and, where
// no pattern of hidden cells is safe, coarsen it — merge the row (a year, a place) or the column
// (an age band, a category) that cannot be protected with its smaller neighbour — and try again.
// Merging ends at one cell, which is always safe, so a safe table always comes out.
import { protectTable, type ProtectedTable } from './protect';

export interface LabelledTable {
  rows: string[];
  columns: string[];
  /** counts[row][column] */
  counts: number[][];
  rowTotals: boolean;
  /** See CountTable.fixedTotals. */
  fixedTotals?: boolean;
  /** See CountTable.forcedRows (per original row). */
  forcedRows?: boolean[];
}

export interface PublishedTable extends ProtectedTable {
  /** The published rows and columns: merged ones carry the joined labels. */
  rows: string[];
  columns: string[];
  /** For each published row (column), the indices of the original rows (columns) it holds. */
  rowGroups: number[][];
  columnGroups: number[][];
  merged: { rows: boolean; columns: boolean };
}

export interface JoinLabels {
  rows: (first: string, last: string) => string;
  columns: (first: string, last: string) => string;
}

const DEFAULT_JOIN: JoinLabels = {
  rows: (first, last) => `${first}–${last}`,
  columns: (first, last) => `${first} / ${last}`,
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Merges group `at` with its neighbour with the smaller total (the one before on a tie). */
function mergeAt(groups: number[][], totals: number[], at: number): number[][] {
  const before = at > 0 ? totals[at - 1]! : Infinity;
  const after = at < groups.length - 1 ? totals[at + 1]! : Infinity;
  const other = before <= after ? at - 1 : at + 1;
  const [low, high] = other < at ? [other, at] : [at, other];
  return [...groups.slice(0, low), [...groups[low]!, ...groups[high]!], ...groups.slice(high + 1)];
}

export function publishTable(table: LabelledTable, join: JoinLabels = DEFAULT_JOIN): PublishedTable {
  let rowGroups = table.rows.map((_, r) => [r]);
  let columnGroups = table.columns.map((_, c) => [c]);
  for (;;) {
    const counts = rowGroups.map((rows) =>
      columnGroups.map((columns) => sum(rows.flatMap((r) => columns.map((c) => table.counts[r]?.[c] ?? 0)))),
    );
    const result = protectTable({
      counts,
      rowTotals: table.rowTotals,
      columns: columnGroups.length,
      fixedTotals: table.fixedTotals ?? false,
      forcedRows: rowGroups.map((group) => group.some((r) => table.forcedRows?.[r] === true)),
    });
    if (!result.unsafe) {
      const label = (labels: string[], groups: number[][], how: (a: string, b: string) => string) =>
        groups.map((g) => (g.length === 1 ? labels[g[0]!]! : how(labels[g[0]!]!, labels[g.at(-1)!]!)));
      return {
        ...result,
        rows: label(table.rows, rowGroups, join.rows),
        columns: label(table.columns, columnGroups, join.columns),
        rowGroups,
        columnGroups,
        merged: {
          rows: rowGroups.length < table.rows.length,
          columns: columnGroups.length < table.columns.length,
        },
      };
    }
    const [r, c] = result.unsafe;
    // One cell is always safe: its value and its totals are the same count.
    if (rowGroups.length === 1 && columnGroups.length === 1) throw new Error('disclosure: a single cell is unsafe');
    const rowTotals = counts.map(sum);
    const columnTotals = columnGroups.map((_, k) => sum(counts.map((row) => row[k]!)));
    if (r < rowGroups.length && rowGroups.length > 1) rowGroups = mergeAt(rowGroups, rowTotals, r);
    else if (c < columnGroups.length && columnGroups.length > 1) columnGroups = mergeAt(columnGroups, columnTotals, c);
    else if (rowGroups.length > 1) rowGroups = mergeAt(rowGroups, rowTotals, rowTotals.indexOf(Math.min(...rowTotals)));
    else columnGroups = mergeAt(columnGroups, columnTotals, columnTotals.indexOf(Math.min(...columnTotals)));
  }
}
