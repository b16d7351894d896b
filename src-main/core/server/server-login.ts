// A client's log-in to a CTER server (issue 18; server-sessions.ts holds the sessions): the
// account's throttle (the database's counter, as a workstation's on PostgreSQL), the password
// checked by the server (scrypt, the same verifier as in-process, at most so many at once:
// hash-gate.ts), then the session's row with the
// hash of a new token (only the client gets the token itself), the account's last log-in and the
// audit entry, in one transaction. Entries written while the password is checked name the
// workstation already (server-sessions.ts binds the log-in as a call without a session). Before
// all of it, a log-in from an address with many failed log-ins waits (address-throttle.ts).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../src-shared/ipc/errors';
import { loginInput, workstationNameSchema, type SessionUser } from '../../../src-shared/ipc/session';
import { toSessionUser } from '../accounts/account-service';
import { AccountEntity } from '../db/entities/account';
import { query } from '../db/sql';
import { normaliseUsername } from '../vault/vault';
import type { Workspace } from '../workspace';
import { runAsServerCall, type ServerCall } from '../workspace/call-session';
import type { OpenSession } from '../workspace/session-state';
import type { AddressAttempt, AddressThrottle } from './address-throttle';
import type { HashGate } from './hash-gate';
import { insertSession } from './queries';

/** How long a session lasts at most, however active (then: log in again). */
export const SESSION_HOURS = 12;
const TOKEN_BYTES = 32;

/** The workstation's name as the client gives it (or its client certificate): src-shared/ipc/session.ts. */
export const workstationName = workstationNameSchema;

export const serverLoginInput = loginInput.extend({ workstation: workstationName }).strict();

export interface ServerLogin {
  /** For the client only: the server keeps its hash. */
  token: string;
  sessionId: string;
  user: SessionUser;
  expiresAt: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** What a log-in needs of the sessions: the store, the clock, and a call bound to the new session. */
export interface LoginHost {
  ws: Workspace;
  /** How many passwords are checked at once (hash-gate.ts): a log-in waits its turn for the scrypt. */
  hashes: HashGate;
  /** Failed log-ins per network address: a log-in from an address with many waits first. */
  addresses: AddressThrottle;
  open(): Promise<void>;
  now(): number;
  callFor(
    sessionId: string,
    workstation: string,
    user: SessionUser | null,
    kiosk: OpenSession['kiosk'],
    lastActivity: number,
  ): ServerCall;
}

/**
 * Checks the password and starts a session: its token, once. Throws an AppError when refused.
 * `client` is the network address (null in-process: no address to slow).
 */
export async function startSession(
  host: LoginHost,
  username: string,
  password: string,
  workstation: string,
  client: string | null,
): Promise<ServerLogin> {
  await host.open();
  // Counted before anything can fail, so every way out below ends it.
  const attempt = client === null ? null : host.addresses.begin(client, host.now());
  try {
    if (attempt && client !== null) await slowDown(host, attempt, client);
    const login = await checkAndStart(host, username, password, workstation, client);
    if (attempt) host.addresses.end(attempt, false);
    return login;
  } catch (error) {
    if (attempt) host.addresses.end(attempt, isAppError(error) && error.code === 'WRONG_CREDENTIALS');
    throw error;
  }
}

/**
 * Waits as long as the address's failures ask; the first wait of a run of failures is audited
 * (once: a spray would otherwise fill the log).
 */
async function slowDown(host: LoginHost, attempt: AddressAttempt, client: string): Promise<void> {
  if (attempt.auditSlowing) {
    await host.ws.audit({
      actorId: null,
      actorName: null,
      action: 'session:login-slowed',
      kind: 'session',
      result: 'THROTTLED',
      details: { adres: client, mislukt: attempt.failures, wachtMs: attempt.delayMs },
    });
  }
  if (attempt.delayMs > 0) await host.addresses.wait(attempt.delayMs);
}

async function checkAndStart(
  host: LoginHost,
  username: string,
  password: string,
  workstation: string,
  client: string | null,
): Promise<ServerLogin> {
  const { ws } = host;
  const credentials = ws.credentials();
  const throttle = credentials.throttle;
  const tag = credentials.tag(username);
  const reserved = await throttle.reserve(tag, host.now());
  if (!reserved.ok) throw new AppError('THROTTLED', { seconds: reserved.seconds });
  let credentialId: string | null;
  try {
    // The scrypt waits its turn (hash-gate.ts); SERVER_BUSY after too long, the reservation released.
    const unlocked = await host.hashes.run(() => credentials.unlock(username, password));
    credentialId = unlocked.credentialId;
    unlocked.discard();
  } catch (error) {
    if (isAppError(error) && error.code === 'WRONG_CREDENTIALS') await throttle.reservedFailed(tag, host.now());
    else await throttle.release(tag);
    throw error;
  }
  await throttle.release(tag);
  const account = await ws.transaction((manager) =>
    manager.findOne(AccountEntity, { where: { username: normaliseUsername(username) } }),
  );
  if (!account || !account.active || !credentials.matches(account, credentialId)) {
    await ws.audit({
      actorId: account?.id ?? null,
      actorName: account?.username ?? null,
      action: 'session:login',
      kind: 'session',
      result: 'ACCOUNT_INACTIVE',
    });
    throw new AppError(account && !account.active ? 'ACCOUNT_INACTIVE' : 'WRONG_CREDENTIALS');
  }
  await throttle.recordSuccess(tag);

  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  const now = ws.clock.now();
  const expiresAt = now.getTime() + SESSION_HOURS * 3_600_000;
  const user = toSessionUser({ ...account, lastLoginAt: now.toISOString() });
  const call = host.callFor(randomUUID(), workstation, user, null, now.getTime());
  const sessionId = call.sessionId as string;
  await runAsServerCall(call, () =>
    ws.transaction(async (manager, audit) => {
      await query(
        manager,
        insertSession({
          id: sessionId,
          tokenHash: hashToken(token),
          accountId: account.id,
          workstation,
          now: now.getTime(),
          expiresAt,
          clientAddress: client,
        }),
      );
      await manager.update(AccountEntity, { id: account.id }, { lastLoginAt: now.toISOString() });
      await audit.append(manager, {
        actorId: account.id,
        actorName: account.username,
        action: 'session:login',
        kind: 'session',
        result: 'ok',
      });
    }),
  );
  return { token, sessionId, user, expiresAt: new Date(expiresAt).toISOString() };
}
