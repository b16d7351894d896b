// Tables that share their row totals (signals per year, and per year by age band, ideology and
// severity: every signal has one of each, so each row total is that year's number of signals).
// A yearly total hidden in one table but printed in another would give its cells away, so the
// tables are published together: a total hidden in any of them is hidden in all, and they are
// protected again until no table hides one more.
import { publishTable, type LabelledTable, type PublishedTable } from './coarsen';
import { isHiddenCell } from './marks';

/** Per original row: whether the published table hides its total (or its single cell). */
function hiddenRows(table: LabelledTable, published: PublishedTable): boolean[] {
  const hidden = table.rows.map(() => false);
  published.rowGroups.forEach((group, g) => {
    const total = published.rowTotals ? published.rowTotals[g]! : published.cells[g]![0]!;
    if (isHiddenCell(total)) group.forEach((r) => (hidden[r] = true));
  });
  return hidden;
}

/** Publishes tables with the same rows whose row totals (or single cells) are the same counts. */
export function publishLinked(tables: LabelledTable[]): PublishedTable[] {
  let forced = (tables[0]?.rows ?? []).map(() => false);
  for (;;) {
    const published = tables.map((table) => publishTable({ ...table, forcedRows: forced }));
    const next = forced.map((was, r) => was || tables.some((table, t) => hiddenRows(table, published[t]!)[r]));
    if (next.every((value, r) => value === forced[r])) return published;
    forced = next;
  }
}
