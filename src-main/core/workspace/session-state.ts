// Who is logged in: the current session, how long it may stay idle, and whose name the lock
// screen shows. Only the session service and the workspace start or end a session.
import type { SessionUser, VaultStatus } from '../../../src-shared/ipc/session';
import { AppError } from '../../../src-shared/ipc/errors';
import type { AuditInput } from '../audit/audit-log';
import type { Clock } from '../clock';

export interface OpenSession {
  user: SessionUser;
  /** The key slot that opened the SQLCipher database; null on PostgreSQL, which has no key slots. */
  slotId: string | null;
  lastActivity: number;
  /** Kiosk mode (evaluations): the round respondents answer; only kiosk channels work meanwhile. */
  kiosk: { roundId: number; startedAt: string; submitted: number } | null;
}

export class SessionState {
  private session: OpenSession | null = null;
  /** The name the lock screen shows after a lock (null after a logout). */
  lockedUser: VaultStatus['lockedUser'] = null;
  idleMinutes = 10;

  constructor(private readonly clock: Clock) {}

  current(): OpenSession | null {
    return this.session;
  }

  requireSession(): OpenSession {
    if (!this.session) throw new AppError('NOT_AUTHENTICATED');
    return this.session;
  }

  start(user: SessionUser, slotId: string | null): void {
    this.session = { user, slotId, lastActivity: this.clock.now().getTime(), kiosk: null };
    this.lockedUser = null;
  }

  updateUser(user: SessionUser, slotId = this.session?.slotId ?? null): void {
    if (this.session) this.session = { ...this.session, user, slotId };
  }

  /** Ends the session; `keepUser` keeps the lock screen's name. Answers the session that ended. */
  end(keepUser: boolean): OpenSession | null {
    const ended = this.session;
    const user = ended?.user;
    this.lockedUser = keepUser && user ? { username: user.username, displayName: user.displayName } : null;
    this.session = null;
    return ended;
  }

  /** The audit actor fields for the current session (or nobody). */
  actor(): Pick<AuditInput, 'actorId' | 'actorName'> {
    const user = this.session?.user;
    return { actorId: user?.id ?? null, actorName: user?.username ?? null };
  }

  touch(): void {
    if (this.session) this.session.lastActivity = this.clock.now().getTime();
  }

  /** True when the session has been idle for the policy's number of minutes. */
  isIdle(): boolean {
    return this.session !== null && this.clock.now().getTime() - this.session.lastActivity >= this.idleMinutes * 60_000;
  }
}
