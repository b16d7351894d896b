// Count matrices as tables: exact on screen; in the printed year report through small-cell
// suppression (src-shared/domain/suppression), with the same rules as core's export. What a table
// hides, its chart may not show either: `shown` is null wherever the table says "<5".
import { SMALL_CELL, SUPPRESSED, suppress, type Cell } from '../../../src-shared/domain/suppression';
import type { Dashboard } from '../../../src-shared/ipc/stats';
import type { CountMatrix } from './matrices';
import { formatMedian, formatNumber, formatShare } from './numbers';

export interface TableRow {
  label: string;
  cells: string[];
}

export interface TableModel {
  /** The heading of the first column (Jaar, Gemeente, ...). */
  rowHeader: string;
  columns: string[];
  rows: TableRow[];
  /** The row of column totals, when the table has one. */
  totals: TableRow | null;
}

export interface TableLabels {
  rowHeader: string;
  total: string;
}

/** The counts a chart may draw: all of them on screen, only the unsuppressed ones in print. */
export type ShownCounts = (number | null)[][];

const cell = (value: Cell) => (value === SUPPRESSED ? SUPPRESSED : formatNumber(value));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A single column needs no row totals: they would repeat it. */
const withRowTotals = (matrix: CountMatrix) => matrix.columns.length > 1;

export function exactTable(matrix: CountMatrix, labels: TableLabels): TableModel {
  const rowTotals = withRowTotals(matrix);
  const columnTotals = matrix.columns.map((_, c) => sum(matrix.counts.map((row) => row[c] ?? 0)));
  const grand = sum(columnTotals);
  return {
    rowHeader: labels.rowHeader,
    columns: [...matrix.columns.map((c) => c.label), ...(rowTotals ? [labels.total] : [])],
    rows: matrix.rows.map((label, r) => {
      const counts = matrix.counts[r] ?? [];
      return { label, cells: [...counts, ...(rowTotals ? [sum(counts)] : [])].map(formatNumber) };
    }),
    totals: { label: labels.total, cells: [...columnTotals, ...(rowTotals ? [grand] : [])].map(formatNumber) },
  };
}

export function suppressedTable(matrix: CountMatrix, labels: TableLabels): { table: TableModel; shown: ShownCounts } {
  const result = suppress({ rows: matrix.rows, columns: matrix.columns.map((c) => c.code), counts: matrix.counts });
  const rowTotals = withRowTotals(matrix);
  const grand = result.columnTotals.at(-1)!;
  return {
    table: {
      rowHeader: labels.rowHeader,
      columns: [...matrix.columns.map((c) => c.label), ...(rowTotals ? [labels.total] : [])],
      rows: matrix.rows.map((label, r) => ({
        label,
        cells: [...result.cells[r]!, ...(rowTotals ? [result.rowTotals[r]!] : [])].map(cell),
      })),
      totals: {
        label: labels.total,
        cells: (rowTotals ? result.columnTotals : [grand]).map(cell),
      },
    },
    shown: result.cells.map((row) => row.map((value) => (value === SUPPRESSED ? null : value))),
  };
}

export interface AgeSummaryRow {
  year: string;
  median: string;
  /** The median as a number for the chart, null where it is unknown or may not be shown. */
  medianValue: number | null;
  estimated: boolean;
  minorsShare: string;
  minorsShareValue: number | null;
}

/**
 * Median age and share of minors per year. In print (`bandsShown` given: per year, whether the
 * suppressed age table shows every count of that year), a year with fewer than 5 signals shows no
 * median, as in core's export, and a share only where the year's age counts are all shown: with
 * the number of known ages the share would otherwise give a hidden count away.
 */
export function ageSummary(dashboard: Dashboard, bandsShown?: boolean[]): AgeSummaryRow[] {
  return dashboard.years.map((y, r) => {
    const median = !bandsShown || y.signals >= SMALL_CELL ? y.ageMedian : null;
    const share = !bandsShown || bandsShown[r] === true ? y.minorsShare : null;
    return {
      year: String(y.year),
      median: formatMedian(median, y.ageMedianEstimated),
      medianValue: median,
      estimated: y.ageMedianEstimated,
      minorsShare: formatShare(share),
      minorsShareValue: share,
    };
  });
}

/** Per row: whether the suppressed table shows all of its counts (its total included). */
export function rowsFullyShown(table: TableModel): boolean[] {
  return table.rows.map((row) => !row.cells.includes(SUPPRESSED));
}
