// Column priorities for tables in narrow windows: every column says how much it matters; the
// narrower the table, the more of the lesser columns step back (DataTable then shows their facts
// stacked in the row's first cell, so nothing is out of reach).

/** 1: always shown; 2: hidden in a narrow table; 3: hidden first. */
export type Priority = 1 | 2 | 3;

/** The narrowest table (in CSS pixels) in which a column of each priority is still shown. */
export const PRIORITY_WIDTHS: Readonly<Record<Priority, number>> = { 1: 0, 2: 560, 3: 840 };

/**
 * The columns shown in a table this wide, in their order. A width not yet measured (null) shows
 * them all; so does a table that keeps every column (a printed sheet).
 */
export function shownColumns<C extends { priority?: Priority }>(
  columns: readonly C[],
  width: number | null,
  widths: Readonly<Record<Priority, number>> = PRIORITY_WIDTHS,
): C[] {
  if (width === null) return [...columns];
  return columns.filter((column) => width >= widths[column.priority ?? 1]);
}
