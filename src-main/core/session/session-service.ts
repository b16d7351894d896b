// Login, lock, logout and password change. Login opens the database with the key from the
// account's slot; lock and logout close it again and forget the key. Failed attempts are
// throttled (vault/throttle.ts) and audited at the next successful unlock.
import type { SessionUser } from '../../../src-shared/ipc/session';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity, type Account } from '../db/entities/account';
import { discardStaleRekey, finishInterruptedRekey } from '../vault/rekey';
import { lookupTag, normaliseUsername, type Vault } from '../vault/vault';
import type { Workspace } from '../workspace';
import { policyOf } from '../policy/policy';
import { toSessionUser } from '../accounts/account-service';

/** Wrong current passwords in a row (in password change) after which the session is locked. */
export const LOCK_AFTER_FAILURES = 5;

type Unlocked = Awaited<ReturnType<Vault['unlock']>>;

export function readPolicy(ws: Workspace) {
  return ws.transaction((manager) => policyOf(manager));
}

/** Writes failures recorded while the database was closed into the audit log. */
async function flushFailures(ws: Workspace): Promise<void> {
  const pending = ws.throttle().takePending();
  if (pending.length === 0) return;
  const file = ws.vault().read();
  await ws.transaction(async (manager, audit) => {
    const accounts = await manager.find(AccountEntity);
    const byTag = new Map(accounts.map((account) => [lookupTag(file, account.username), account]));
    for (const failure of pending) {
      const account = byTag.get(failure.tag);
      await audit.append(manager, {
        actorId: account?.id ?? null,
        actorName: account?.username ?? null,
        action: failure.outcome === 'recovery-key-used' ? 'vault:recover-key' : 'session:login',
        kind: 'session',
        result:
          failure.outcome === 'wrong-password'
            ? 'WRONG_CREDENTIALS'
            : failure.outcome === 'throttled'
              ? 'THROTTLED'
              : 'ok',
        at: new Date(failure.at),
        details: account || failure.outcome === 'recovery-key-used' ? null : { account: 'onbekend' },
      });
    }
  });
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
    const ws = this.ws;
    const vault = ws.vault();
    const throttle = ws.throttle();
    const tag = lookupTag(vault.read(), username);
    const reserved = throttle.reserve(tag, ws.clock.now().getTime());
    if (!reserved.ok) throw new AppError('THROTTLED', { seconds: reserved.seconds });
    let unlocked: Unlocked;
    try {
      unlocked = await vault.unlock(username, password);
    } catch (error) {
      if (error instanceof AppError && error.code === 'WRONG_CREDENTIALS') {
        throttle.reservedFailed(tag, ws.clock.now().getTime());
      } else {
        throttle.release(tag);
        ws.setProblem(error);
      }
      throw error;
    }
    throttle.release(tag);
    const run = this.opening.then(() => this.openSession(username, password, tag, unlocked));
    this.opening = run.catch(() => undefined);
    return run;
  }

  private async openSession(username: string, password: string, tag: string, found: Unlocked): Promise<SessionUser> {
    const ws = this.ws;
    const vault = ws.vault();
    const throttle = ws.throttle();
    let unlocked = found;
    try {
      if (ws.current()) await this.end('logout');
    } catch (error) {
      unlocked.databaseKey.fill(0);
      throw error;
    }
    try {
      await ws.open(ws.databasePath(), unlocked.databaseKey);
      discardStaleRekey(ws.databasePath());
    } catch (error) {
      const resumed =
        error instanceof AppError && error.code === 'DATABASE_DAMAGED'
          ? await finishInterruptedRekey(ws.databasePath(), username, password, (key) =>
              ws.open(ws.databasePath(), key).then(
                () => true,
                () => false,
              ),
            ).catch(() => null)
          : null;
      if (!resumed) {
        ws.setProblem(error);
        throw error;
      }
      unlocked.databaseKey.fill(0);
      unlocked = { ...resumed, databaseId: unlocked.databaseId };
    } finally {
      unlocked.databaseKey.fill(0);
    }

    const account = await ws.transaction((manager) =>
      manager.findOne(AccountEntity, { where: { username: normaliseUsername(username) } }),
    );
    if (!account || !account.active || account.keySlotId !== unlocked.slotId) {
      // A slot without a matching active account (left behind, or deactivated meanwhile).
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
    throttle.recordSuccess(tag);
    // A slot left behind by a password change that was cut off before or after its commit.
    vault.settleSlots(username, account.keySlotId);
    await flushFailures(ws);
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
    ws.startSession(user, unlocked.slotId);
    return user;
  }

  /** Ends the session: `lock` keeps the name for the lock screen, `logout` forgets it too. */
  async end(how: 'lock' | 'idle' | 'logout'): Promise<void> {
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
    ws.emit({ type: 'session-ended', reason: how === 'logout' ? 'logged-out' : how === 'idle' ? 'idle' : 'locked' });
  }

  /** Locks when the session has been idle for the policy's minutes; called by a timer. */
  async lockIfIdle(): Promise<boolean> {
    if (!this.ws.isIdle()) return false;
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
    const { key } = ws.requireOpen();
    const vault = ws.vault();
    const throttle = ws.throttle();
    const tag = lookupTag(vault.read(), session.user.username);
    const attempt = (result: string) =>
      ws.audit({
        ...ws.actor(),
        action: 'session:change-password',
        kind: 'session',
        objectType: 'account',
        objectId: String(session.user.id),
        result,
      });
    const reserved = throttle.reserve(tag, ws.clock.now().getTime(), false);
    if (!reserved.ok) {
      await attempt('THROTTLED');
      throw new AppError('THROTTLED', { seconds: reserved.seconds });
    }
    try {
      const check = await vault.unlock(session.user.username, currentPassword);
      check.databaseKey.fill(0);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'WRONG_CREDENTIALS')) {
        throttle.release(tag);
        throw error;
      }
      throttle.reservedFailed(tag, ws.clock.now().getTime(), false);
      await attempt('WRONG_CREDENTIALS');
      if (reserved.failures >= LOCK_AFTER_FAILURES) await this.end('lock');
      throw new AppError('WRONG_CREDENTIALS', undefined, {
        currentPassword: { key: 'validation.currentPasswordWrong' },
      });
    }
    throttle.recordSuccess(tag);
    if (newPassword === currentPassword) {
      throw new AppError('PASSWORD_REUSED', undefined, { password: { key: 'validation.passwordReused' } });
    }
    ws.passwords.assertAcceptable(newPassword, [session.user.username, session.user.displayName]);
    // A fresh key pair under the new password; the old slot goes once the database has the new id.
    const slotId = await vault.addPasswordSlot(key, session.user.username, newPassword);
    const account = await ws.transaction(async (manager, audit) => {
      await manager.update(
        AccountEntity,
        { id: session.user.id },
        { keySlotId: slotId, mustChangePassword: false, updatedAt: ws.clock.now().toISOString() },
      );
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
    vault.commitSlot(session.user.username, slotId);
    const user = toSessionUser(account);
    ws.updateSessionUser(user, slotId);
    return user;
  }
}
