// Handlers for audit:* (beheerder): search, verify and export the audit log.
import { formatDateTime, isoDay } from '../../../src-shared/domain/format';
import { toCsv } from '../export/csv';
import { plain, tx, type Handlers } from '../handlers';
import type { Workspace } from '../workspace';
import { toView } from './audit-log';

const CSV_HEADER = [
  'nr',
  'tijdstip',
  'gebruiker',
  'actie',
  'soort',
  'objecttype',
  'object',
  'resultaat',
  'reden',
  'hash',
];

export function auditHandlers(ws: Workspace): Pick<Handlers, 'audit:query' | 'audit:verify' | 'audit:export'> {
  return {
    'audit:query': tx(async (input) => {
      const { audit } = ws.requireOpen();
      const { total, entries } = await audit.query(input.filter, input.offset, input.limit);
      return { total, entries: entries.map(toView) };
    }),
    'audit:verify': tx(async (_input, ctx) => {
      const result = await ws.requireOpen().audit.verify();
      ctx.note({ objectType: 'audit', details: { ok: result.ok, checked: result.checked } });
      return result;
    }),
    'audit:export': plain(async (input, ctx) => {
      const entries = await ctx.read(() => ws.requireOpen().audit.all(input.filter));
      const csv = toCsv(
        CSV_HEADER,
        entries.map((e) => [
          e.id,
          formatDateTime(e.at, true),
          e.actorName,
          e.action,
          e.kind,
          e.objectType,
          e.objectId,
          e.result,
          e.reason,
          e.hash,
        ]),
      );
      const saved = await ws.platform.files.saveAs(`auditlog-${isoDay(ws.clock.now())}.csv`, csv, 'csv');
      ctx.note({ objectType: 'audit', details: { count: entries.length, saved: saved.saved } });
      return { saved: saved.saved, fileName: saved.fileName ?? null, count: entries.length };
    }),
  };
}
