// The open installation, in three parts that handlers are given separately (core.ts):
// - `db` (workspace/database-holder.ts): the open database, its key and audit log, the queue
//   (db/serial.ts: opening and closing alone, transactions in turn on SQLite, side by side on PostgreSQL);
// - `sessionState` (workspace/session-state.ts): who is logged in, idle minutes, the lock screen's name;
// - `vaultState` (workspace/vault-state.ts): the configured file, its key file, why it won't open.
// The Workspace itself opens and closes the database (which touches all three) and keeps the
// delegating methods the services, the CLI and the tests use. Services reach the database only
// through `transaction` (one transaction per call: in turn on the SQLCipher file, each on its own
// pooled connection on PostgreSQL) while a session is open; locking or logging out closes the
// database (after the transactions under way) and forgets its key.
//
// The store: the SQLCipher file, unless the data folder holds a store configuration
// (`store.json`, db/store-file.ts) naming a PostgreSQL database. `credentials()` is how accounts
// prove their password on the configured store (key slots or verifiers, vault/credentials.ts). Its
// role must be subject to row security (`openTeamStore`).
import type { EntityManager } from 'typeorm';
import type { SessionUser, VaultStatus } from '../../src-shared/ipc/session';
import type { AppEvent } from '../../src-shared/ipc/events';
import { PasswordChecker } from './accounts/password-check';
import { AuditLog, type AuditInput } from './audit/audit-log';
import type { Clock } from './clock';
import { openDatabase, type Database } from './db/database';
import { IntegrityMonitor } from './db/integrity-check';
import type { SerialQueue } from './db/serial';
import type { PostgresStore } from './db/store';
import { readStoreFile } from './db/store-file';
import type { Logger } from './logger';
import type { Platform } from './platform';
import { endSessionsAfterRestore } from './server/after-restore';
import { keySlotCredentials, verifierCredentials, type Credentials } from './vault/credentials';
import type { LoginThrottle } from './vault/throttle';
import type { Vault } from './vault/vault';
import { DatabaseHolder } from './workspace/database-holder';
import { SessionState, type OpenSession } from './workspace/session-state';
import { VaultState } from './workspace/vault-state';

export type { OpenSession } from './workspace/session-state';
export type { Credentials, Issued, Unlocked } from './vault/credentials';

export interface WorkspaceOptions {
  /** The database file in use (the preferences' choice in the app; a fixed file in the CLI). */
  databasePath(): string;
  dataDir: string;
  resourcesDir: string;
  clock: Clock;
  logger: Logger;
  platform: Platform;
  nativeBinding?: string | undefined;
  emit(event: AppEvent): void;
  /** Whether a log-in on the SQLCipher file starts the full check of the file (CoreOptions.checkAfterLogin). */
  checkAfterLogin: boolean;
}

/** The narrow parts of the workspace; a handler factory names the ones it uses (core.ts hands them). */
export interface WorkspaceParts {
  clock: Clock;
  platform: Platform;
  db: DatabaseHolder;
  sessionState: SessionState;
  vaultState: VaultState;
  passwords: PasswordChecker;
  /** How accounts prove their password on the configured store. */
  credentials(): Credentials;
}

/** How long a PostgreSQL store that answered is taken to still answer (Workspace.probeStore). */
export const PROBE_FRESH_MS = 5_000;

/**
 * Opens a PostgreSQL store for a workspace (the app's and the CLI's): a role that skips row security
 * (superuser or BYPASSRLS) is refused with STORE_ROLE_BYPASSES_RLS, since need-to-know counts on the
 * second wall (access/row-security.ts; docs/beheer.md, "Rijbeveiliging (RLS)"). The backup role is
 * not opened here: `cter backup` runs pg_dump as `backupUser` (backup/handlers.ts).
 */
function openTeamStore(store: PostgresStore): Promise<Database> {
  return openDatabase({ ...store, requireRowSecurity: true });
}

export class Workspace implements WorkspaceParts {
  readonly db = new DatabaseHolder();
  /** The store (its configuration as JSON) that last answered probeStore, and when. */
  private answered: { key: string; at: number } | null = null;
  readonly sessionState: SessionState;
  readonly vaultState: VaultState;
  readonly passwords: PasswordChecker;
  /** The full check of the SQLCipher file, in the background after a log-in (db/integrity-check.ts). */
  readonly integrity: IntegrityMonitor;

  constructor(readonly options: WorkspaceOptions) {
    this.passwords = new PasswordChecker(options.resourcesDir);
    this.sessionState = new SessionState(options.clock);
    this.vaultState = new VaultState(options, this.db, this.sessionState);
    this.integrity = new IntegrityMonitor({
      queue: this.db.queue,
      clock: options.clock,
      logger: options.logger,
      isOpen: (database) => this.db.isOpen() && this.db.requireOpen().database === database,
      audit: (record) =>
        this.db.audit({
          actorId: null,
          actorName: null,
          action: 'backup:check',
          kind: 'view',
          objectType: 'database',
          result: record.outcome === 'ok' ? 'ok' : 'DATABASE_DAMAGED',
          details: { controle: record.trigger },
        }),
    });
  }

  /** After a log-in on the SQLCipher file: the full check of the file starts in the background. */
  checkInBackground(): void {
    if (!this.options.checkAfterLogin || !this.db.isOpen()) return;
    const { database, key } = this.db.requireOpen();
    if (database.engine === 'sqlcipher') this.integrity.start(database, key);
  }

  get clock(): Clock {
    return this.options.clock;
  }

  get platform(): Platform {
    return this.options.platform;
  }

  get queue(): SerialQueue {
    return this.db.queue;
  }

  /** Work to do in the first transaction after a database opens (defaults a new database needs). */
  get afterOpen(): ((manager: EntityManager) => Promise<void>)[] {
    return this.db.afterOpen;
  }

  get idleMinutes(): number {
    return this.sessionState.idleMinutes;
  }

  set idleMinutes(minutes: number) {
    this.sessionState.idleMinutes = minutes;
  }

  databasePath(): string {
    return this.vaultState.databasePath();
  }

  /**
   * The PostgreSQL store the data folder's store.json names, or null (the SQLCipher file). Read
   * anew each time, so a corrected file counts at the next attempt; STORE_CONFIG_INVALID etc.
   */
  storeConfig(): PostgresStore | null {
    return readStoreFile(this.options.dataDir);
  }

  credentials(): Credentials {
    const store = this.storeConfig();
    return store ? verifierCredentials(this, store) : keySlotCredentials(this);
  }

  /** The key file of the open database, or (while locked) of the configured one. */
  vault(path?: string): Vault {
    return this.vaultState.vault(path);
  }

  throttle(path?: string): LoginThrottle {
    return this.vaultState.throttle(path);
  }

  settleInterruptedRestore(): void {
    this.vaultState.settleInterruptedRestore();
  }

  status(): VaultStatus {
    return this.vaultState.status();
  }

  setProblem(error: unknown): void {
    this.vaultState.setProblem(error);
  }

  clearProblem(): void {
    this.vaultState.clearProblem();
  }

  current(): OpenSession | null {
    return this.sessionState.current();
  }

  isOpen(): boolean {
    return this.db.isOpen();
  }

  requireOpen(): { database: Database; key: Buffer; audit: AuditLog } {
    return this.db.requireOpen();
  }

  requireSession(): OpenSession {
    return this.sessionState.requireSession();
  }

  /** Opens the database with its key (after a successful unlock) and reads the audit head. */
  async open(path: string, key: Buffer, mode: 'open' | 'create' = 'open'): Promise<void> {
    await this.db.queue.run(async () => {
      if (this.db.isOpen()) throw new Error('workspace already open');
      const database = await openDatabase({ path, key, mode, nativeBinding: this.options.nativeBinding });
      await this.attach(database, key);
    });
  }

  /**
   * Opens the PostgreSQL store (the service password from its password file; there is no database
   * key). Nothing happens when it is open already; answers whether this call opened it.
   */
  async openServer(store: PostgresStore): Promise<boolean> {
    return this.db.queue.run(async () => {
      if (this.db.isOpen()) return false;
      try {
        await this.attach(await openTeamStore(store), Buffer.alloc(0));
      } catch (error) {
        this.vaultState.setProblem(error);
        throw error;
      }
      return true;
    });
  }

  /**
   * Whether a PostgreSQL store has no account yet (the set-up wizard's turn). Connects and closes
   * again when nothing is open; a problem (configuration, connection, version) is remembered for
   * the status. Does nothing for the SQLCipher file. A look that found the server answering stands
   * for PROBE_FRESH_MS (the login screen asks the status several times in a row), unless `fresh`;
   * a problem is looked at again at every call, so "try again" reaches the server at once.
   */
  async probeStore(options: { fresh?: boolean } = {}): Promise<void> {
    let store: PostgresStore | null;
    try {
      store = this.storeConfig();
    } catch (error) {
      this.answered = null;
      this.vaultState.setServer({ needsSetup: false, problem: error });
      return;
    }
    if (!store) {
      this.answered = null;
      return this.vaultState.setServer(null);
    }
    if (this.db.isOpen()) return;
    const key = JSON.stringify(store);
    const now = this.clock.now().getTime();
    const last = this.answered;
    const fresh = last?.key === key && now >= last.at && now - last.at < PROBE_FRESH_MS;
    // A problem seen since (a log-in that could not connect) is looked at again too.
    if (!options.fresh && fresh && this.vaultState.status().problem === null) return;
    this.answered = null;
    try {
      const database = await openTeamStore(store);
      try {
        const [row] = (await database.source.query('SELECT count(*)::int AS n FROM account')) as { n: number }[];
        this.vaultState.setServer({ needsSetup: (row?.n ?? 0) === 0, problem: null });
        this.answered = { key, at: now };
      } finally {
        await database.close();
      }
    } catch (error) {
      this.answered = null;
      this.vaultState.setServer({ needsSetup: false, problem: error });
    }
  }

  /** Closes a store opened for a log-in's checks that did not start a session (nobody's logged in). */
  async closeUnused(): Promise<void> {
    await this.db.queue.run(async () => {
      if (this.sessionState.current()) return;
      const database = await this.db.detach();
      await database?.close().catch((error: unknown) => {
        this.options.logger.error('workspace: closing the database failed', error);
      });
    });
  }

  /** Holds a freshly opened database (in the queue): reads the audit head, runs `afterOpen`. */
  private async attach(database: Database, key: Buffer): Promise<void> {
    const audit = new AuditLog(database.source, this.clock);
    await audit.load();
    const finished = this.vaultState.finishedRestore();
    if (finished) {
      await database.source.transaction(async (manager) => {
        // As a restore that was not cut off (backup/handlers.ts): no server session comes back alive.
        const ended = await endSessionsAfterRestore(manager, this.clock.now().getTime());
        await audit.append(manager, {
          actorId: finished.actor.id,
          actorName: finished.actor.username,
          action: 'backup:restore',
          kind: 'change',
          objectType: 'database',
          result: 'ok',
          details: {
            backup: finished.backup,
            bewaard: finished.kept,
            afgemaakt: 'bij het starten',
            ...(ended > 0 ? { sessiesBeeindigd: ended } : {}),
          },
        });
      });
      this.vaultState.forgetInterruptedRestore();
    }
    this.db.attach(database, key, audit);
    this.vaultState.clearProblem();
    // Once open, a server is known to be one (the status after a lock must not look for a file).
    if (database.engine === 'postgres') this.vaultState.setServer({ needsSetup: false, problem: null });
    for (const task of this.db.afterOpen) await database.source.transaction(task);
  }

  /** After rekey: the open database now uses `key`. */
  replaceKey(key: Buffer): void {
    this.db.replaceKey(key);
  }

  /** `slotId`: the key slot that opened the database; null on PostgreSQL (no key slots). */
  startSession(user: SessionUser, slotId: string | null): void {
    this.sessionState.start(user, slotId);
    this.vaultState.forgetInterruptedRestore();
  }

  updateSessionUser(user: SessionUser, slotId?: string | null): void {
    this.sessionState.updateUser(user, slotId);
  }

  /** Closes the database and forgets the key and the session. `keepUser` keeps the lock screen's name. */
  async close(keepUser: boolean): Promise<void> {
    await this.db.queue.run(async () => {
      // A kiosk ends with its session (lock, idle lock): the window gets its normal shape back.
      if (this.sessionState.current()?.kiosk) this.options.platform.window?.setKiosk(false);
      this.sessionState.end(keepUser);
      const database = await this.db.detach();
      if (database) {
        try {
          await database.close();
        } catch (error) {
          this.options.logger.error('workspace: closing the database failed', error);
        }
      }
    });
  }

  /** Runs `work` in one transaction (DatabaseHolder.transaction: in turn on SQLite, pooled on PostgreSQL). */
  transaction<T>(work: (manager: EntityManager, audit: AuditLog) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Reads outside a transaction on PostgreSQL (DatabaseHolder.read: tables outside row security only). */
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.read(work);
  }

  /** Appends one audit entry in a transaction of its own; no-op while locked. */
  audit(input: AuditInput): Promise<void> {
    return this.db.audit(input);
  }

  /** The audit actor fields for the current session (or nobody). */
  actor(): Pick<AuditInput, 'actorId' | 'actorName'> {
    return this.sessionState.actor();
  }

  touch(): void {
    this.sessionState.touch();
  }

  isIdle(): boolean {
    return this.sessionState.isIdle();
  }

  takeIdleWarning(): number | null {
    return this.sessionState.takeIdleWarning();
  }

  emit(event: AppEvent): void {
    this.options.emit(event);
  }
}
