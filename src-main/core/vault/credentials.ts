// How an account proves its password, per store. The workspace picks one (`Workspace.credentials`)
// and the services use only this interface, never the engine:
// - key slots (the SQLCipher file): the password opens the account's key slot in the key file,
//   which holds the database key; without it the database does not open. Failed attempts are
//   counted in the file beside the database (throttle.ts) and audited at the next log-in.
// - verifiers (PostgreSQL): there is no database key; the store opens with the service password
//   from the password file, and each account holds a password verifier (scrypt with the key
//   slots' parameters, kdf.ts; compared in constant time). Failed attempts are counted in the
//   database itself (`login_attempt`, per normalised username): a shared server is reached from
//   many workstations, and a count in memory or in a file on one of them would give every
//   workstation (and every restart) fresh attempts. They are audited at once, as the store is open.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity, type Account } from '../db/entities/account';
import type { EntityManager } from 'typeorm';
import type { AuditLog } from '../audit/audit-log';
import type { PostgresStore } from '../db/store';
import type { OpenSession } from '../workspace/session-state';
import { deriveKey, newScryptParams, scryptParams } from './kdf';
import { discardStaleRekey, finishInterruptedRekey } from './rekey';
import { delaySeconds, type LoginThrottle, type Reservation } from './throttle';
import { lookupTag, normaliseUsername, type Vault } from './vault';

/** What the credentials use of the workspace (workspace.ts implements it and picks one of them). */
export interface CredentialHost {
  databasePath(): string;
  vault(): Vault;
  throttle(): LoginThrottle;
  open(path: string, key: Buffer): Promise<void>;
  openServer(store: PostgresStore): Promise<boolean>;
  requireOpen(): { key: Buffer };
  /** The full check of the file, in the background (db/integrity-check.ts). */
  checkInBackground(): void;
  transaction<T>(work: (manager: EntityManager, audit: AuditLog) => Promise<T>): Promise<T>;
}

/** The account's fields that hold its secret: each engine fills its own and leaves the other null. */
export type SecretFields = Pick<Account, 'keySlotId' | 'passwordVerifier'>;

/** The log-in throttle (throttle.ts explains reserve, reservedFailed, release). */
export interface LoginCounter {
  reserve(tag: string, now: number, pending?: boolean): Promise<Reservation>;
  reservedFailed(tag: string, now: number, pending?: boolean): Promise<void>;
  release(tag: string): Promise<void>;
  recordSuccess(tag: string): Promise<void>;
}

/** A password that was right: opening the store follows (`open`), or it is dropped (`discard`). */
export interface Unlocked {
  /** The key slot that opened (SQLCipher), null on PostgreSQL. */
  readonly credentialId: string | null;
  open(): Promise<void>;
  discard(): void;
}

/** A new secret for an account, to be saved on its row; `commit` once saved, `discard` if not. */
export interface Issued {
  readonly fields: SecretFields;
  /** The session's credential after a password change (the new slot; null on PostgreSQL). */
  readonly credentialId: string | null;
  commit(): void;
  discard(): void;
}

export interface Credentials {
  readonly engine: 'sqlcipher' | 'postgres';
  readonly throttle: LoginCounter;
  /**
   * Makes the store reachable for a log-in's checks: PostgreSQL connects (when closed); the key
   * slots need nothing. Answers whether it opened the store (the caller closes it again on failure).
   */
  connect(): Promise<boolean>;
  /** The throttle's key for a username. */
  tag(username: string): string;
  /** Checks a log-in's password; WRONG_CREDENTIALS when wrong, for an unknown name too (same cost). */
  unlock(username: string, password: string): Promise<Unlocked>;
  /** With the store open: is `account` the one whose secret opened (`credentialId`)? */
  matches(account: Account, credentialId: string | null): boolean;
  /** After a successful log-in: slots a cut-off change left behind go, recorded failures are audited. */
  afterLogin(username: string, account: Account): Promise<void>;
  /** The logged-in account's password (change password, leaving the kiosk); `sameCredential`: the session's own. */
  verify(session: OpenSession, password: string, sameCredential: boolean): Promise<boolean>;
  /** A secret for `password` (new account, reset, change); the slow derivation runs before any transaction. */
  issue(username: string, password: string): Promise<Issued>;
  /** A deactivated account's secrets go: the fields to save, and what to do once saved. */
  revoke(username: string): { fields: SecretFields; commit(): void };
}

// ---- Key slots (the SQLCipher file) ----

export function keySlotCredentials(ws: CredentialHost): Credentials {
  const file = () => ws.throttle();
  const throttle: LoginCounter = {
    reserve: async (tag, now, pending) => file().reserve(tag, now, pending),
    reservedFailed: async (tag, now, pending) => file().reservedFailed(tag, now, pending),
    release: async (tag) => file().release(tag),
    recordSuccess: async (tag) => file().recordSuccess(tag),
  };
  return {
    engine: 'sqlcipher',
    throttle,
    connect: async () => false,
    tag: (username) => lookupTag(ws.vault().read(), username),

    async unlock(username, password) {
      const path = ws.databasePath();
      const found = await ws.vault().unlock(username, password);
      let credentialId = found.slotId;
      return {
        get credentialId() {
          return credentialId;
        },
        async open() {
          try {
            await ws.open(path, found.databaseKey);
            discardStaleRekey(path);
          } catch (error) {
            const resumed =
              error instanceof AppError && error.code === 'DATABASE_DAMAGED'
                ? await finishInterruptedRekey(path, username, password, (key) =>
                    ws.open(path, key).then(
                      () => true,
                      () => false,
                    ),
                  ).catch(() => null)
                : null;
            if (!resumed) throw error;
            resumed.databaseKey.fill(0);
            credentialId = resumed.slotId;
          } finally {
            found.databaseKey.fill(0);
          }
        },
        discard: () => found.databaseKey.fill(0),
      };
    },

    matches: (account, credentialId) => account.keySlotId === credentialId,

    async afterLogin(username, account) {
      ws.vault().settleSlots(username, account.keySlotId);
      await flushFailures(ws);
      // Opening read only what makes it safe (database.ts); the whole file is read now, off the
      // unlock path, in a worker thread.
      ws.checkInBackground();
    },

    async verify(session, password, sameCredential) {
      try {
        const check = await ws.vault().unlock(session.user.username, password);
        check.databaseKey.fill(0);
        return !sameCredential || check.slotId === session.slotId;
      } catch (error) {
        if (error instanceof AppError && error.code === 'WRONG_CREDENTIALS') return false;
        throw error;
      }
    },

    async issue(username, password) {
      const { key } = ws.requireOpen();
      const vault = ws.vault();
      const slotId = await vault.addPasswordSlot(key, username, password);
      return {
        fields: { keySlotId: slotId, passwordVerifier: null },
        credentialId: slotId,
        commit: () => vault.commitSlot(username, slotId),
        discard: () => vault.removeSlot(slotId),
      };
    },

    revoke(username) {
      // Without a slot the account cannot open the database key any more.
      return {
        fields: { keySlotId: null, passwordVerifier: null },
        commit: () => ws.vault().settleSlots(username, null),
      };
    },
  };
}

/** Writes failures recorded while the database was closed into the audit log. */
async function flushFailures(ws: CredentialHost): Promise<void> {
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

// ---- Verifiers (PostgreSQL) ----

const VERIFIER_BYTES = 32;

const verifierSchema = z.object({ v: z.literal(1), kdf: scryptParams, hash: z.string().min(1) }).strict();

/** A verifier for `password`: the scrypt parameters (a fresh salt) and the derived bytes, as JSON. */
export async function makeVerifier(password: string): Promise<string> {
  const kdf = newScryptParams();
  const hash = await deriveKey(password, kdf);
  return JSON.stringify({ v: 1, kdf, hash: hash.toString('base64') });
}

function parseVerifier(verifier: string | null | undefined): z.infer<typeof verifierSchema> | null {
  if (!verifier) return null;
  try {
    const result = verifierSchema.safeParse(JSON.parse(verifier));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether `password` matches `verifier`. No verifier (an unknown or deactivated account) or an
 * unreadable one costs the same derivation and answers false.
 */
export async function checkVerifier(verifier: string | null | undefined, password: string): Promise<boolean> {
  const parsed = parseVerifier(verifier);
  const derived = await deriveKey(password, parsed?.kdf ?? newScryptParams());
  try {
    if (!parsed) return false;
    const expected = Buffer.from(parsed.hash, 'base64');
    return expected.length === VERIFIER_BYTES && timingSafeEqual(derived, expected);
  } finally {
    derived.fill(0);
  }
}

/** The failed log-ins of one username on the server: one row in `login_attempt`. */
function databaseCounter(ws: CredentialHost): LoginCounter {
  /** Audits a refused or failed log-in as flushFailures does for the file's. */
  const auditFailure = async (tag: string, result: 'WRONG_CREDENTIALS' | 'THROTTLED', at: number) => {
    await ws.transaction(async (manager, audit) => {
      const account = await manager.findOne(AccountEntity, { where: { username: tag } });
      await audit.append(manager, {
        actorId: account?.id ?? null,
        actorName: account?.username ?? null,
        action: 'session:login',
        kind: 'session',
        result,
        at: new Date(at),
        details: account ? null : { account: 'onbekend' },
      });
    });
  };
  return {
    async reserve(tag, now, pending = true) {
      const reservation = await ws.transaction(async (manager): Promise<Reservation> => {
        await manager.query(
          'INSERT INTO login_attempt (username, failures, last_failure_at) VALUES ($1, 0, 0) ON CONFLICT (username) DO NOTHING',
          [tag],
        );
        // The row lock makes "check the wait, count the attempt" one step for every workstation.
        const [row] = (await manager.query(
          'SELECT failures, last_failure_at FROM login_attempt WHERE username = $1 FOR UPDATE',
          [tag],
        )) as { failures: number; last_failure_at: string }[];
        const failures = row?.failures ?? 0;
        const until = Number(row?.last_failure_at ?? 0) + delaySeconds(failures) * 1000;
        const seconds = Math.max(0, Math.ceil((until - now) / 1000));
        if (failures > 0 && seconds > 0) return { ok: false, seconds };
        await manager.query('UPDATE login_attempt SET failures = $2, last_failure_at = $3 WHERE username = $1', [
          tag,
          failures + 1,
          now,
        ]);
        return { ok: true, failures: failures + 1 };
      });
      if (!reservation.ok && pending) await auditFailure(tag, 'THROTTLED', now);
      return reservation;
    },
    async reservedFailed(tag, now, pending = true) {
      await ws.transaction((manager) =>
        manager.query('UPDATE login_attempt SET last_failure_at = GREATEST(last_failure_at, $2) WHERE username = $1', [
          tag,
          now,
        ]),
      );
      if (pending) await auditFailure(tag, 'WRONG_CREDENTIALS', now);
    },
    async release(tag) {
      await ws.transaction(async (manager) => {
        await manager.query('UPDATE login_attempt SET failures = failures - 1 WHERE username = $1', [tag]);
        await manager.query('DELETE FROM login_attempt WHERE username = $1 AND failures <= 0', [tag]);
      });
    },
    async recordSuccess(tag) {
      await ws.transaction((manager) => manager.query('DELETE FROM login_attempt WHERE username = $1', [tag]));
    },
  };
}

export function verifierCredentials(ws: CredentialHost, store: PostgresStore): Credentials {
  const readVerifier = (username: string) =>
    ws.transaction(async (manager) => {
      const account = await manager.findOne(AccountEntity, { where: { username: normaliseUsername(username) } });
      return account?.passwordVerifier ?? null;
    });
  return {
    engine: 'postgres',
    throttle: databaseCounter(ws),
    connect: () => ws.openServer(store),
    tag: normaliseUsername,

    async unlock(username, password) {
      if (!(await checkVerifier(await readVerifier(username), password))) throw new AppError('WRONG_CREDENTIALS');
      return {
        credentialId: null,
        // The session may have been ended (a log-in replacing another): open the store again.
        open: async () => void (await ws.openServer(store)),
        discard: () => undefined,
      };
    },

    matches: (account) => account.passwordVerifier !== null,
    afterLogin: async () => undefined,
    verify: async (session, password) => checkVerifier(await readVerifier(session.user.username), password),

    async issue(_username, password) {
      const verifier = await makeVerifier(password);
      return {
        fields: { keySlotId: null, passwordVerifier: verifier },
        credentialId: null,
        commit: () => undefined,
        discard: () => undefined,
      };
    },

    revoke: () => ({ fields: { keySlotId: null, passwordVerifier: null }, commit: () => undefined }),
  };
}
