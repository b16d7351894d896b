// Which footnotes a published table needs, as i18n keys of the shared `figures.disclosure` section:
// every table that uses a mark, hides a total or merges rows or columns says so under it.
import type { PublishedTable } from './coarsen';

export function disclosureNotes(table: PublishedTable): string[] {
  return [
    ...(table.notes.primary ? ['figures.disclosure.primary'] : []),
    ...(table.notes.secondary ? ['figures.disclosure.secondary'] : []),
    ...(table.notes.totalsHidden ? ['figures.disclosure.totals'] : []),
    ...(table.merged.rows ? ['figures.disclosure.mergedRows'] : []),
    ...(table.merged.columns ? ['figures.disclosure.mergedColumns'] : []),
  ];
}
