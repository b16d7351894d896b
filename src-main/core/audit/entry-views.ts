// Audit entries as the screen, the printed sheet and the CSV export show them: with the account's
// display name beside the login name, and each object's human name. A row written since 0024 keeps
// its object's name (`stored`); for an older row the name is read now (`current`), and an object
// that no longer exists — a destroyed casus, a removed meeting — reads as removed (`gone`). One
// query per object type and one for the accounts, whatever the number of rows.
import type { EntityManager } from 'typeorm';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import type { AuditKind } from '../../../src-shared/ipc/channel';
import type { AuditEntry } from '../db/entities/audit-entry';
import { list, query, sql } from '../db/sql';
import { currentLabels, isLabelled, labelKey } from './object-labels';

/** The display names of the accounts that acted in `entries`. */
async function displayNames(manager: EntityManager, entries: readonly AuditEntry[]): Promise<Map<number, string>> {
  const ids = [...new Set(entries.map((e) => e.actorId).filter((id): id is number => id !== null))];
  const names = new Map<number, string>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await query<{ id: number; name: string }>(
      manager,
      sql`SELECT id AS "id", display_name AS "name" FROM account WHERE id IN ${list(ids.slice(start, start + 500))}`,
    );
    for (const row of rows) names.set(Number(row.id), row.name);
  }
  return names;
}

export async function entryViews(manager: EntityManager, entries: readonly AuditEntry[]): Promise<AuditEntryView[]> {
  const older = entries.filter((e) => e.objectLabel === null && isLabelled(e.objectType) && e.objectId !== null);
  // One after the other: a PostgreSQL connection runs one query at a time.
  const labels = await currentLabels(manager, older);
  const names = await displayNames(manager, entries);
  return entries.map((entry) => {
    let objectLabel = entry.objectLabel;
    let objectLabelState: AuditEntryView['objectLabelState'] = objectLabel === null ? null : 'stored';
    if (objectLabel === null && isLabelled(entry.objectType) && entry.objectId !== null) {
      objectLabel = labels.get(labelKey(entry)!) ?? null;
      objectLabelState = objectLabel === null ? 'gone' : 'current';
    }
    return {
      id: entry.id,
      at: entry.at,
      actorId: entry.actorId,
      actorName: entry.actorName,
      actorDisplayName: entry.actorId === null ? null : (names.get(entry.actorId) ?? null),
      action: entry.action,
      kind: entry.kind as AuditKind,
      objectType: entry.objectType,
      objectId: entry.objectId,
      objectLabel,
      objectLabelState,
      result: entry.result,
      reason: entry.reason,
    };
  });
}
