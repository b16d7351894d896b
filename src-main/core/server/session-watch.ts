// The event side of a CTER server's sessions (issue 18): a client's stream subscribes with its
// token, resolved as a call is (the same client binding, idle and expiry rules, the same refusals)
// but never counted as activity, so a session with a stream still idle-locks. The listeners and
// the poll's timer are session-events.ts; this is what the poll does (`sweep`): one primary-key
// `IN` query for the sessions with a stream in this process. A row ended elsewhere (another
// process, a beheerder, a restore) is published to its streams; an open one past its idle time or
// absolute expiry is ended here, as its next call would end it (and so published); an open one
// shortly before its idle time is warned once per quiet spell (`idle-warning`). The sessions
// themselves (log-in, resolving a token, ending a row): server-sessions.ts, which gives this the
// two things it needs of them (`WatchedSessions`).
import { idleWarningDue } from '../../../src-shared/domain/idle-warning';
import { AppError, isAppError, type Result } from '../../../src-shared/ipc/errors';
import { query } from '../db/sql';
import type { Logger } from '../logger';
import { policyOf } from '../policy/policy';
import { toBridgeError } from '../router';
import type { Workspace } from '../workspace';
import { sessionsByIds, type EndReason, type SessionRow } from './queries';
import { SessionEvents, type SessionListener } from './session-events';

/** A stream's hold on a session's events (`subscribe`). */
export interface EventSubscription {
  sessionId: string;
  /** Stops the listener (the stream closed). */
  unsubscribe(): void;
}

/** What the watch needs of the sessions (server-sessions.ts). */
export interface WatchedSessions {
  /** The session's id for a token, resolved as a call's; throws the call's refusal. */
  resolve(token: unknown, client: string | null): Promise<{ sessionId: string | null }>;
  /** Ends an open session the poll found past its idle time or absolute expiry (audited, published). */
  endFound(row: SessionRow, reason: EndReason): Promise<void>;
}

export class SessionWatch {
  /** The listeners of this process's event streams, per session. */
  readonly events: SessionEvents;
  /** Per watched session: the last activity of the quiet spell whose idle warning was published. */
  private readonly warnedFor = new Map<string, string>();

  constructor(
    private readonly ws: Workspace,
    private readonly logger: Logger,
    private readonly sessions: WatchedSessions,
    eventPollMs?: number,
  ) {
    this.events = new SessionEvents((ids) => this.sweep(ids), logger, eventPollMs);
  }

  /** Listens to the events of the session `token` names (see the header). */
  async subscribe(
    token: unknown,
    client: string | null,
    listener: SessionListener,
  ): Promise<Result<EventSubscription>> {
    let sessionId: string;
    try {
      sessionId = (await this.sessions.resolve(token, client)).sessionId as string;
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: resolving a session for its events failed', error);
      return { ok: false, error: toBridgeError(isAppError(error) ? error : new AppError('INTERNAL')) };
    }
    return { ok: true, value: { sessionId, unsubscribe: this.events.add(sessionId, listener) } };
  }

  /**
   * One poll of the sessions with a stream in this process: an ended row is published (it may have
   * ended at another process, or by a restore), an open one past its idle time or absolute expiry
   * is ended here (and so published), as its next call would.
   */
  private async sweep(ids: string[]): Promise<void> {
    if (ids.length === 0 || !this.ws.isOpen()) return;
    const { rows, idleMinutes } = await this.ws.transaction(async (manager) => ({
      rows: await query<SessionRow>(manager, sessionsByIds(ids)),
      idleMinutes: (await policyOf(manager)).idleMinutes,
    }));
    const now = this.ws.clock.now().getTime();
    for (const row of rows) {
      if (row.ended_at !== null) {
        this.events.ended(row.id, row.end_reason ?? 'logout');
        continue;
      }
      const reason: EndReason | null =
        now >= Number(row.expires_at)
          ? 'expired'
          : now - Number(row.last_activity_at) >= idleMinutes * 60_000
            ? 'idle'
            : null;
      if (reason) await this.sessions.endFound(row, reason);
      else this.warnIfDue(row, now, idleMinutes);
    }
    // A row that is gone (never so today: sessions are ended, not deleted) ends its streams too.
    const found = new Set(rows.map((row) => row.id));
    for (const id of ids) if (!found.has(id)) this.events.ended(id, 'logout');
    for (const id of this.warnedFor.keys()) if (!found.has(id)) this.warnedFor.delete(id);
  }

  /** Publishes the idle warning to an open session's streams, once per quiet spell. */
  private warnIfDue(row: SessionRow, now: number, idleMinutes: number): void {
    const spell = String(row.last_activity_at);
    if (this.warnedFor.get(row.id) === spell) return;
    const locksInMs = idleWarningDue(Number(row.last_activity_at), now, idleMinutes);
    if (locksInMs === null) return;
    this.warnedFor.set(row.id, spell);
    this.events.publish(row.id, { type: 'idle-warning', locksInMs });
  }
}
