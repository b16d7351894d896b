// Handlers for audit:* (beheerder): search, verify and export the audit log.
import { formatDateTime, isoDay } from '../../../src-shared/domain/format';
import { auditActionText } from '../../../src-shared/i18n/audit-actions';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import { toCsv } from '../export/csv';
import { plain, tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { entryViews } from './entry-views';
import { scopeOf } from './shred';

// The stored fields as written (the hash covers them), with the readable ones beside them: the
// account's name, the action's description, the object's name (issue 21 item 1).
const CSV_HEADER = [
  'nr',
  'tijdstip',
  'gebruiker',
  'actie',
  'naam gebruiker',
  'omschrijving',
  'soort',
  'objecttype',
  'object',
  'objectnaam',
  'resultaat',
  'reden',
  'hash',
];

/** The object's name as the export writes it: kept in the row, read now (older rows), or gone. */
function objectName(view: AuditEntryView): string | null {
  if (view.objectLabelState === 'stored') return view.objectLabel;
  if (view.objectLabelState === 'current')
    return formatMessage('nl', 'auditLog.objectNow', { label: view.objectLabel! });
  if (view.objectLabelState === 'gone') return formatMessage('nl', 'auditLog.objectGone');
  return null;
}

export function auditHandlers({
  clock,
  platform,
  db,
}: Pick<WorkspaceParts, 'clock' | 'platform' | 'db'>): Pick<Handlers, 'audit:query' | 'audit:verify' | 'audit:export'> {
  return {
    'audit:query': tx(async (input, ctx) => {
      const { audit } = db.requireOpen();
      const { total, entries } = await audit.query(ctx.manager, input.filter, input.offset, input.limit);
      return { total, entries: await entryViews(ctx.manager, entries) };
    }),
    // Plain: what was committed is linked first, in the linker's own transaction, then checked.
    'audit:verify': plain(async (_input, ctx) => {
      const { audit } = db.requireOpen();
      await audit.link();
      const result = await ctx.read((manager) => audit.verify(manager));
      ctx.note({ objectType: 'audit', details: { ok: result.ok, checked: result.checked } });
      return result;
    }),
    'audit:export': plain(async (input, ctx) => {
      // An export of one casus's, person's, trajectory's or meeting's trail is recorded on that
      // object, so its reason ("Auditspoor voor het inzageverzoek van …") is sealed under that
      // object's key and goes with its destruction (see shred.ts). Noted first, so a failed
      // export's entry is sealed the same way.
      ctx.note(
        scopeOf(input.filter.objectType, input.filter.objectId)
          ? { objectType: input.filter.objectType, objectId: input.filter.objectId }
          : { objectType: 'audit' },
      );
      const { audit } = db.requireOpen();
      await audit.link();
      const { entries, views } = await ctx.read(async (manager) => {
        const all = await audit.all(manager, input.filter);
        return { entries: all, views: await entryViews(manager, all) };
      });
      const csv = toCsv(
        CSV_HEADER,
        // `nr` is the place in the chain, which the hash covers (the same as the row's id on SQLite).
        entries.map((e, index) => [
          e.chainPosition,
          formatDateTime(e.at, true),
          e.actorName,
          e.action,
          views[index]!.actorDisplayName,
          auditActionText('nl', e.action),
          e.kind,
          e.objectType,
          e.objectId,
          objectName(views[index]!),
          e.result,
          e.reason,
          e.hash,
        ]),
      );
      const saved = await platform.files.saveAs(`auditlog-${isoDay(clock.now())}.csv`, csv, 'csv');
      ctx.note({ details: { count: entries.length, saved: saved.saved } });
      return { saved: saved.saved, fileName: saved.fileName ?? null, count: entries.length };
    }),
  };
}
