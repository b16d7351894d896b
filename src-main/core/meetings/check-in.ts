// Check-in of a meeting (issue 19; migration 0023, `meeting_check_in`); what check-out hands over
// is checkout-package.ts.
// - A check-in is one row keyed by the laptop's `checkInKey`: sent again, the same answer, nothing
//   applied twice. On the live lease of its caller it is applied in the call's one transaction
//   when no record moved on since its base (the lease is then checked in); otherwise the conflicts
//   are answered, nothing is written but the row, and `resolve` applies with the holder's choices.
//   On a lease that ended (expired, revoked, or checked in by another check-in) the changes are
//   kept as a conflict copy that the chair resolves or discards; they are never applied by
//   themselves.
// - An agenda item the laptop typed in but that was removed on the server meanwhile is a conflict
//   (`removed`) whose one choice keeps the server's agenda: resolving lays the laptop's text aside
//   as a conflict copy (`item-removed`) for the chair — the agenda change stands (it was made by
//   someone holding or chairing the meeting, perhaps for need-to-know), and nothing typed is lost.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import type {
  CheckInChanges,
  CheckInConflict,
  CheckInResult,
  ConflictCopy,
} from '../../../src-shared/ipc/meeting-check-out';
import { checkInChanges } from '../../../src-shared/ipc/meeting-check-out';
import type { AccessScope } from '../access/access';
import { AgendaItemEntity, MeetingEntity } from '../db/entities/meeting';
import { LOCK, lockForTransaction } from '../db/locks';
import { query, sql } from '../db/sql';
import { scopeOf, type Actor, type TxContext } from '../handlers';
import { applyChoices, conflictsOf, REMOVED, type Choice } from './check-in-diff';
import type { MeetingLeases } from './lease';
import type { MeetingService } from './meeting-service';
import { buildMeetingView, parseMinutes, visibleMeeting } from './meeting-view';

interface LeaseRecord {
  id: string;
  meetingId: number;
  accountId: number;
  workstation: string;
  expiresAt: string;
  revokedAt: string | null;
  checkedInAt: string | null;
  expiredAt: string | null;
}

interface CheckInRow {
  key: string;
  leaseId: string;
  meetingId: number;
  accountId: number;
  displayName: string;
  workstation: string;
  offlineFrom: string;
  offlineUntil: string;
  receivedAt: string;
  changes: string;
  outcome: 'applied' | 'conflicts' | 'conflict-copy';
  reason: ConflictCopy['reason'] | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolution: ConflictCopy['resolution'];
}

const CHECK_IN_COLUMNS = sql`k.check_in_key AS "key", k.lease_id AS "leaseId", k.meeting_id AS "meetingId",
  k.account_id AS "accountId", a.display_name AS "displayName", k.workstation AS "workstation",
  k.offline_from AS "offlineFrom", k.offline_until AS "offlineUntil", k.received_at AS "receivedAt",
  k.changes AS "changes", k.outcome AS "outcome", k.reason AS "reason", k.resolved_at AS "resolvedAt",
  r.display_name AS "resolvedBy", k.resolution AS "resolution"`;

const normalise = (row: CheckInRow): CheckInRow => ({
  ...row,
  meetingId: Number(row.meetingId),
  accountId: Number(row.accountId),
});

async function checkInRows(manager: EntityManager, where: ReturnType<typeof sql>): Promise<CheckInRow[]> {
  const rows = await query<CheckInRow>(
    manager,
    sql`SELECT ${CHECK_IN_COLUMNS} FROM meeting_check_in k JOIN account a ON a.id = k.account_id
        LEFT JOIN account r ON r.id = k.resolved_by WHERE ${where} ORDER BY k.received_at ASC`,
  );
  return rows.map(normalise);
}

async function leaseById(manager: EntityManager, id: string): Promise<LeaseRecord | null> {
  const [row] = await query<LeaseRecord>(
    manager,
    sql`SELECT id AS "id", meeting_id AS "meetingId", account_id AS "accountId", workstation AS "workstation",
               expires_at AS "expiresAt", revoked_at AS "revokedAt", checked_in_at AS "checkedInAt", expired_at AS "expiredAt"
        FROM meeting_lease WHERE id = ${id}`,
  );
  return row ? { ...row, meetingId: Number(row.meetingId), accountId: Number(row.accountId) } : null;
}

export interface CheckInInput {
  leaseId: string;
  checkInKey: string;
  offlineFrom: string;
  offlineUntil: string;
  changes: CheckInChanges;
}

export class MeetingCheckIns {
  constructor(
    private readonly leases: MeetingLeases,
    private readonly meetings: MeetingService,
  ) {}

  /** `meetings:check-in` (see the file's header). */
  async checkIn(manager: EntityManager, input: CheckInInput, actor: Actor, ctx: TxContext): Promise<CheckInResult> {
    if (input.offlineFrom > input.offlineUntil) throw new AppError('CHECK_IN_OFFLINE_RANGE');
    const lease = await leaseById(manager, input.leaseId);
    if (!lease || lease.accountId !== actor.accountId) throw new AppError('NOT_FOUND');
    const scope = await this.scope(ctx);
    await visibleMeeting(manager, scope, lease.meetingId);
    await lockForTransaction(manager, LOCK.meetingLease, lease.meetingId);
    const note = (outcome: string, more: Record<string, string | number> = {}) =>
      ctx.note({
        objectType: 'overleg',
        objectId: lease.meetingId,
        details: {
          uitcheck: lease.id,
          incheck: input.checkInKey,
          offlineVan: input.offlineFrom,
          offlineTot: input.offlineUntil,
          uitkomst: outcome,
          ...more,
        },
      });
    const [earlier] = await checkInRows(manager, sql`k.check_in_key = ${input.checkInKey}`);
    if (earlier) {
      if (earlier.leaseId !== lease.id) throw new AppError('NOT_FOUND');
      note(earlier.outcome, { herhaald: 1 });
      return this.answer(manager, scope, earlier, actor.now);
    }
    // Marks the lease expired (with its audit entry) when its end has passed.
    const active = await this.leases.active(manager, lease.meetingId);
    const reason: ConflictCopy['reason'] | null =
      active?.id === lease.id ? null : lease.revokedAt ? 'revoked' : lease.checkedInAt ? 'checked-in' : 'expired';
    const record = async (outcome: CheckInRow['outcome']) =>
      query(
        manager,
        sql`INSERT INTO meeting_check_in (check_in_key, lease_id, meeting_id, account_id, workstation, offline_from, offline_until,
                                          received_at, changes, outcome, reason)
            VALUES (${input.checkInKey}, ${lease.id}, ${lease.meetingId}, ${lease.accountId}, ${lease.workstation},
                    ${input.offlineFrom}, ${input.offlineUntil}, ${actor.now.toISOString()}, ${JSON.stringify(input.changes)},
                    ${outcome}, ${reason})`,
      );
    if (reason) {
      await record('conflict-copy');
      note('conflict-copy', { reden: reason });
      return { outcome: 'conflict-copy', copyId: input.checkInKey };
    }
    const conflicts = await conflictsOf(manager, lease.meetingId, input.changes, true);
    if (conflicts.length) {
      await record('conflicts');
      note('conflicts', { conflicten: conflicts.length });
      return { outcome: 'conflicts', conflicts };
    }
    await this.apply(manager, scope, lease.meetingId, input.changes, true, actor);
    await record('applied');
    await this.endLease(manager, lease.id, actor);
    note('applied', { agendapunten: input.changes.items.length });
    return { outcome: 'applied', meeting: await this.view(manager, scope, lease.meetingId, actor.now) };
  }

  /** `meetings:resolve-check-in`: the waiting check-in applied with a choice per conflict. */
  async resolve(
    manager: EntityManager,
    input: { leaseId: string; checkInKey: string; choices: Choice[] },
    actor: Actor,
    ctx: TxContext,
  ): Promise<CheckInResult> {
    const lease = await leaseById(manager, input.leaseId);
    if (!lease || lease.accountId !== actor.accountId) throw new AppError('NOT_FOUND');
    const scope = await this.scope(ctx);
    await visibleMeeting(manager, scope, lease.meetingId);
    await lockForTransaction(manager, LOCK.meetingLease, lease.meetingId);
    const [row] = await checkInRows(manager, sql`k.check_in_key = ${input.checkInKey} AND k.lease_id = ${lease.id}`);
    if (!row) throw new AppError('CHECK_IN_NOT_PENDING');
    const note = (outcome: string, more: Record<string, string | number> = {}) =>
      ctx.note({
        objectType: 'overleg',
        objectId: lease.meetingId,
        details: { uitcheck: lease.id, incheck: row.key, uitkomst: outcome, keuzes: input.choices.length, ...more },
      });
    // A retry of a resolve that went through: the same answer.
    if (row.outcome !== 'conflicts') {
      note(row.outcome, { herhaald: 1 });
      return this.answer(manager, scope, row, actor.now);
    }
    const changes = checkInChanges.parse(JSON.parse(row.changes));
    const active = await this.leases.active(manager, lease.meetingId);
    if (active?.id !== lease.id) {
      // The lease ended while the holder was choosing: kept as a conflict copy, never applied.
      const reason = lease.revokedAt ? 'revoked' : lease.checkedInAt ? 'checked-in' : 'expired';
      await query(
        manager,
        sql`UPDATE meeting_check_in SET outcome = 'conflict-copy', reason = ${reason} WHERE check_in_key = ${row.key}`,
      );
      note('conflict-copy', { reden: reason });
      return { outcome: 'conflict-copy', copyId: row.key };
    }
    const conflicts = await conflictsOf(manager, lease.meetingId, changes, true);
    // A conflict without a choice (perhaps new since they were shown) refuses the whole resolve:
    // the same check-in sent again (same key) answers the conflicts as they are now.
    const resolved = await applyChoices(manager, lease.meetingId, changes, conflicts, input.choices);
    await this.apply(manager, scope, lease.meetingId, resolved, false, actor);
    const laidAside = await this.layAside(manager, row, changes, conflicts, actor);
    await query(
      manager,
      sql`UPDATE meeting_check_in SET outcome = 'applied', changes = ${JSON.stringify(resolved)}, resolved_at = ${actor.now.toISOString()},
                 resolved_by = ${actor.accountId}, resolution = 'applied'
          WHERE check_in_key = ${row.key}`,
    );
    await this.endLease(manager, lease.id, actor);
    note('applied', { conflicten: conflicts.length, ...(laidAside ? { apartGezet: laidAside } : {}) });
    return { outcome: 'applied', meeting: await this.view(manager, scope, lease.meetingId, actor.now) };
  }

  /**
   * The laptop's minutes of agenda items removed on the server meanwhile (conflicts `removed`):
   * not written, but kept as a conflict copy (`item-removed`) that the chair reads and applies or
   * lays aside, as the copies of an ended lease. Returns how many items were laid aside.
   */
  private async layAside(
    manager: EntityManager,
    row: CheckInRow,
    changes: CheckInChanges,
    conflicts: CheckInConflict[],
    actor: Actor,
  ): Promise<number> {
    const removed = new Set(conflicts.filter((c) => c.field === REMOVED).map((c) => c.record.id));
    const items = changes.items.filter((item) => removed.has(item.itemId));
    if (!items.length) return 0;
    const kept: CheckInChanges = { meeting: null, items, actions: [], agenda: [], adopted: false };
    await query(
      manager,
      sql`INSERT INTO meeting_check_in (check_in_key, lease_id, meeting_id, account_id, workstation, offline_from, offline_until,
                                        received_at, changes, outcome, reason)
          VALUES (${randomUUID()}, ${row.leaseId}, ${row.meetingId}, ${row.accountId}, ${row.workstation},
                  ${row.offlineFrom}, ${row.offlineUntil}, ${actor.now.toISOString()}, ${JSON.stringify(kept)},
                  'conflict-copy', 'item-removed')`,
    );
    return items.length;
  }

  /** The conflict copies of a meeting, newest last, with their differences from the server now. */
  async copies(manager: EntityManager, meetingId: number): Promise<ConflictCopy[]> {
    const rows = await checkInRows(manager, sql`k.meeting_id = ${meetingId} AND k.outcome = 'conflict-copy'`);
    return Promise.all(rows.map((row) => this.copyView(manager, row)));
  }

  /** Applies a conflict copy with a choice per difference, or discards it. */
  async resolveCopy(
    manager: EntityManager,
    scope: AccessScope,
    copyId: string,
    action: 'apply' | 'discard',
    choices: Choice[],
    actor: Actor,
  ): Promise<ConflictCopy> {
    const [row] = await checkInRows(manager, sql`k.check_in_key = ${copyId} AND k.outcome = 'conflict-copy'`);
    if (!row) throw new AppError('NOT_FOUND');
    await lockForTransaction(manager, LOCK.meetingLease, row.meetingId);
    if (row.resolvedAt)
      throw new AppError('CONFLICT_COPY_RESOLVED', { naam: row.resolvedBy ?? '', op: row.resolvedAt });
    if (action === 'apply') {
      const changes = checkInChanges.parse(JSON.parse(row.changes));
      const differences = await conflictsOf(manager, row.meetingId, changes, false);
      const resolved = await applyChoices(manager, row.meetingId, changes, differences, choices);
      await this.apply(manager, scope, row.meetingId, { ...resolved, adopted: false }, false, actor);
    }
    await query(
      manager,
      sql`UPDATE meeting_check_in SET resolved_at = ${actor.now.toISOString()}, resolved_by = ${actor.accountId},
                 resolution = ${action === 'apply' ? 'applied' : 'discarded'}
          WHERE check_in_key = ${copyId}`,
    );
    const [fresh] = await checkInRows(manager, sql`k.check_in_key = ${copyId}`);
    return this.copyView(manager, fresh!);
  }

  /** The meeting of a conflict copy (null: none), for the lease guard and the audit entry. */
  async meetingOfCopy(manager: EntityManager, copyId: string): Promise<number | null> {
    const [row] = await query<{ meetingId: number }>(
      manager,
      sql`SELECT meeting_id AS "meetingId" FROM meeting_check_in WHERE check_in_key = ${copyId}`,
    );
    return row ? Number(row.meetingId) : null;
  }

  private async copyView(manager: EntityManager, row: CheckInRow): Promise<ConflictCopy> {
    const changes = checkInChanges.parse(JSON.parse(row.changes));
    let differences: CheckInConflict[] = [];
    if (!row.resolvedAt) {
      const meeting = await manager.findOne(MeetingEntity, { where: { id: row.meetingId } });
      if (meeting) differences = await conflictsOf(manager, row.meetingId, changes, false).catch(() => []);
    }
    return {
      id: row.key,
      meetingId: row.meetingId,
      leaseId: row.leaseId,
      holder: { id: row.accountId, displayName: row.displayName },
      workstation: row.workstation,
      offlineFrom: row.offlineFrom,
      offlineUntil: row.offlineUntil,
      receivedAt: row.receivedAt,
      reason: row.reason ?? 'expired',
      changes,
      differences,
      resolvedAt: row.resolvedAt,
      resolvedBy: row.resolvedBy,
      resolution: row.resolution,
    };
  }

  /** Writes the changes: with their bases (`checked`), or as they are after the choices. */
  private async apply(
    manager: EntityManager,
    scope: AccessScope,
    meetingId: number,
    changes: CheckInChanges,
    checked: boolean,
    actor: Actor,
  ): Promise<void> {
    if (changes.meeting) {
      const meeting = await visibleMeeting(manager, scope, meetingId);
      await this.meetings.update(
        manager,
        scope,
        meeting,
        changes.meeting.details,
        changes.meeting.attendance,
        checked ? changes.meeting.base : undefined,
        actor,
      );
    }
    for (const change of changes.items) {
      const item = await manager.findOne(AgendaItemEntity, { where: { id: change.itemId } });
      if (!item || item.meetingId !== meetingId) throw new AppError('NOT_FOUND');
      // Weging links and casus action ids are core's: the server's stay where the laptop has none.
      const stored = parseMinutes(item.minutes);
      const minutes = {
        ...change.minutes,
        acties: change.minutes.acties.map((row) => ({
          ...row,
          caseActionId: row.caseActionId ?? stored.acties.find((r) => r.id === row.id)?.caseActionId ?? null,
        })),
      };
      await this.meetings.saveItem(
        manager,
        scope,
        item,
        minutes,
        change.spentSeconds,
        checked ? change.base : undefined,
        actor,
      );
    }
    if (changes.adopted) {
      await this.meetings.adopt(manager, await visibleMeeting(manager, scope, meetingId), actor);
    }
  }

  private async endLease(manager: EntityManager, leaseId: string, actor: Actor): Promise<void> {
    await query(
      manager,
      sql`UPDATE meeting_lease SET checked_in_at = ${actor.now.toISOString()} WHERE id = ${leaseId}`,
    );
  }

  private async answer(manager: EntityManager, scope: AccessScope, row: CheckInRow, now: Date): Promise<CheckInResult> {
    if (row.outcome === 'applied')
      return { outcome: 'applied', meeting: await this.view(manager, scope, row.meetingId, now) };
    if (row.outcome === 'conflict-copy') return { outcome: 'conflict-copy', copyId: row.key };
    const changes = checkInChanges.parse(JSON.parse(row.changes));
    return { outcome: 'conflicts', conflicts: await conflictsOf(manager, row.meetingId, changes, true) };
  }

  private async view(manager: EntityManager, scope: AccessScope, meetingId: number, now: Date): Promise<MeetingView> {
    return buildMeetingView(manager, scope, await visibleMeeting(manager, scope, meetingId), now);
  }

  private scope(ctx: TxContext): Promise<AccessScope> {
    return scopeOf(ctx);
  }
}
