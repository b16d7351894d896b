// Handlers for meetings:*. Meetings belong to a ZVH region; items about a casus the user may not
// see are withheld from them. A meeting checked out to one account (lease.ts) is read-only for
// everyone else: the writing handlers are wrapped once, at the end.
import type { EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import type { FollowUpAction, MeetingSummary } from '../../../src-shared/ipc/meetings';
import { inRegionsSql, visibleSql, type AccessScope } from '../access/access';
import type { CaseService } from '../cases/case-service';
import { AgendaItemEntity, MeetingEntity } from '../db/entities/meeting';
import { join, query, sql } from '../db/sql';
import { actorOf, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import type { SignalService } from '../signals/signal-service';
import type { WorkspaceParts } from '../workspace';
import { MeetingCheckIns } from './check-in';
import { checkoutPackage } from './checkout-package';
import { colleagues } from './colleagues';
import { guardLeasedWrites, MeetingLeases, meetingOfItem } from './lease';
import { MeetingService } from './meeting-service';
import { itemContext } from './item-context';
import { buildMeetingView, extractFor, itemViews, visibleMeeting } from './meeting-view';

type MeetingHandlers = Pick<
  Handlers,
  | 'meetings:list'
  | 'meetings:get'
  | 'meetings:create'
  | 'meetings:update'
  | 'meetings:colleagues'
  | 'meetings:save-agenda'
  | 'meetings:suggestions'
  | 'meetings:item-context'
  | 'meetings:save-item'
  | 'meetings:record-weging'
  | 'meetings:adopt'
  | 'meetings:addendum'
  | 'meetings:extract'
  | 'meetings:actions'
  | 'meetings:check-out'
  | 'meetings:lease'
  | 'meetings:revoke-lease'
  | 'meetings:checkout-package'
  | 'meetings:check-in'
  | 'meetings:resolve-check-in'
  | 'meetings:conflict-copies'
  | 'meetings:resolve-conflict-copy'
  | 'meetings:active-leases'
>;

/** The most actions one follow-up list holds; a filter narrows it further. */
const FOLLOW_UP_LIMIT = 1000;

/**
 * The actions for follow-up, what is still to be done first (the nearest deadline first), then
 * what was finished or dropped (the latest first).
 */
async function followUp(
  manager: EntityManager,
  scope: AccessScope,
  filter: { partner: string | null; caseId: number | null; status: string | null; overdue: boolean },
  today: string,
) {
  if (!scope.regionIds.length) return [];
  const where = [visibleSql(scope, 'c')];
  if (filter.partner) where.push(sql`ac.actiehouder_partner = ${filter.partner}`);
  if (filter.caseId) where.push(sql`c.id = ${filter.caseId}`);
  if (filter.status === 'openstaand') where.push(sql`ac.status IN ('open', 'lopend')`);
  else if (filter.status) where.push(sql`ac.status = ${filter.status}`);
  if (filter.overdue) where.push(sql`ac.status IN ('open', 'lopend') AND ac.deadline < ${today}`);
  const rows = await query<
    Omit<FollowUpAction, 'meeting'> & { meetingId: number | null; meetingTitle: string; meetingDatum: string }
  >(
    manager,
    sql`SELECT ac.id AS "id", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam", ac.omschrijving AS "omschrijving",
            ac.actiehouder_partner AS "actiehouderPartner", ac.actiehouder_naam AS "actiehouderNaam", ac.deadline AS "deadline",
            ac.status AS "status", m.id AS "meetingId", m.title AS "meetingTitle", m.datum AS "meetingDatum"
     FROM casus_action ac JOIN casus c ON c.id = ac.casus_id JOIN person p ON p.id = c.person_id
     LEFT JOIN agenda_item a ON a.id = ac.origin_item_id LEFT JOIN meeting m ON m.id = a.meeting_id
     WHERE ${join(where, ' AND ')}
     ORDER BY CASE WHEN ac.status IN ('open', 'lopend') THEN 0 ELSE 1 END,
              CASE WHEN ac.status IN ('open', 'lopend') THEN ac.deadline END ASC,
              ac.deadline DESC, ac.id ASC
     LIMIT ${FOLLOW_UP_LIMIT}`,
  );
  return rows.map(({ meetingId, meetingTitle, meetingDatum, ...row }) => ({
    ...row,
    meeting: meetingId ? { id: meetingId, title: meetingTitle, datum: meetingDatum } : null,
  }));
}

export function meetingHandlers({
  clock,
  db,
  cases,
  signals,
}: Pick<WorkspaceParts, 'clock' | 'db'> & { cases: CaseService; signals: SignalService }): MeetingHandlers {
  const meetings = new MeetingService(cases, signals);
  const leases = new MeetingLeases(clock, () => db.requireOpen().audit);
  const checkIns = new MeetingCheckIns(leases, meetings);
  /** Conflict copies are the chair's (or a beheerder's) to see and resolve. */
  const chairOrBeheerder = async (ctx: TxContext, meetingId: number) => {
    await leasedMeeting(ctx, meetingId);
    if (ctx.session?.user.roles.includes('beheerder')) return;
    const meeting = await ctx.manager.findOneOrFail(MeetingEntity, { where: { id: meetingId } });
    if (meeting.voorzitterId !== ctx.session?.user.id) throw new AppError('NOT_CHAIR');
  };
  /** The lease channels: a beheerder (no meetings, perhaps no regions) reaches any meeting. */
  const leasedMeeting = async (ctx: TxContext, id: number) => {
    ctx.note({ objectType: 'overleg', objectId: id });
    if (ctx.session?.user.roles.includes('beheerder')) {
      if (!(await ctx.manager.findOne(MeetingEntity, { where: { id } }))) throw new AppError('NOT_FOUND');
      return;
    }
    await visibleMeeting(ctx.manager, await scope(ctx), id);
  };
  const actor = (ctx: TxContext) => actorOf(ctx, clock);
  const scope = scopeOf;
  const view = async (ctx: TxContext, id: number) => {
    const mine = await scope(ctx);
    return buildMeetingView(ctx.manager, mine, await visibleMeeting(ctx.manager, mine, id), clock.now());
  };
  const item = async (ctx: TxContext, id: number) => {
    const found = await ctx.manager.findOne(AgendaItemEntity, { where: { id } });
    if (!found) throw new AppError('NOT_FOUND');
    ctx.note({ objectType: 'overleg', objectId: found.meetingId, details: { agendapunt: found.id } });
    return found;
  };

  const handlers: MeetingHandlers = {
    'meetings:list': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg' });
      const mine = await scope(ctx);
      if (!mine.regionIds.length) return [];
      const where = [inRegionsSql(mine, 'm')];
      if (input.from) where.push(sql`m.datum >= ${input.from}`);
      if (input.to) where.push(sql`m.datum <= ${input.to}`);
      // count(*) is a bigint on PostgreSQL, which the driver hands over as a string.
      return query<MeetingSummary>(
        ctx.manager,
        sql`SELECT m.id AS "id", m.type AS "type", m.title AS "title", m.datum AS "datum", m.starttijd AS "starttijd",
                   m.status AS "status", CAST((SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) AS INTEGER) AS "items",
                   m.voorzitter_id AS "voorzitterId", m.notulist_id AS "notulistId"
            FROM meeting m WHERE ${join(where, ' AND ')}
            ORDER BY m.datum DESC, m.starttijd DESC LIMIT 500`,
      );
    }),
    'meetings:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      return view(ctx, input.id);
    }),
    'meetings:create': tx(async (input, ctx) => {
      const meeting = await meetings.create(ctx.manager, await scope(ctx), input, actor(ctx));
      ctx.note({ objectType: 'overleg', objectId: meeting.id });
      return view(ctx, meeting.id);
    }),
    'meetings:update': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const mine = await scope(ctx);
      await meetings.update(
        ctx.manager,
        mine,
        await visibleMeeting(ctx.manager, mine, input.id),
        input.details,
        input.attendance,
        input.version,
        actor(ctx),
      );
      return view(ctx, input.id);
    }),
    'meetings:colleagues': tx(async (input, ctx) => {
      ctx.note({ objectType: 'account', details: { lijst: 'collega-overleg' } });
      return colleagues(ctx.manager, await scope(ctx), input.regionId);
    }),
    'meetings:save-agenda': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const mine = await scope(ctx);
      await meetings.saveAgenda(
        ctx.manager,
        mine,
        await visibleMeeting(ctx.manager, mine, input.id),
        input.items,
        input.version,
        actor(ctx),
      );
      return view(ctx, input.id);
    }),
    'meetings:suggestions': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const mine = await scope(ctx);
      return meetings.suggestions(ctx.manager, mine, await visibleMeeting(ctx.manager, mine, input.id));
    }),
    'meetings:item-context': tx(async (input, ctx) => {
      const found = await item(ctx, input.itemId);
      const mine = await scope(ctx);
      const meeting = await visibleMeeting(ctx.manager, mine, found.meetingId);
      const context = await itemContext(ctx.manager, mine, found, meeting);
      // Reading the background of a casus is a view of that casus.
      if (context.signal && found.caseId !== null)
        ctx.note({ objectType: 'casus', objectId: found.caseId, details: { agendapunt: found.id } });
      return context;
    }),
    'meetings:save-item': tx(async (input, ctx) => {
      const found = await item(ctx, input.itemId);
      const mine = await scope(ctx);
      const savedAt = await meetings.saveItem(
        ctx.manager,
        mine,
        found,
        input.minutes,
        input.spentSeconds,
        input.version,
        actor(ctx),
      );
      const fresh = await ctx.manager.findOneOrFail(AgendaItemEntity, { where: { id: found.id } });
      return { savedAt, item: (await itemViews(ctx.manager, mine, [fresh]))[0]! };
    }),
    'meetings:record-weging': tx(async (input, ctx) => {
      const found = await item(ctx, input.itemId);
      const mine = await scope(ctx);
      await meetings.recordWeging(ctx.manager, mine, found, input, actor(ctx));
      const fresh = await ctx.manager.findOneOrFail(AgendaItemEntity, { where: { id: found.id } });
      return { item: (await itemViews(ctx.manager, mine, [fresh]))[0]! };
    }),
    'meetings:adopt': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const mine = await scope(ctx);
      await meetings.adopt(ctx.manager, await visibleMeeting(ctx.manager, mine, input.id), actor(ctx));
      return view(ctx, input.id);
    }),
    'meetings:addendum': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const mine = await scope(ctx);
      await meetings.addendum(ctx.manager, await visibleMeeting(ctx.manager, mine, input.id), input.tekst, actor(ctx));
      return view(ctx, input.id);
    }),
    'meetings:extract': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id, details: { uittrekselVoor: input.partner } });
      return extractFor(ctx.manager, await view(ctx, input.id), input.partner);
    }),
    'meetings:actions': tx(async (input, ctx) => {
      ctx.note({ objectType: 'acties' });
      return followUp(ctx.manager, await scope(ctx), input, isoDay(clock.now()));
    }),
    'meetings:check-out': tx(async (input, ctx) => {
      ctx.note({ objectType: 'overleg', objectId: input.id });
      const meeting = await visibleMeeting(ctx.manager, await scope(ctx), input.id);
      return leases.checkOut(ctx.manager, meeting, input.until, actor(ctx), ctx);
    }),
    'meetings:lease': tx(async (input, ctx) => {
      await leasedMeeting(ctx, input.id);
      const current = await leases.active(ctx.manager, input.id);
      return current ? leases.view(current, ctx.session?.user.id ?? null) : null;
    }),
    'meetings:revoke-lease': tx(async (input, ctx) => {
      await leasedMeeting(ctx, input.id);
      await leases.revoke(ctx.manager, input.id, actor(ctx), ctx);
      return null;
    }),
    'meetings:checkout-package': tx(async (input, ctx) => {
      const about = { objectType: 'overleg', objectId: input.meetingId };
      ctx.note({ ...about, details: { pakket: true } });
      const handed = await checkoutPackage(ctx.manager, leases, await scope(ctx), input.meetingId, clock.now());
      // The background of how many casus items went along (each a view of that casus's signal).
      ctx.note({ ...about, details: { pakket: true, achtergrond: Object.keys(handed.contexts).length } });
      return handed;
    }),
    'meetings:check-in': tx(async (input, ctx) => checkIns.checkIn(ctx.manager, input, actor(ctx), ctx)),
    'meetings:resolve-check-in': tx(async (input, ctx) => checkIns.resolve(ctx.manager, input, actor(ctx), ctx)),
    'meetings:conflict-copies': tx(async (input, ctx) => {
      await chairOrBeheerder(ctx, input.meetingId);
      return checkIns.copies(ctx.manager, input.meetingId);
    }),
    'meetings:resolve-conflict-copy': tx(async (input, ctx) => {
      const meetingId = await checkIns.meetingOfCopy(ctx.manager, input.copyId);
      if (meetingId === null) throw new AppError('NOT_FOUND');
      await chairOrBeheerder(ctx, meetingId);
      const copy = await checkIns.resolveCopy(
        ctx.manager,
        await scope(ctx),
        input.copyId,
        input.action,
        input.choices,
        actor(ctx),
      );
      ctx.note({
        objectType: 'overleg',
        objectId: meetingId,
        details: { conflictkopie: input.copyId, afhandeling: input.action, keuzes: input.choices.length },
      });
      return copy;
    }),
    'meetings:active-leases': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'overleg', details: { lijst: 'uitchecks' } });
      return leases.allActive(ctx.manager);
    }),
  };
  // Every write to a meeting's details, attendance, agenda or minutes: refused while another
  // account holds the meeting's lease (lease.ts).
  return guardLeasedWrites(handlers, leases, {
    'meetings:update': (input) => input.id,
    'meetings:save-agenda': (input) => input.id,
    'meetings:save-item': (input, manager) => meetingOfItem(manager, input.itemId),
    'meetings:record-weging': (input, manager) => meetingOfItem(manager, input.itemId),
    'meetings:adopt': (input) => input.id,
    'meetings:addendum': (input) => input.id,
    // Applying a conflict copy writes the meeting: not while someone else holds it.
    'meetings:resolve-conflict-copy': (input, manager) => checkIns.meetingOfCopy(manager, input.copyId),
  });
}
