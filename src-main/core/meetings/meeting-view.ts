// Reading meetings: the view of one meeting for one user (items about a casus they may not see are
// withheld), the per-partner extract, and the content hash that vaststellen fixes.
import { In, type EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import { minutesSchema, type AgendaItemView, type MeetingView, type Minutes } from '../../../src-shared/ipc/meetings';
import { whereVisible, type AccessScope } from '../access/access';
import { AccountEntity } from '../db/entities/account';
import { CaseEntity, SignalEntity } from '../db/entities/casus';
import {
  AgendaItemEntity,
  MeetingAddendumEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  type AgendaItem,
  type Meeting,
} from '../db/entities/meeting';
import { PersonEntity } from '../db/entities/person';
import { query, sql } from '../db/sql';
import { loadHashable, minutesHash } from './minutes-hash';

export function parseMinutes(json: string): Minutes {
  const parsed = minutesSchema.safeParse(JSON.parse(json || '{}'));
  return parsed.success ? parsed.data : minutesSchema.parse({});
}

/** The meeting, if it is in one of the caller's regions; NOT_FOUND otherwise. */
export async function visibleMeeting(manager: EntityManager, scope: AccessScope, id: number): Promise<Meeting> {
  const meeting = await manager.findOne(MeetingEntity, { where: { id } });
  if (!meeting || !scope.regionIds.includes(meeting.regionId)) throw new AppError('NOT_FOUND');
  return meeting;
}

export async function itemViews(
  manager: EntityManager,
  scope: AccessScope,
  items: AgendaItem[],
): Promise<AgendaItemView[]> {
  const caseIds = [...new Set(items.map((item) => item.caseId).filter((id): id is number => id !== null))];
  const visible = caseIds.length
    ? await whereVisible(
        manager.createQueryBuilder(CaseEntity, 'c').where('c.id IN (:...caseIds)', { caseIds }),
        'c',
        scope,
      ).getMany()
    : [];
  const persons = visible.length
    ? await manager.find(PersonEntity, { where: { id: In([...new Set(visible.map((c) => c.personId))]) } })
    : [];
  return items
    .sort((a, b) => a.position - b.position)
    .map((item) => {
      const casus = item.caseId === null ? null : (visible.find((c) => c.id === item.caseId) ?? null);
      const withheld = item.caseId !== null && casus === null;
      return {
        id: item.id,
        position: item.position,
        kind: item.kind,
        title: withheld ? '' : item.title,
        plannedMinutes: item.plannedMinutes,
        spentSeconds: item.spentSeconds,
        casus: casus
          ? {
              id: casus.id,
              number: casus.number,
              naam: persons.find((p) => p.id === casus.personId)?.naam ?? '',
              state: casus.state,
            }
          : null,
        signalId: withheld ? null : item.signalId,
        withheld,
        minutes: withheld ? minutesSchema.parse({}) : parseMinutes(item.minutes),
        updatedAt: item.updatedAt,
        version: item.version,
      };
    });
}

/** Whether the meeting's day has come (by core's clock): before it, nobody knows who came or what was said. */
export function meetingHeld(meeting: Pick<Meeting, 'datum'>, now: Date): boolean {
  return meeting.datum <= isoDay(now);
}

/** The conflict copies of a meeting not yet resolved (check-in.ts). */
async function waitingCopies(manager: EntityManager, meetingId: number): Promise<number> {
  const [row] = await query<{ n: number | string }>(
    manager,
    sql`SELECT COUNT(*) AS "n" FROM meeting_check_in
        WHERE meeting_id = ${meetingId} AND outcome = 'conflict-copy' AND resolved_at IS NULL`,
  );
  return Number(row?.n ?? 0);
}

export async function buildMeetingView(
  manager: EntityManager,
  scope: AccessScope,
  meeting: Meeting,
  now: Date,
): Promise<MeetingView> {
  const attendance = await manager.find(MeetingAttendanceEntity, {
    where: { meetingId: meeting.id },
    order: { partner: 'ASC' },
  });
  const items = await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id } });
  const addenda = await manager.find(MeetingAddendumEntity, { where: { meetingId: meeting.id }, order: { id: 'ASC' } });
  const ids = [
    meeting.voorzitterId,
    meeting.notulistId,
    meeting.vastgesteldBy,
    ...addenda.map((a) => a.accountId),
  ].filter((id): id is number => id !== null);
  const accounts = ids.length ? await manager.find(AccountEntity, { where: { id: In([...new Set(ids)]) } }) : [];
  const person = (id: number | null) => {
    const account = accounts.find((a) => a.id === id);
    return account ? { id: account.id, displayName: account.displayName } : null;
  };
  return {
    id: meeting.id,
    type: meeting.type,
    title: meeting.title,
    datum: meeting.datum,
    starttijd: meeting.starttijd,
    locatie: meeting.locatie,
    regionId: meeting.regionId,
    voorzitter: person(meeting.voorzitterId),
    notulist: person(meeting.notulistId),
    invitedPartners: meeting.invitedPartners,
    invitedPersons: meeting.invitedPersons,
    status: meeting.status,
    contentHash: meeting.contentHash,
    redaction: meeting.redactedAt ? { at: meeting.redactedAt, years: meeting.redactionYears } : null,
    vastgesteldAt: meeting.vastgesteldAt,
    vastgesteldDoor: person(meeting.vastgesteldBy)?.displayName ?? null,
    attendance: attendance.map((a) => ({
      partner: a.partner,
      status: a.status as MeetingView['attendance'][number]['status'],
      namen: a.namen,
    })),
    items: await itemViews(manager, scope, items),
    addenda: addenda.map((a) => ({
      id: a.id,
      tekst: a.tekst,
      door: person(a.accountId)?.displayName ?? '',
      at: a.createdAt,
    })),
    canAdopt: meeting.status === 'concept' && meeting.voorzitterId === scope.accountId && meetingHeld(meeting, now),
    version: meeting.version,
    waitingCopies: meeting.voorzitterId === scope.accountId ? await waitingCopies(manager, meeting.id) : 0,
  };
}

/**
 * The fixed content of the minutes: meeting details, attendance, and every item with its minutes,
 * in a canonical order. Whoever holds the minutes can recompute this hash to see nothing changed.
 * Scheme 2 (adopted since migration 0009) hashes a digest per item, so minutes whose items of a
 * destroyed casus were redacted can still be checked: the redacted items count with the digest of
 * their original content, kept at the redaction (see minutes-hash.ts).
 */
export async function contentHash(manager: EntityManager, meeting: Meeting, scheme: 1 | 2 = 2): Promise<string> {
  return minutesHash(await loadHashable(manager, meeting), scheme);
}

/**
 * The items one partner may see: general items when it was present, and every item it is involved
 * in — a partner on the casus, the melder of the signal, or named in the minutes' inbreng or acties.
 */
export async function extractFor(manager: EntityManager, view: MeetingView, partner: string): Promise<MeetingView> {
  const present = view.attendance.some((a) => a.partner === partner && a.status === 'aanwezig');
  const caseIds = view.items.map((item) => item.casus?.id).filter((id): id is number => id !== undefined);
  const cases = caseIds.length ? await manager.find(CaseEntity, { where: { id: In(caseIds) } }) : [];
  const signalIds = view.items.map((item) => item.signalId).filter((id): id is number => id !== null);
  const signals = signalIds.length ? await manager.find(SignalEntity, { where: { id: In(signalIds) } }) : [];
  const involved = (item: AgendaItemView) =>
    (item.casus !== null && (cases.find((c) => c.id === item.casus!.id)?.partners ?? []).includes(partner)) ||
    signals.some((s) => s.id === item.signalId && s.melderPartner === partner) ||
    item.minutes.inbreng.some((row) => row.partner === partner) ||
    item.minutes.acties.some((row) => row.actiehouderPartner === partner);
  return {
    ...view,
    items: view.items.filter((item) => !item.withheld && ((item.kind === 'overig' && present) || involved(item))),
    canAdopt: false,
  };
}
