// The check-out lease of a meeting (issue 19, first part; migration 0021). Before a casusoverleg
// in a room without network the notulist or the chair checks the meeting out to their
// workstation; until the lease ends (revoked, checked in, or past its end by core's clock) every
// write to the meeting's details, attendance, agenda and minutes by anyone else is refused with
// MEETING_CHECKED_OUT. The guard is one wrapper around the meeting handlers that write
// (`guardLeasedWrites`), not a check in each of them. An expired lease counts as ended from the
// moment the clock passes its end; the first call that finds it marks it (`expired_at`) and writes
// the `meetings:lease-expired` audit entry. Check-in: check-in.ts.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { EntityManager } from 'typeorm';
import type { ChannelName, ParsedInputOf } from '../../../src-shared/ipc/contract';
import { AppError } from '../../../src-shared/ipc/errors';
import type { ActiveLease, MeetingLease } from '../../../src-shared/ipc/meeting-check-out';
import type { AccessScope } from '../access/access';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import { AgendaItemEntity, MeetingEntity, type Meeting } from '../db/entities/meeting';
import { LOCK, lockForTransaction } from '../db/locks';
import { query, sql } from '../db/sql';
import { scopeOf, type Actor, type HandlerDef, type TxContext } from '../handlers';
import { serverCall } from '../workspace/call-session';

/** The default end of a lease is the end of the next calendar day in this zone. */
export const LEASE_TIME_ZONE = 'Europe/Amsterdam';
/** A chosen end may lie at most this far ahead. */
export const MAX_LEASE_MS = 7 * 86_400_000;

interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
}

/** The wall-clock time of `t` in `zone`. */
function wallTime(t: number, zone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(t));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: part('year'), m: part('month'), d: part('day'), h: part('hour'), mi: part('minute') };
}

/** How far `zone` is ahead of UTC at `t`, in ms (whole minutes). */
function offsetAt(t: number, zone: string): number {
  const w = wallTime(t, zone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi) - (t - (t % 60_000));
}

/** The last millisecond of the day after `now`'s day in `zone` (so 23:59 on the clock there). */
export function endOfNextDay(now: Date, zone = LEASE_TIME_ZONE): Date {
  const w = wallTime(now.getTime(), zone);
  // Midnight that starts the day after next, first read as if it were UTC, then corrected by the
  // zone's offset at that moment (twice, for a day on which summer time starts or ends).
  const wall = Date.UTC(w.y, w.m - 1, w.d + 2);
  const first = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(first, zone) - 1);
}

/** "05-12-2026 23:59" in `zone`, for messages that name a lease's end. */
export function formatInZone(iso: string, zone = LEASE_TIME_ZONE): string {
  const w = wallTime(new Date(iso).getTime(), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(w.d)}-${pad(w.m)}-${w.y} ${pad(w.h)}:${pad(w.mi)}`;
}

interface LeaseRow {
  id: string;
  meetingId: number;
  accountId: number;
  workstation: string;
  grantedAt: string;
  expiresAt: string;
  displayName: string;
}

/** The lease of the meeting that has no end mark yet (expired or not), with its holder's name. */
async function openLease(manager: EntityManager, meetingId: number): Promise<LeaseRow | null> {
  const [row] = await query<LeaseRow>(
    manager,
    sql`SELECT l.id AS "id", l.meeting_id AS "meetingId", l.account_id AS "accountId", l.workstation AS "workstation",
               l.granted_at AS "grantedAt", l.expires_at AS "expiresAt", a.display_name AS "displayName"
        FROM meeting_lease l JOIN account a ON a.id = l.account_id
        WHERE l.meeting_id = ${meetingId} AND l.revoked_at IS NULL AND l.checked_in_at IS NULL AND l.expired_at IS NULL`,
  );
  return row ? { ...row, meetingId: Number(row.meetingId), accountId: Number(row.accountId) } : null;
}

/** The name of the workstation a call comes from: the server session's, or this machine's. */
function workstationName(): string {
  return (serverCall()?.workstation ?? hostname()).slice(0, 64) || '?';
}

const isBeheerder = (ctx: TxContext) => ctx.session?.user.roles.includes('beheerder') ?? false;

export class MeetingLeases {
  constructor(
    private readonly clock: Clock,
    private readonly audit: () => AuditLog,
  ) {}

  /**
   * The meeting's active lease, or null. A lease past its end is marked expired here (under the
   * meeting's lease lock, so two calls finding it at once write one audit entry).
   */
  async active(manager: EntityManager, meetingId: number): Promise<LeaseRow | null> {
    const found = await openLease(manager, meetingId);
    if (!found) return null;
    const now = this.clock.now().toISOString();
    if (found.expiresAt > now) return found;
    await lockForTransaction(manager, LOCK.meetingLease, meetingId);
    const again = await openLease(manager, meetingId);
    if (!again || again.id !== found.id) return again && again.expiresAt > now ? again : null;
    await query(manager, sql`UPDATE meeting_lease SET expired_at = ${now} WHERE id = ${found.id}`);
    await this.audit().append(manager, {
      actorId: null,
      actorName: null,
      action: 'meetings:lease-expired',
      kind: 'change',
      objectType: 'overleg',
      objectId: String(meetingId),
      result: 'ok',
      details: { uitcheck: found.id, houder: found.accountId, tot: found.expiresAt },
    });
    return null;
  }

  view(row: LeaseRow, accountId: number | null): MeetingLease {
    return {
      meetingId: row.meetingId,
      holder: { id: row.accountId, displayName: row.displayName },
      workstation: row.workstation,
      grantedAt: row.grantedAt,
      expiresAt: row.expiresAt,
      mine: row.accountId === accountId,
    };
  }

  /** Every active lease (a beheerder's overview): leases past their end are left out. */
  async allActive(manager: EntityManager): Promise<ActiveLease[]> {
    const now = this.clock.now().toISOString();
    const rows = await query<LeaseRow & { meetingTitle: string; meetingDatum: string }>(
      manager,
      sql`SELECT l.id AS "id", l.meeting_id AS "meetingId", l.account_id AS "accountId", l.workstation AS "workstation",
                 l.granted_at AS "grantedAt", l.expires_at AS "expiresAt", a.display_name AS "displayName",
                 m.title AS "meetingTitle", m.datum AS "meetingDatum"
          FROM meeting_lease l JOIN account a ON a.id = l.account_id JOIN meeting m ON m.id = l.meeting_id
          WHERE l.revoked_at IS NULL AND l.checked_in_at IS NULL AND l.expired_at IS NULL AND l.expires_at > ${now}
          ORDER BY l.expires_at ASC, l.id ASC`,
    );
    return rows.map((row) => ({
      ...this.view({ ...row, meetingId: Number(row.meetingId), accountId: Number(row.accountId) }, null),
      meetingTitle: row.meetingTitle,
      meetingDatum: row.meetingDatum,
    }));
  }

  /** Grants a lease on `meeting` (already found visible) to its notulist or chair. */
  async checkOut(
    manager: EntityManager,
    meeting: Meeting,
    until: string | null,
    actor: Actor,
    ctx: TxContext,
  ): Promise<MeetingLease> {
    if (meeting.status !== 'concept') throw new AppError('MEETING_ADOPTED');
    if (actor.accountId === null || ![meeting.notulistId, meeting.voorzitterId].includes(actor.accountId))
      throw new AppError('CHECK_OUT_NOT_ALLOWED');
    const now = actor.now.getTime();
    const end = until === null ? endOfNextDay(actor.now) : new Date(until);
    if (end.getTime() <= now || end.getTime() > now + MAX_LEASE_MS) throw new AppError('LEASE_UNTIL_INVALID');
    await lockForTransaction(manager, LOCK.meetingLease, meeting.id);
    const workstation = workstationName();
    const current = await this.active(manager, meeting.id);
    if (current) {
      // The same holder asking again from the same workstation (a retry): the lease it has.
      if (current.accountId === actor.accountId && current.workstation === workstation) {
        ctx.note({ objectType: 'overleg', objectId: meeting.id, details: { uitcheck: current.id, herhaald: true } });
        return this.view(current, actor.accountId);
      }
      throw new AppError('MEETING_ALREADY_CHECKED_OUT', {
        naam: current.displayName,
        werkplek: current.workstation,
        tot: formatInZone(current.expiresAt),
      });
    }
    const id = randomUUID();
    await query(
      manager,
      sql`INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
          VALUES (${id}, ${meeting.id}, ${actor.accountId}, ${workstation}, ${actor.now.toISOString()}, ${end.toISOString()})`,
    );
    ctx.note({ objectType: 'overleg', objectId: meeting.id, details: { uitcheck: id, tot: end.toISOString() } });
    const granted = await openLease(manager, meeting.id);
    return this.view(granted!, actor.accountId);
  }

  /** Ends the meeting's active lease: its holder, or a beheerder (a lost laptop). */
  async revoke(manager: EntityManager, meetingId: number, actor: Actor, ctx: TxContext): Promise<void> {
    await lockForTransaction(manager, LOCK.meetingLease, meetingId);
    const current = await this.active(manager, meetingId);
    if (!current) throw new AppError('NOT_FOUND');
    if (current.accountId !== actor.accountId && !isBeheerder(ctx)) throw new AppError('FORBIDDEN');
    await query(
      manager,
      sql`UPDATE meeting_lease SET revoked_at = ${actor.now.toISOString()}, revoked_by = ${actor.accountId} WHERE id = ${current.id}`,
    );
    ctx.note({
      objectType: 'overleg',
      objectId: meetingId,
      details: { uitcheck: current.id, houder: current.accountId },
    });
  }

  /**
   * Refuses a write to the meeting by anyone but the holder of its active lease. A meeting outside
   * the caller's regions is left to the handler (NOT_FOUND): the refusal names the holder.
   */
  async assertWritable(manager: EntityManager, scope: AccessScope, meetingId: number | null): Promise<void> {
    if (meetingId === null) return;
    const meeting = await manager.findOne(MeetingEntity, { where: { id: meetingId } });
    if (!meeting || !scope.regionIds.includes(meeting.regionId)) return;
    const current = await this.active(manager, meetingId);
    if (current && current.accountId !== scope.accountId) {
      throw new AppError('MEETING_CHECKED_OUT', { naam: current.displayName, tot: formatInZone(current.expiresAt) });
    }
  }
}

/** The meeting an agenda item belongs to (null: no such item; the handler answers NOT_FOUND). */
export async function meetingOfItem(manager: EntityManager, itemId: number): Promise<number | null> {
  const item = await manager.findOne(AgendaItemEntity, { where: { id: itemId } });
  return item?.meetingId ?? null;
}

export type MeetingOf<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  manager: EntityManager,
) => number | null | Promise<number | null>;

/**
 * The one place where leases guard writes: each channel named in `writes` first asks the lease of
 * the meeting it writes to, and only then runs its handler (in the same transaction).
 */
export function guardLeasedWrites<H extends { [C in ChannelName]?: HandlerDef<C> }>(
  handlers: H,
  leases: MeetingLeases,
  writes: { [C in keyof H & ChannelName]?: MeetingOf<C> },
): H {
  const guarded: Record<string, unknown> = { ...handlers };
  for (const name of Object.keys(writes) as (keyof H & ChannelName)[]) {
    const def = handlers[name] as HandlerDef<typeof name> | undefined;
    const meetingOf = writes[name] as MeetingOf<typeof name>;
    if (!def || def.mode !== 'tx') throw new Error(`lease guard: ${name} is not a tx handler`);
    guarded[name] = {
      mode: 'tx',
      run: async (input: ParsedInputOf<typeof name>, ctx: TxContext) => {
        const meetingId = await meetingOf(input, ctx.manager);
        // A refusal's audit entry names the meeting (the handler, which would, does not run).
        if (meetingId !== null) ctx.note({ objectType: 'overleg', objectId: meetingId });
        await leases.assertWritable(ctx.manager, await scopeOf(ctx), meetingId);
        return def.run(input, ctx);
      },
    };
  }
  return guarded as H;
}
