// Who is logged in: the current session, how long it may stay idle, and whose name the lock
// screen shows. Only the session service and the workspace start or end a session.
// In a call bound to a server session (workspace/call-session.ts) that session is the current one
// instead: the installation's own session, its lock-screen name and activity are left alone.
import type { SessionUser, VaultStatus } from '../../../src-shared/ipc/session';
import { AppError } from '../../../src-shared/ipc/errors';
import { idleWarningDue } from '../../../src-shared/domain/idle-warning';
import type { Clock } from '../clock';
import { serverCall, type OpenSession } from './call-session';

export type { OpenSession } from './call-session';

export class SessionState {
  private session: OpenSession | null = null;
  /** The name the lock screen shows after a lock (null after a logout). */
  lockedUser: VaultStatus['lockedUser'] = null;
  idleMinutes = 10;
  /** The last activity of the quiet spell whose idle warning was given (given once per spell). */
  private warnedFor: number | null = null;

  constructor(private readonly clock: Clock) {}

  current(): OpenSession | null {
    const call = serverCall();
    return call ? call.session : this.session;
  }

  requireSession(): OpenSession {
    const session = this.current();
    if (!session) throw new AppError('NOT_AUTHENTICATED');
    return session;
  }

  start(user: SessionUser, slotId: string | null): void {
    assertNotServerCall();
    this.session = { user, slotId, lastActivity: this.clock.now().getTime(), kiosk: null };
    this.lockedUser = null;
  }

  updateUser(user: SessionUser, slotId = this.current()?.slotId ?? null): void {
    const call = serverCall();
    if (call) {
      // The account read at the call's start no longer holds for the access scope: read it again.
      if (call.session) call.session = { ...call.session, user, slotId, account: undefined };
      return;
    }
    if (this.session) this.session = { ...this.session, user, slotId };
  }

  /** Ends the session; `keepUser` keeps the lock screen's name. Answers the session that ended. */
  end(keepUser: boolean): OpenSession | null {
    assertNotServerCall();
    const ended = this.session;
    const user = ended?.user;
    this.lockedUser = keepUser && user ? { username: user.username, displayName: user.displayName } : null;
    this.session = null;
    return ended;
  }

  /** The audit actor fields (AuditInput's) for the current session (or nobody). */
  actor(): { actorId: number | null; actorName: string | null } {
    const user = this.current()?.user;
    return { actorId: user?.id ?? null, actorName: user?.username ?? null };
  }

  touch(): void {
    const call = serverCall();
    // A server session's activity is saved with the session after the call (core/server/).
    if (call) call.active = true;
    else if (this.session) this.session.lastActivity = this.clock.now().getTime();
  }

  /** True when the session has been idle for the policy's number of minutes. */
  isIdle(): boolean {
    return this.session !== null && this.clock.now().getTime() - this.session.lastActivity >= this.idleMinutes * 60_000;
  }

  /**
   * The milliseconds left before the idle lock when its warning is due now and was not yet given
   * for this quiet spell (src-shared/domain/idle-warning.ts), else null. Answering counts as giving it.
   */
  takeIdleWarning(): number | null {
    const session = this.session;
    if (!session || this.warnedFor === session.lastActivity) return null;
    const left = idleWarningDue(session.lastActivity, this.clock.now().getTime(), this.idleMinutes);
    if (left !== null) this.warnedFor = session.lastActivity;
    return left;
  }
}

/** The installation's own session is never started or ended by a server session's call. */
function assertNotServerCall(): void {
  if (serverCall()) throw new Error('session-state: a server call cannot start or end the installation session');
}
