// The audit filter lives in the address (?gebruiker=3&groep=meetings&object=2026-0012&pagina=2): the print view and
// "back" show exactly the same selection, and the page survives a language switch.
import type { AuditFilter } from '../../../src-shared/ipc/audit';
import { AUDIT_GROUPS, AUDIT_KINDS } from '../../../src-shared/ipc/audit';
import { isCalendarDay } from '../../../src-shared/domain/format';

export const PAGE_SIZE = 100;

export interface AuditSelection {
  filter: AuditFilter;
  /** 0-based. */
  page: number;
}

export function selectionFromParams(params: URLSearchParams): AuditSelection {
  const filter: AuditFilter = {};
  const actor = Number(params.get('gebruiker'));
  if (Number.isInteger(actor) && actor > 0) filter.actorId = actor;
  const kind = params.get('soort');
  const known = AUDIT_KINDS.find((k) => k === kind);
  if (known) filter.kind = known;
  const group = params.get('groep');
  const knownGroup = AUDIT_GROUPS.find((g) => g === group);
  if (knownGroup) filter.group = knownGroup;
  const action = params.get('actie');
  if (action) filter.action = action.slice(0, 64);
  const objectType = params.get('objecttype');
  if (objectType) filter.objectType = objectType.slice(0, 64);
  const object = params.get('object')?.trim();
  if (object) filter.object = object.slice(0, 64);
  const from = params.get('van');
  if (from && isCalendarDay(from)) filter.from = from;
  const to = params.get('tot');
  if (to && isCalendarDay(to)) filter.to = to;
  const page = Number(params.get('pagina'));
  return { filter, page: Number.isInteger(page) && page > 1 ? page - 1 : 0 };
}

export function paramsFromSelection({ filter, page }: AuditSelection): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.actorId) params.set('gebruiker', String(filter.actorId));
  if (filter.kind) params.set('soort', filter.kind);
  if (filter.group) params.set('groep', filter.group);
  if (filter.action) params.set('actie', filter.action);
  if (filter.objectType) params.set('objecttype', filter.objectType);
  if (filter.object) params.set('object', filter.object);
  if (filter.from) params.set('van', filter.from);
  if (filter.to) params.set('tot', filter.to);
  if (page > 0) params.set('pagina', String(page + 1));
  return params;
}

/** "2026-01-05" -> "05-01-2026", without going through a Date (no time zone can shift it). */
export function dutchDay(iso: string | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}
