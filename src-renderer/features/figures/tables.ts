// Count matrices as tables: exact on screen; in the printed year report through disclosure control
// (src-shared/domain/disclosure), with the same rules as core's export. What a table hides, its
// chart may not show either: `shown` is null wherever the table says "<5" or "x", and `hidden`
// gives, per row, what the hidden cells add up to where the row total is printed, drawn as one
// hatched "niet gepubliceerd" segment so that each bar is as high as the total beside it.
import {
  disclosureNotes,
  isHiddenCell,
  publishLinked,
  publishPlacesWithTotal,
  publishTable,
  type LabelledTable,
  type Place,
  type PublishedTable,
  SMALL_CELL,
  type PublishedCell,
} from '../../../src-shared/domain/disclosure';
import type { Dashboard } from '../../../src-shared/ipc/figures';
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
  /** Footnotes under the printed table (i18n keys of common:figures.disclosure); none on screen. */
  notes?: string[];
}

export interface TableLabels {
  rowHeader: string;
  total: string;
}

/** The counts a chart may draw: all of them on screen, only the unsuppressed ones in print. */
export type ShownCounts = (number | null)[][];

/** A table and what its chart may draw. */
export interface Tabulated {
  table: TableModel;
  /** The row labels of the table (merged rows joined: "2016–2017"), the chart's axis. */
  rows: string[];
  /** Per table row and column: the count, or null where it is hidden. */
  shown: ShownCounts;
  /** Per table row: the total of its hidden cells where the row total is printed, else null. */
  hidden: (number | null)[];
  /** Per original row (year): whether the table shows it on its own and whole. */
  rowShown: boolean[];
}

const cell = (value: PublishedCell) => (isHiddenCell(value) ? value : formatNumber(value));
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

export function exactTabulated(matrix: CountMatrix, labels: TableLabels): Tabulated {
  return {
    table: exactTable(matrix, labels),
    rows: matrix.rows,
    shown: matrix.counts,
    hidden: matrix.rows.map(() => null),
    rowShown: matrix.rows.map(() => true),
  };
}

const labelled = (matrix: CountMatrix): LabelledTable => ({
  rows: matrix.rows,
  columns: matrix.columns.map((c) => c.label),
  counts: matrix.counts,
  rowTotals: withRowTotals(matrix),
});

/** The table as it may leave the workstation, and what its chart may draw. */
export function publishedTable(matrix: CountMatrix, labels: TableLabels): Tabulated {
  return tabulated(matrix, labels, publishTable(labelled(matrix)));
}

/**
 * Year tables whose row totals are the same yearly counts (signals; by age band, ideology,
 * severity), published together so that none prints a total another hides.
 */
export function publishedLinkedTables(matrices: CountMatrix[], labels: TableLabels): Tabulated[] {
  const results = publishLinked(matrices.map(labelled));
  return matrices.map((matrix, i) => tabulated(matrix, labels, results[i]!));
}

function tabulated(matrix: CountMatrix, labels: TableLabels, result: PublishedTable): Tabulated {
  const rowTotals = withRowTotals(matrix);
  const shown = result.cells.map((row) => row.map((value) => (isHiddenCell(value) ? null : value)));
  const rowShown = matrix.rows.map(() => false);
  result.rowGroups.forEach((group, r) => {
    if (group.length === 1 && shown[r]!.every((value) => value !== null)) rowShown[group[0]!] = true;
  });
  return {
    table: {
      rowHeader: labels.rowHeader,
      columns: [...result.columns, ...(rowTotals ? [labels.total] : [])],
      rows: result.rows.map((label, r) => ({
        label,
        cells: [...result.cells[r]!, ...(rowTotals ? [result.rowTotals![r]!] : [])].map(cell),
      })),
      totals: {
        label: labels.total,
        cells: [...result.columnTotals, ...(rowTotals ? [result.grandTotal!] : [])].map(cell),
      },
      notes: disclosureNotes(result),
    },
    rows: result.rows,
    shown,
    hidden: result.cells.map((row, r) => {
      const total = result.rowTotals?.[r];
      if (typeof total !== 'number' || !row.some(isHiddenCell)) return null;
      return total - sum(row.map((value) => (typeof value === 'number' ? value : 0)));
    }),
    rowShown,
  };
}

/**
 * Municipalities as they may leave the workstation: protected per region, because the region
 * table beside them gives each region's sum (src-shared/domain/disclosure/places).
 */
export function publishedPlacesTable(
  places: readonly Place[],
  labels: TableLabels,
  column: string,
  yearTotal: PublishedCell | null = null,
): Tabulated {
  // The total as the year tables print it (hidden there: hidden here), and never one that gives a
  // hidden municipality away (publishPlacesWithTotal: the same rule as the published figures).
  const result = publishPlacesWithTotal(places, yearTotal);
  return {
    table: {
      rowHeader: labels.rowHeader,
      columns: [column],
      rows: result.rows.map((label, r) => ({ label, cells: [cell(result.cells[r]!)] })),
      totals: { label: labels.total, cells: [cell(result.total)] },
      notes: result.notes,
    },
    rows: result.rows,
    shown: result.cells.map((value) => [isHiddenCell(value) ? null : value]),
    hidden: result.rows.map(() => null),
    rowShown: places.map(() => false),
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
 * published age table shows that year on its own with every count), a year with fewer than 5 signals shows no
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
