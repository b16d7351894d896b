// Running a meeting: details and attendance, the agenda (cases, signals, other items), the live
// minutes per item (saved as they are typed), decisions recorded as wegingen, actions that become
// the case's actions, vaststellen with a content hash, and addenda afterwards.
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import type { agendaInput, AgendaSuggestion, meetingDetails, Minutes } from '../../../src-shared/ipc/meetings';
import { visibleCase, visibleSql, type AccessScope } from '../access/access';
import type { Actor } from '../handlers';
import type { CaseService } from '../cases/case-service';
import { AccountEntity } from '../db/entities/account';
import { CaseActionEntity } from '../db/entities/casus';
import { query, sql } from '../db/sql';
import {
  AgendaItemEntity,
  MeetingAddendumEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  type AgendaItem,
  type Meeting,
} from '../db/entities/meeting';
import { assertCodes } from '../lists/reference-data';
import type { SignalService } from '../signals/signal-service';
import { saveAgenda } from './agenda';
import { contentHash, meetingHeld, parseMinutes, visibleMeeting } from './meeting-view';
import { saveVersioned, staleError } from '../db/versioned';

/** The minutes as the notulist edits them (weging links and case action ids are core's). */
function minutesFields(minutes: Minutes) {
  return {
    inbreng: minutes.inbreng,
    duiding: minutes.duiding,
    besluiten: minutes.besluiten.map(({ id, tekst }) => ({ id, tekst })),
    acties: minutes.acties.map(({ caseActionId: _id, ...row }) => row),
  };
}

const minutesOf = (item: AgendaItem) => minutesFields(parseMinutes(item.minutes));

type Details = z.output<typeof meetingDetails>;

function assertConcept(meeting: Meeting): void {
  if (meeting.status !== 'concept') throw new AppError('MEETING_ADOPTED');
}

export class MeetingService {
  constructor(
    private readonly cases: CaseService,
    private readonly signals: SignalService,
  ) {}

  private async checkDetails(manager: EntityManager, scope: AccessScope, details: Details): Promise<void> {
    if (!scope.regionIds.includes(details.regionId)) {
      throw new AppError('INVALID_INPUT', undefined, { regionId: { key: 'validation.invalidChoice' } });
    }
    await assertCodes(manager, [
      { field: 'type', list: 'overlegtype', code: details.type },
      ...details.invitedPartners.map((code, index) => ({
        field: `invitedPartners.${index}`,
        list: 'partner' as const,
        code,
      })),
    ]);
    for (const [field, id] of [
      ['voorzitterId', details.voorzitterId],
      ['notulistId', details.notulistId],
    ] as const) {
      if (id === null) continue;
      const account = await manager.findOne(AccountEntity, { where: { id } });
      if (!account?.active)
        throw new AppError('INVALID_INPUT', undefined, { [field]: { key: 'validation.invalidChoice' } });
    }
  }

  async create(manager: EntityManager, scope: AccessScope, details: Details, actor: Actor): Promise<Meeting> {
    await this.checkDetails(manager, scope, details);
    const stamp = actor.now.toISOString();
    return manager.save(MeetingEntity, {
      ...details,
      status: 'concept' as const,
      contentHash: null,
      vastgesteldAt: null,
      vastgesteldBy: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
  }

  async update(
    manager: EntityManager,
    scope: AccessScope,
    meeting: Meeting,
    details: Details,
    attendance: { partner: string; status: string; namen: string }[],
    version: number | undefined,
    actor: Actor,
  ): Promise<void> {
    assertConcept(meeting);
    await this.checkDetails(manager, scope, details);
    await assertCodes(
      manager,
      attendance.map((a, index) => ({
        field: `attendance.${index}.partner`,
        list: 'partner' as const,
        code: a.partner,
      })),
    );
    const unique = new Map(attendance.map((a) => [a.partner, a]));
    const attendanceOf = (rows: { partner: string; status: string; namen: string }[]) =>
      rows
        .map(({ partner, status, namen }) => ({ partner, status, namen }))
        .sort((a, b) => (a.partner < b.partner ? -1 : 1));
    await saveVersioned(
      manager,
      MeetingEntity,
      meeting.id,
      version,
      { ...details, updatedAt: actor.now.toISOString() },
      actor,
      {
        wanted: { ...details, attendance: attendanceOf([...unique.values()]) },
        stored: async () => ({
          attendance: attendanceOf(await manager.find(MeetingAttendanceEntity, { where: { meetingId: meeting.id } })),
        }),
      },
    );
    await manager.delete(MeetingAttendanceEntity, { meetingId: meeting.id });
    if (unique.size) {
      await manager.insert(
        MeetingAttendanceEntity,
        [...unique.values()].map((a) => ({ meetingId: meeting.id, ...a })),
      );
    }
  }

  /** Sets the agenda in the given order (see agenda.ts: items the caller may not see are untouchable). */
  async saveAgenda(
    manager: EntityManager,
    scope: AccessScope,
    meeting: Meeting,
    items: z.output<typeof agendaInput>['items'],
    version: number | undefined,
    actor: Actor,
  ) {
    assertConcept(meeting);
    await saveAgenda(manager, scope, meeting, items, version, actor);
  }

  /** What could go on the agenda: signals to weigh, cases due, and open actions of the last meeting. */
  async suggestions(manager: EntityManager, scope: AccessScope, meeting: Meeting): Promise<AgendaSuggestion[]> {
    const visible = visibleSql(scope, 'c');
    const horizon = isoDay(new Date(new Date(`${meeting.datum}T12:00:00`).getTime() + 7 * 86_400_000));
    const rows = await query<AgendaSuggestion>(
      manager,
      sql`SELECT 'signaal' AS "kind", 'weging' AS "reason", s.id AS "signalId", c.id AS "caseId", c.number || ' ' || p.naam AS "title", s.ontvangen AS "date"
         FROM signal s JOIN casus c ON c.id = s.casus_id JOIN person p ON p.id = c.person_id
         WHERE s.status IN ('nieuw', 'meer_informatie') AND c.region_id = ${meeting.regionId} AND ${visible}
       UNION ALL
       SELECT 'casus', 'eerste-ico', NULL, c.id, c.number || ' ' || p.naam, c.updated_at
         FROM casus c JOIN person p ON p.id = c.person_id
         WHERE c.state = 'casusoverleg' AND c.region_id = ${meeting.regionId} AND ${visible}
           AND NOT EXISTS (SELECT 1 FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.casus_id = c.id AND m.status = 'vastgesteld')
       UNION ALL
       SELECT 'casus', 'monitoring', NULL, c.id, c.number || ' ' || p.naam, min(mo.gepland)
         FROM casus_monitoring mo JOIN casus c ON c.id = mo.casus_id JOIN person p ON p.id = c.person_id
         WHERE mo.uitgevoerd_at IS NULL AND mo.gepland <= ${horizon} AND c.region_id = ${meeting.regionId} AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
         GROUP BY c.id, c.number, p.naam`,
    );
    // Open actions agreed in the previous meeting of the same type in this region.
    const [previous] = await query<{ id: number }>(
      manager,
      sql`SELECT id FROM meeting WHERE region_id = ${meeting.regionId} AND type = ${meeting.type} AND datum < ${meeting.datum}
          ORDER BY datum DESC, id DESC LIMIT 1`,
    );
    if (previous) {
      const open = await query<AgendaSuggestion>(
        manager,
        sql`SELECT 'casus' AS "kind", 'open-actie' AS "reason", NULL AS "signalId", c.id AS "caseId",
                c.number || ' — ' || ac.omschrijving AS "title", ac.deadline AS "date"
           FROM casus_action ac JOIN agenda_item a ON a.id = ac.origin_item_id JOIN casus c ON c.id = ac.casus_id
           WHERE a.meeting_id = ${previous.id} AND ac.status IN ('open', 'lopend') AND ${visible}`,
      );
      rows.push(...open);
    }
    // One casus, one item (agenda.ts refuses a second): a casus already on the agenda is not offered
    // again, and of the reasons to discuss one casus the first is offered (a signal to weigh before
    // a casus due, before an open action).
    const planned = await manager.find(AgendaItemEntity, { where: { meetingId: meeting.id } });
    const taken = new Set(planned.map((item) => item.caseId));
    return rows.filter((row) => {
      if (taken.has(row.caseId)) return false;
      taken.add(row.caseId);
      return true;
    });
  }

  /** The autosave: the minutes of one item, and the actions in it that are complete become case actions. */
  async saveItem(
    manager: EntityManager,
    scope: AccessScope,
    item: AgendaItem,
    minutes: Minutes,
    spentSeconds: number,
    version: number | undefined,
    actor: Actor,
  ) {
    const meeting = await visibleMeeting(manager, scope, item.meetingId);
    if (item.caseId !== null) await visibleCase(manager, scope, item.caseId);
    assertConcept(meeting);
    // Weging links are set by recordWeging only; a save can not forge or drop one.
    const previous = parseMinutes(item.minutes);
    const besluiten = minutes.besluiten.map((row) => {
      const before = previous.besluiten.find((b) => b.id === row.id);
      return before?.weging?.wegingId
        ? { ...row, tekst: before.tekst, weging: before.weging }
        : { ...row, weging: row.weging ? { ...row.weging, wegingId: null } : null };
    });
    // A stale autosave is refused before any of its actions become case actions.
    if (version !== undefined && version !== item.version) {
      throw await staleError(manager, item, { wanted: minutesFields(minutes), stored: minutesOf });
    }
    const acties = await this.syncActions(manager, item, minutes.acties, previous.acties, actor);
    const next: Minutes = { ...minutes, besluiten, acties };
    const stamp = actor.now.toISOString();
    await saveVersioned(
      manager,
      AgendaItemEntity,
      item.id,
      version,
      { minutes: JSON.stringify(next), spentSeconds, updatedAt: stamp },
      actor,
      { wanted: minutesFields(minutes), stored: minutesOf },
    );
    return stamp;
  }

  private async syncActions(
    manager: EntityManager,
    item: AgendaItem,
    rows: Minutes['acties'],
    before: Minutes['acties'],
    actor: Actor,
  ) {
    const out: Minutes['acties'] = [];
    const known = new Map(before.map((row) => [row.id, row.caseActionId]));
    for (const row of rows) {
      const caseActionId = known.get(row.id) ?? null;
      const complete =
        row.omschrijving.trim().length >= 3 &&
        row.actiehouderPartner &&
        row.actiehouderNaam.trim().length >= 2 &&
        row.deadline;
      if (item.caseId === null || !complete) {
        out.push({ ...row, caseActionId });
        continue;
      }
      const casus = await this.cases.caseById(manager, item.caseId);
      const saved = await this.cases.saveAction(
        manager,
        casus,
        {
          caseId: casus.id,
          ...(caseActionId ? { id: caseActionId } : {}),
          soort: 'actie',
          interventietype: null,
          omschrijving: row.omschrijving.trim(),
          actiehouderPartner: row.actiehouderPartner,
          actiehouderNaam: row.actiehouderNaam.trim(),
          actiehouderAccountId: null,
          deadline: row.deadline,
          status: caseActionId
            ? ((await manager.findOne(CaseActionEntity, { where: { id: caseActionId } }))?.status ?? 'open')
            : 'open',
        },
        actor,
      );
      if (!caseActionId) await manager.update(CaseActionEntity, { id: saved }, { originItemId: item.id });
      out.push({ ...row, caseActionId: saved });
    }
    // A row removed from the minutes: the action it became is cancelled, not deleted.
    for (const row of before) {
      if (row.caseActionId && !rows.some((r) => r.id === row.id)) {
        await manager.update(
          CaseActionEntity,
          { id: row.caseActionId, status: In(['open', 'lopend']) },
          { status: 'vervallen', completedAt: actor.now.toISOString() },
        );
      }
    }
    return out;
  }

  /** Records a decision in the minutes as the weging of the item's signal (the meeting's date, its partners). */
  async recordWeging(
    manager: EntityManager,
    scope: AccessScope,
    item: AgendaItem,
    input: { besluitId: string; besluit: string; motivering: string },
    actor: Actor,
  ) {
    const meeting = await visibleMeeting(manager, scope, item.meetingId);
    // An item about a casus the caller may not see answers as one that does not exist.
    if (item.caseId !== null) await visibleCase(manager, scope, item.caseId);
    assertConcept(meeting);
    if (item.kind !== 'signaal' || item.signalId === null)
      throw new AppError('INVALID_INPUT', undefined, { itemId: { key: 'validation.invalid' } });
    const minutes = parseMinutes(item.minutes);
    const row = minutes.besluiten.find((b) => b.id === input.besluitId);
    if (!row) throw new AppError('NOT_FOUND');
    const attendance = await manager.find(MeetingAttendanceEntity, {
      where: { meetingId: meeting.id, status: 'aanwezig' },
    });
    const deelnemers = attendance.length ? attendance.map((a) => a.partner) : meeting.invitedPartners;
    await this.signals.weigh(
      manager,
      scope,
      {
        signalId: item.signalId,
        besluit: input.besluit,
        motivering: input.motivering,
        deelnemers,
        datum: meeting.datum,
      },
      actor,
    );
    const [weging] = await query<{ id: number }>(
      manager,
      sql`SELECT max(id) AS "id" FROM weging WHERE signal_id = ${item.signalId}`,
    );
    row.weging = { besluit: input.besluit, wegingId: weging!.id };
    row.tekst = row.tekst.trim() ? row.tekst : input.motivering;
    await manager.update(
      AgendaItemEntity,
      { id: item.id },
      { minutes: JSON.stringify(minutes), updatedAt: actor.now.toISOString() },
    );
  }

  async adopt(manager: EntityManager, meeting: Meeting, actor: Actor): Promise<void> {
    assertConcept(meeting);
    if (meeting.voorzitterId === null || meeting.voorzitterId !== actor.accountId) throw new AppError('NOT_CHAIR');
    if (!meetingHeld(meeting, actor.now))
      throw new AppError('MEETING_NOT_YET_HELD', { datum: formatDate(meeting.datum) });
    await manager.update(
      MeetingEntity,
      { id: meeting.id },
      {
        status: 'vastgesteld',
        contentHash: await contentHash(manager, meeting, 2),
        hashScheme: 2,
        vastgesteldAt: actor.now.toISOString(),
        vastgesteldBy: actor.accountId,
        updatedAt: actor.now.toISOString(),
      },
    );
  }

  async addendum(manager: EntityManager, meeting: Meeting, tekst: string, actor: Actor): Promise<void> {
    if (meeting.status !== 'vastgesteld') throw new AppError('MEETING_NOT_ADOPTED');
    await manager.insert(MeetingAddendumEntity, {
      meetingId: meeting.id,
      tekst,
      accountId: actor.accountId,
      createdAt: actor.now.toISOString(),
    });
  }
}
