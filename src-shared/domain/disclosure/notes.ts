// Which footnotes a published table needs, as i18n keys of the shared `stats.disclosure` section:
// every table that uses a mark, hides a total or merges rows or columns says so under it.
import type { PublishedTable } from './coarsen';

export function disclosureNotes(table: PublishedTable): string[] {
  return [
    ...(table.notes.primary ? ['stats.disclosure.primary'] : []),
    ...(table.notes.secondary ? ['stats.disclosure.secondary'] : []),
    ...(table.notes.totalsHidden ? ['stats.disclosure.totals'] : []),
    ...(table.merged.rows ? ['stats.disclosure.mergedRows'] : []),
    ...(table.merged.columns ? ['stats.disclosure.mergedColumns'] : []),
  ];
}
