// Login, lock, logout and password change. Login checks the password with the store's credentials
// (vault/credentials.ts: the account's key slot, whose key opens the SQLCipher file; or the
// account's verifier on PostgreSQL, checked over the store's own connection); lock and logout close
// the database again (and forget the key). Failed attempts are throttled and audited. A password
// change ends the account's other sessions on a CTER server (core/server/) in the same transaction.
import type { SessionUser } from '../../../src-shared/ipc/session';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity, type Account } from '../db/entities/account';
import { normaliseUsername } from '../vault/vault';
import type { Credentials, Unlocked, Workspace } from '../workspace';
import { policyOf } from '../policy/policy';
import { toSessionUser } from '../accounts/account-service';
import { query } from '../db/sql';
import { endSessionsOfAccount } from '../server/queries';
import { serverCall } from '../workspace/call-session';

/** Wrong current passwords in a row (in password change) after which the session is locked. */
export const LOCK_AFTER_FAILURES = 5;

export function readPolicy(ws: Workspace) {
  return ws.transaction((manager) => policyOf(manager));
}

export class SessionService {
  constructor(private readonly ws: Workspace) {}

  /** Serialises the part of a login that replaces the session, so two logins cannot interleave. */
  private opening: Promise<unknown> = Promise.resolve();

  /**
   * Checks the password (throttled: the attempt is reserved before the slow check, see
   * vault/throttle.ts) and only then replaces the current session, if any. A failed or refused
   * attempt leaves whoever is logged in logged in.
   */
  async login(username: string, password: string): Promise<SessionUser> {
    this.attempts += 1;
    try {
      return await this.attempt(username, password);
    } finally {
      this.attempts -= 1;
      // The store a log-in connected to for its checks closes again once no attempt needs it and
      // nobody is logged in (PostgreSQL; parallel attempts share the connection).
      if (this.attempts === 0 && this.connectedForChecks) {
        this.connectedForChecks = false;
        await this.ws.closeUnused();
      }
    }
  }

  /** Log-ins under way, and whether one of them connected to the store for its checks. */
  private attempts = 0;
  private connectedForChecks = false;

  private async attempt(username: string, password: string): Promise<SessionUser> {
    const ws = this.ws;
    const credentials = ws.credentials();
    // PostgreSQL: the checks below read the server, so connect first (closed again on failure).
    if (await credentials.connect()) this.connectedForChecks = true;
    const throttle = credentials.throttle;
    const tag = credentials.tag(username);
    const reserved = await throttle.reserve(tag, ws.clock.now().getTime());
    if (!reserved.ok) throw new AppError('THROTTLED', { seconds: reserved.seconds });
    let unlocked: Unlocked;
    try {
      unlocked = await credentials.unlock(username, password);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_CREDENTIALS') {
        await throttle.reservedFailed(tag, ws.clock.now().getTime());
      } else {
        await throttle.release(tag);
        ws.setProblem(error);
      }
      throw error;
    }
    await throttle.release(tag);
    const run = this.opening.then(() => this.openSession(credentials, username, tag, unlocked));
    this.opening = run.catch(() => undefined);
    return run;
  }

  private async openSession(
    credentials: Credentials,
    username: string,
    tag: string,
    unlocked: Unlocked,
  ): Promise<SessionUser> {
    const ws = this.ws;
    try {
      if (ws.current()) await this.end('logout');
    } catch (error) {
      unlocked.discard();
      throw error;
    }
    try {
      await unlocked.open();
    } catch (error) {
      ws.setProblem(error);
      throw error;
    }

    const account = await ws.transaction((manager) =>
      manager.findOne(AccountEntity, { where: { username: normaliseUsername(username) } }),
    );
    if (!account || !account.active || !credentials.matches(account, unlocked.credentialId)) {
      // A secret without a matching active account (left behind, or deactivated meanwhile).
      await ws.audit({
        actorId: account?.id ?? null,
        actorName: account?.username ?? null,
        action: 'session:login',
        kind: 'session',
        result: 'ACCOUNT_INACTIVE',
      });
      await ws.close(false);
      throw new AppError(account && !account.active ? 'ACCOUNT_INACTIVE' : 'WRONG_CREDENTIALS');
    }
    await credentials.throttle.recordSuccess(tag);
    // A slot left behind by a password change that was cut off; failures recorded while closed.
    await credentials.afterLogin(username, account);
    const stamp = ws.clock.now().toISOString();
    await ws.transaction(async (manager, audit) => {
      await manager.update(AccountEntity, { id: account.id }, { lastLoginAt: stamp });
      await audit.append(manager, {
        actorId: account.id,
        actorName: account.username,
        action: 'session:login',
        kind: 'session',
        result: 'ok',
      });
    });
    ws.idleMinutes = (await readPolicy(ws)).idleMinutes;
    const user = toSessionUser({ ...account, lastLoginAt: stamp });
    ws.startSession(user, unlocked.credentialId);
    return user;
  }

  /**
   * Ends the session: `lock` keeps the name for the lock screen, `logout` forgets it too. The
   * window is told (`session-ended`) unless `announce` is false: a session core opened for its own
   * work (seeding the demo) ended without anyone having logged in at the window.
   */
  async end(how: 'lock' | 'idle' | 'logout', { announce = true }: { announce?: boolean } = {}): Promise<void> {
    // A server session ends alone; the store stays open for the others (core/server/).
    const call = serverCall();
    if (call) return call.end(how);
    const ws = this.ws;
    if (!ws.current()) return;
    await ws.audit({
      ...ws.actor(),
      action: how === 'logout' ? 'session:logout' : 'session:lock',
      kind: 'session',
      result: 'ok',
      details: how === 'idle' ? { reden: 'inactiviteit' } : null,
    });
    await ws.close(how !== 'logout');
    if (!announce) return;
    ws.emit({ type: 'session-ended', reason: how === 'logout' ? 'logged-out' : how === 'idle' ? 'idle' : 'locked' });
  }

  /**
   * Locks when the session has been idle for the policy's minutes; called by a timer. Shortly
   * before, it warns once (`idle-warning`, src-shared/domain/idle-warning.ts): the renderer asks
   * whether the user is still at work, and any input counts as activity again.
   */
  async lockIfIdle(): Promise<boolean> {
    if (!this.ws.isIdle()) {
      const locksInMs = this.ws.takeIdleWarning();
      if (locksInMs !== null) this.ws.emit({ type: 'idle-warning', locksInMs });
      return false;
    }
    await this.end('idle');
    return true;
  }

  /**
   * The current password is checked like a login: throttled with the same counter, and after
   * LOCK_AFTER_FAILURES wrong current passwords in a row the session is locked, so someone at an
   * unlocked screen cannot go on guessing.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<SessionUser> {
    const ws = this.ws;
    const session = ws.requireSession();
    const credentials = ws.credentials();
    const throttle = credentials.throttle;
    const tag = credentials.tag(session.user.username);
    const attempt = (result: string) =>
      ws.audit({
        ...ws.actor(),
        action: 'session:change-password',
        kind: 'session',
        objectType: 'account',
        objectId: String(session.user.id),
        result,
      });
    const reserved = await throttle.reserve(tag, ws.clock.now().getTime(), false);
    if (!reserved.ok) {
      await attempt('THROTTLED');
      throw new AppError('THROTTLED', { seconds: reserved.seconds });
    }
    let right: boolean;
    try {
      right = await credentials.verify(session, currentPassword, false);
    } catch (error) {
      await throttle.release(tag);
      throw error;
    }
    if (!right) {
      await throttle.reservedFailed(tag, ws.clock.now().getTime(), false);
      await attempt('WRONG_CREDENTIALS');
      if (reserved.failures >= LOCK_AFTER_FAILURES) await this.end('lock');
      throw new AppError('WRONG_CREDENTIALS', undefined, {
        currentPassword: { key: 'validation.currentPasswordWrong' },
      });
    }
    await throttle.recordSuccess(tag);
    if (newPassword === currentPassword) {
      throw new AppError('PASSWORD_REUSED', undefined, { password: { key: 'validation.passwordReused' } });
    }
    ws.passwords.assertAcceptable(newPassword, [session.user.username, session.user.displayName]);
    // A fresh secret for the new password; the old slot goes once the database has the new one.
    const secret = await credentials.issue(session.user.username, newPassword);
    const account = await ws.transaction(async (manager, audit) => {
      await manager.update(
        AccountEntity,
        { id: session.user.id },
        { ...secret.fields, mustChangePassword: false, updatedAt: ws.clock.now().toISOString() },
      );
      // Whoever still holds a session of this account on a CTER server (the old password, or a
      // stolen token) is logged out; the server session that made the change stays.
      const keep = serverCall()?.sessionId ?? null;
      await query(manager, endSessionsOfAccount(session.user.id, 'password-change', ws.clock.now().getTime(), keep));
      await audit.append(manager, {
        ...ws.actor(),
        action: 'session:change-password',
        kind: 'change',
        objectType: 'account',
        objectId: String(session.user.id),
        result: 'ok',
      });
      return (await manager.findOne(AccountEntity, { where: { id: session.user.id } })) as Account;
    });
    secret.commit();
    const user = toSessionUser(account);
    ws.updateSessionUser(user, secret.credentialId);
    return user;
  }
}
