// What a check-in would change on the server, field by field, and how the holder's (or the
// chair's) choices turn the laptop's changes into what is written (issue 19). No version holds the
// content it started from, so a record that moved on since the package is compared as it is now
// with what the laptop sends: every field that differs is a conflict, shown side by side. A
// choice takes the server's value, the laptop's, or both (texts joined under a marker, rows of a
// minutes section both kept); nothing is dropped without a choice.
import { In, type EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Minutes } from '../../../src-shared/ipc/meetings';
import type {
  CheckInChanges,
  CheckInConflict,
  CheckInRecord,
  ConflictTake,
} from '../../../src-shared/ipc/meeting-check-out';
import { AccountEntity } from '../db/entities/account';
import { CaseActionEntity, type CaseAction } from '../db/entities/casus';
import {
  AgendaItemEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  type AgendaItem,
  type Meeting,
} from '../db/entities/meeting';
import { parseMinutes } from './meeting-view';

const DETAIL_FIELDS = [
  'type',
  'title',
  'datum',
  'starttijd',
  'locatie',
  'regionId',
  'voorzitterId',
  'notulistId',
  'invitedPartners',
  'invitedPersons',
] as const;
const SECTIONS = ['duiding', 'inbreng', 'besluiten', 'acties'] as const;
type Section = (typeof SECTIONS)[number];
const ACTION_FIELDS = ['omschrijving', 'actiehouderPartner', 'actiehouderNaam', 'deadline'] as const;
type ActionField = (typeof ACTION_FIELDS)[number];

/**
 * The conflict of an agenda item that was removed on the server while the laptop typed in it. The
 * only choice keeps the server's agenda: the laptop's text is not written but laid aside as a
 * conflict copy for the chair (`check-in.ts`), never dropped and never put back on the agenda.
 */
export const REMOVED = 'removed';

/** The line that separates the server's text from the laptop's when both are kept. */
export const BOTH_MARKER = '— offline notulen —';

export interface Choice {
  record: CheckInRecord;
  field: string;
  take: ConflictTake;
}

/** What the server holds now of the records a check-in touches. */
interface ServerState {
  meeting: Meeting;
  attendance: { partner: string; status: string; namen: string }[];
  items: Map<number, AgendaItem>;
  actions: Map<number, CaseAction>;
  names: Map<number, string>;
}

const sortAttendance = (rows: { partner: string; status: string; namen: string }[]) =>
  rows
    .map(({ partner, status, namen }) => ({ partner, status, namen }))
    .sort((a, b) => (a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0));

/** The minutes sections as the notulist edits them (core's links left out), for comparing. */
function editable(minutes: Minutes): Record<Section, unknown> {
  return {
    duiding: minutes.duiding,
    inbreng: minutes.inbreng.map(({ id, partner, tekst, artikel }) => ({ id, partner, tekst, artikel })),
    besluiten: minutes.besluiten.map(({ id, tekst }) => ({ id, tekst })),
    acties: minutes.acties.map(({ caseActionId: _link, ...row }) => row),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sectionText(section: Section, minutes: Minutes): string {
  switch (section) {
    case 'duiding':
      return minutes.duiding;
    case 'inbreng':
      return minutes.inbreng.map((r) => `${r.partner}: ${r.tekst}`).join('\n');
    case 'besluiten':
      return minutes.besluiten.map((r) => r.tekst).join('\n');
    case 'acties':
      return minutes.acties
        .map((r) => `${r.omschrijving} (${r.actiehouderPartner} ${r.actiehouderNaam}, ${r.deadline || '—'})`)
        .join('\n');
  }
}

async function loadState(manager: EntityManager, meetingId: number, changes: CheckInChanges): Promise<ServerState> {
  const meeting = await manager.findOne(MeetingEntity, { where: { id: meetingId } });
  if (!meeting) throw new AppError('NOT_FOUND');
  const attendance = sortAttendance(await manager.find(MeetingAttendanceEntity, { where: { meetingId } }));
  const items = new Map(
    (await manager.find(AgendaItemEntity, { where: { meetingId } })).map((item) => [item.id, item] as const),
  );
  const actionIds = changes.actions.map((a) => a.id);
  const actions = new Map(
    (actionIds.length ? await manager.find(CaseActionEntity, { where: { id: In(actionIds) } }) : []).map(
      (action) => [action.id, action] as const,
    ),
  );
  const accountIds = [
    ...new Set(
      [
        meeting.updatedBy,
        meeting.voorzitterId,
        meeting.notulistId,
        ...[...items.values()].map((i) => i.updatedBy),
        ...[...actions.values()].map((a) => a.updatedBy),
        changes.meeting?.details.voorzitterId,
        changes.meeting?.details.notulistId,
      ].filter((v): v is number => typeof v === 'number'),
    ),
  ];
  const names = new Map(
    (accountIds.length ? await manager.find(AccountEntity, { where: { id: In(accountIds) } }) : []).map(
      (a) => [a.id, a.displayName] as const,
    ),
  );
  return { meeting, attendance, items, actions, names };
}

/** The local minutes row that became casus action `id`, with its item. */
function localRow(changes: CheckInChanges, id: number) {
  for (const item of changes.items) {
    const row = item.minutes.acties.find((r) => r.caseActionId === id);
    if (row) return { item, row };
  }
  return null;
}

/**
 * The conflicts of `changes` with what the server holds. `staleOnly`: only records whose version
 * moved on since their base (a check-in on a live lease); otherwise every record the changes touch
 * (a conflict copy, whose bases say nothing once the lease has ended).
 */
export async function conflictsOf(
  manager: EntityManager,
  meetingId: number,
  changes: CheckInChanges,
  staleOnly: boolean,
): Promise<CheckInConflict[]> {
  const state = await loadState(manager, meetingId, changes);
  const out: CheckInConflict[] = [];
  const by = (id: number | null) => (id === null ? '' : (state.names.get(id) ?? ''));
  const { meeting } = state;
  const meetingRecord = { kind: 'meeting' as const, id: meeting.id };
  const meetingStale = !staleOnly || (changes.meeting !== null && meeting.version !== changes.meeting.base);
  if (changes.meeting && meetingStale) {
    const local = changes.meeting;
    const show = (field: string, value: unknown) =>
      (field === 'voorzitterId' || field === 'notulistId') && typeof value === 'number'
        ? (state.names.get(value) ?? String(value))
        : Array.isArray(value)
          ? value.join(', ')
          : value === null || value === undefined
            ? ''
            : String(value);
    for (const field of DETAIL_FIELDS) {
      const server = meeting[field];
      if (same(server, local.details[field])) continue;
      out.push({
        record: meetingRecord,
        field,
        label: meeting.title,
        server: show(field, server),
        local: show(field, local.details[field]),
        serverBy: by(meeting.updatedBy),
        serverAt: meeting.updatedAt,
        takes: ['server', 'local'],
      });
    }
    const localAttendance = sortAttendance(local.attendance);
    if (!same(state.attendance, localAttendance)) {
      const text = (rows: typeof localAttendance) =>
        rows.map((r) => `${r.partner}: ${r.status}${r.namen ? ` (${r.namen})` : ''}`).join('\n');
      out.push({
        record: meetingRecord,
        field: 'attendance',
        label: meeting.title,
        server: text(state.attendance),
        local: text(localAttendance),
        serverBy: by(meeting.updatedBy),
        serverAt: meeting.updatedAt,
        takes: ['server', 'local'],
      });
    }
  }
  // Agenda items added on the server since the package: they stay (the laptop cannot change the
  // agenda); the holder sees them before anything is written.
  if (changes.agenda.length) {
    const added = [...state.items.values()].filter((item) => !changes.agenda.includes(item.id));
    if (added.length) {
      const last = added.reduce((a, b) => (a.updatedAt > b.updatedAt ? a : b));
      out.push({
        record: meetingRecord,
        field: 'agenda',
        label: meeting.title,
        server: added.map((item) => item.title).join('\n'),
        local: '',
        serverBy: by(last.updatedBy ?? meeting.updatedBy),
        serverAt: last.updatedAt,
        takes: ['server'],
      });
    }
  }
  for (const change of changes.items) {
    const item = state.items.get(change.itemId);
    if (!item) {
      // Taken off the agenda on the server meanwhile (an item of another meeting stays refused).
      if (await manager.existsBy(AgendaItemEntity, { id: change.itemId })) throw new AppError('NOT_FOUND');
      out.push({
        record: { kind: 'item', id: change.itemId },
        field: REMOVED,
        label: change.title,
        server: '',
        local: SECTIONS.map((section) => sectionText(section, change.minutes))
          .filter((text) => text.trim() !== '')
          .join('\n\n'),
        serverBy: by(meeting.updatedBy),
        serverAt: meeting.updatedAt,
        takes: ['server'],
      });
      continue;
    }
    if (staleOnly && item.version === change.base) continue;
    const server = parseMinutes(item.minutes);
    const serverFields = editable(server);
    const localFields = editable(change.minutes);
    for (const section of SECTIONS) {
      if (same(serverFields[section], localFields[section])) continue;
      out.push({
        record: { kind: 'item', id: item.id },
        field: section,
        label: item.title,
        server: sectionText(section, server),
        local: sectionText(section, change.minutes),
        serverBy: by(item.updatedBy),
        serverAt: item.updatedAt,
        takes: ['server', 'local', 'both'],
      });
    }
  }
  for (const base of changes.actions) {
    const action = state.actions.get(base.id);
    const found = localRow(changes, base.id);
    if (!action || !found || (staleOnly && action.version === base.base)) continue;
    for (const field of ACTION_FIELDS) {
      const local = field === 'omschrijving' ? found.row.omschrijving.trim() : found.row[field];
      if (same(action[field], local)) continue;
      out.push({
        record: { kind: 'action', id: action.id },
        field,
        label: action.omschrijving,
        server: action[field],
        local,
        serverBy: by(action.updatedBy),
        serverAt: action.updatedAt,
        takes: field === 'omschrijving' ? ['server', 'local', 'both'] : ['server', 'local'],
      });
    }
  }
  return out;
}

const key = (record: CheckInRecord, field: string) => `${record.kind}:${record.id}:${field}`;

/** Server's text, the marker, the laptop's: both kept (cut to `max`). */
function joinTexts(server: string, local: string, max: number): string {
  return `${server}\n\n${BOTH_MARKER}\n${local}`.slice(0, max);
}

/** Both lists of rows: the server's, then the laptop's rows it lacks (a changed row twice). */
function joinRows<R extends { id: string }>(server: R[], local: R[], fresh: (row: R) => R): R[] {
  const out = [...server];
  for (const row of local) {
    const twin = server.find((r) => r.id === row.id);
    if (!twin) out.push(row);
    else if (!same(twin, row)) out.push(fresh(row));
  }
  return out.slice(0, 100);
}

const offlineId = (id: string) => `${id.slice(0, 32)}-offline`;

/**
 * The changes to write once every conflict has a choice: the laptop's values where it won, the
 * server's where that won, both where both were kept. Refused when a conflict has no choice or a
 * choice that does not apply to it.
 */
export async function applyChoices(
  manager: EntityManager,
  meetingId: number,
  changes: CheckInChanges,
  conflicts: CheckInConflict[],
  choices: Choice[],
): Promise<CheckInChanges> {
  const chosen = new Map(choices.map((c) => [key(c.record, c.field), c.take] as const));
  const missing = conflicts.filter((c) => !chosen.has(key(c.record, c.field)));
  if (missing.length) throw new AppError('CHECK_IN_CHOICE_MISSING', { count: missing.length });
  for (const c of conflicts) {
    if (!c.takes.includes(chosen.get(key(c.record, c.field))!)) {
      throw new AppError('INVALID_INPUT', undefined, { choices: { key: 'validation.invalidChoice' } });
    }
  }
  const state = await loadState(manager, meetingId, changes);
  const next: CheckInChanges = structuredClone(changes);
  for (const c of conflicts) {
    const take = chosen.get(key(c.record, c.field))!;
    if (c.field === REMOVED) {
      next.items = next.items.filter((item) => item.itemId !== c.record.id);
      continue;
    }
    if (take === 'local' || c.field === 'agenda') continue;
    if (c.record.kind === 'meeting' && next.meeting) {
      if (c.field === 'attendance') {
        next.meeting.attendance = state.attendance.map((a) => ({ ...a, status: a.status as 'aanwezig' }));
      } else {
        const field = c.field as (typeof DETAIL_FIELDS)[number];
        (next.meeting.details as Record<string, unknown>)[field] = state.meeting[field];
      }
    } else if (c.record.kind === 'item') {
      const change = next.items.find((i) => i.itemId === c.record.id)!;
      const server = parseMinutes(state.items.get(c.record.id)!.minutes);
      const section = c.field as Section;
      const local = change.minutes;
      if (take === 'server') {
        change.minutes = { ...local, [section]: server[section] };
      } else if (section === 'duiding') {
        change.minutes = { ...local, duiding: joinTexts(server.duiding, local.duiding, 50000) };
      } else if (section === 'inbreng') {
        change.minutes = {
          ...local,
          inbreng: joinRows(server.inbreng, local.inbreng, (r) => ({ ...r, id: offlineId(r.id) })),
        };
      } else if (section === 'besluiten') {
        change.minutes = {
          ...local,
          besluiten: joinRows(server.besluiten, local.besluiten, (r) => ({ ...r, id: offlineId(r.id), weging: null })),
        };
      } else {
        // A changed action row kept twice: the laptop's becomes a new casus action.
        change.minutes = {
          ...local,
          acties: joinRows(server.acties, local.acties, (r) => ({ ...r, id: offlineId(r.id), caseActionId: null })),
        };
      }
    } else if (c.record.kind === 'action') {
      const action = state.actions.get(c.record.id)!;
      const found = localRow(next, c.record.id);
      if (!found) continue;
      const field = c.field as ActionField;
      const value =
        take === 'server' ? action[field] : joinTexts(action.omschrijving, found.row.omschrijving.trim(), 4000);
      found.item.minutes = {
        ...found.item.minutes,
        acties: found.item.minutes.acties.map((r) => (r === found.row ? { ...r, [field]: value } : r)),
      };
    }
  }
  return next;
}
