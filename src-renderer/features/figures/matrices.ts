// The dashboard as count matrices (rows x categories): one shape for every chart and table, on
// screen with exact counts and in the printed year report through small-cell suppression.
import { AGE_BANDS, type AgeBand } from '../../../src-shared/domain/age';
import { CASE_OUTCOMES } from '../../../src-shared/domain/casus';
import type { ListValue } from '../../../src-shared/ipc/lists';
import type { Dashboard, PlaceCount, YearFigures } from '../../../src-shared/ipc/figures';

export interface Category {
  code: string;
  label: string;
}

export interface CountMatrix {
  /** Row labels: years, or the names of places. */
  rows: string[];
  columns: Category[];
  /** counts[row][column] */
  counts: number[][];
}

/** The age bands in stack order, the unknown ages last. */
export const AGE_COLUMNS: readonly AgeBand[] = [...AGE_BANDS, 'onbekend'];

const yearLabels = (dashboard: Dashboard) => dashboard.years.map((y) => String(y.year));

/**
 * The categories of a configurable list in the beheerder's order: the active values, and any
 * other value that occurs in the period (an inactive one, or a code no longer in the list).
 */
export function listCategories(
  dashboard: Dashboard,
  field: 'ideologie' | 'ernst',
  values: readonly ListValue[],
): Category[] {
  const seen = new Set(dashboard.years.flatMap((year) => Object.keys(year[field])));
  const listed = values.filter((value) => value.active || seen.has(value.code));
  const known = new Set(values.map((value) => value.code));
  return [
    ...listed.map((value) => ({ code: value.code, label: value.label })),
    ...[...seen].filter((code) => !known.has(code)).map((code) => ({ code, label: code })),
  ];
}

export function outcomeCategories(label: (code: string) => string): Category[] {
  return CASE_OUTCOMES.map((code) => ({ code, label: label(code) }));
}

/** Years x categories of one field of the year figures. */
export function yearMatrix(
  dashboard: Dashboard,
  field: 'ideologie' | 'ernst' | 'outcomes',
  columns: Category[],
): CountMatrix {
  return {
    rows: yearLabels(dashboard),
    columns,
    counts: dashboard.years.map((year) => columns.map((column) => year[field][column.code] ?? 0)),
  };
}

export function signalsMatrix(dashboard: Dashboard, label: string): CountMatrix {
  return {
    rows: yearLabels(dashboard),
    columns: [{ code: 'signals', label }],
    counts: dashboard.years.map((year) => [year.signals]),
  };
}

export function ageBandMatrix(dashboard: Dashboard, label: (band: AgeBand) => string): CountMatrix {
  return {
    rows: yearLabels(dashboard),
    columns: AGE_COLUMNS.map((band) => ({ code: band, label: label(band) })),
    counts: dashboard.years.map((year: YearFigures) => AGE_COLUMNS.map((band) => year.ageBands[band])),
  };
}

/**
 * Places (municipalities or regions) with the number of signals: most first, or by name. Printed
 * tables are by name: in an order by count a hidden count would be given away by its neighbours.
 */
export function placeMatrix(places: readonly PlaceCount[], label: string, byName = false): CountMatrix {
  const ordered = byName ? [...places].sort((a, b) => a.name.localeCompare(b.name, 'nl')) : places;
  return {
    rows: ordered.map((place) => place.name),
    columns: [{ code: 'signals', label }],
    counts: ordered.map((place) => [place.count]),
  };
}

/** Leaves out the rows without any count (a chart of 34 municipalities shows those that had signals). */
export function withoutEmptyRows(matrix: CountMatrix): CountMatrix {
  const keep = matrix.counts.map((row) => row.some((count) => count > 0));
  return {
    rows: matrix.rows.filter((_, r) => keep[r]),
    columns: matrix.columns,
    counts: matrix.counts.filter((_, r) => keep[r]),
  };
}
