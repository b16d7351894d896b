// The open installation: which database, whether it is unlocked, who is logged in. Services reach
// the database only through `transaction` (serialised, one transaction per call) while a session
// is open; locking or logging out closes the database and forgets its key.
import { existsSync, statSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import type { SessionUser, VaultStatus } from '../../src-shared/ipc/session';
import type { AppEvent } from '../../src-shared/ipc/events';
import { AppError, type ErrorCode } from '../../src-shared/ipc/errors';
import { PasswordChecker } from './accounts/password-check';
import { AuditLog, type AuditInput } from './audit/audit-log';
import type { Clock } from './clock';
import { openDatabase, type Database } from './db/database';
import { SerialQueue } from './db/serial';
import type { Logger } from './logger';
import type { Platform } from './platform';
import { settleInterruptedRestore, type InterruptedRestore } from './backup/restore-journal';
import { LoginThrottle } from './vault/throttle';
import { Vault } from './vault/vault';

export interface OpenSession {
  user: SessionUser;
  slotId: string;
  lastActivity: number;
  /** Kiosk mode (evaluations): the round respondents answer; only kiosk channels work meanwhile. */
  kiosk: { roundId: number; startedAt: string; submitted: number } | null;
}

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
}

/** Problems that keep a database from opening; the status shows them until resolved. */
const OPEN_PROBLEMS: readonly ErrorCode[] = [
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'DATABASE_IN_USE',
  'KEYFILE_DAMAGED',
  'KEYFILE_MISSING',
  'DATABASE_MISSING',
];

const PAGE_SIZE = 4096;

function looksTruncated(path: string): boolean {
  const size = statSync(path).size;
  return size === 0 || size % PAGE_SIZE !== 0;
}

export class Workspace {
  readonly queue = new SerialQueue();
  readonly passwords: PasswordChecker;
  private database: Database | null = null;
  private databaseKey: Buffer | null = null;
  private auditLog: AuditLog | null = null;
  private session: OpenSession | null = null;
  private lockedUser: VaultStatus['lockedUser'] = null;
  private problem: ErrorCode | null = null;
  private interrupted: InterruptedRestore | null = null;
  idleMinutes = 10;
  /** Work to do in the first transaction after a database opens (defaults a new database needs). */
  readonly afterOpen: ((manager: EntityManager) => Promise<void>)[] = [];

  constructor(readonly options: WorkspaceOptions) {
    this.passwords = new PasswordChecker(options.resourcesDir);
  }

  get clock(): Clock {
    return this.options.clock;
  }

  get platform(): Platform {
    return this.options.platform;
  }

  databasePath(): string {
    return this.options.databasePath();
  }

  /** The key file of the open database, or (while locked) of the configured one. */
  vault(path = this.database?.path ?? this.databasePath()): Vault {
    return new Vault(path);
  }

  throttle(path = this.databasePath()): LoginThrottle {
    return new LoginThrottle(path);
  }

  /**
   * At start: finishes (or undoes) a restore that a crash cut off (backup/restore-journal.ts). The
   * login screen says what happened; the next open of the database records it in the audit log.
   */
  settleInterruptedRestore(): void {
    try {
      this.interrupted = settleInterruptedRestore(this.databasePath());
    } catch (error) {
      this.options.logger.error('workspace: finishing an interrupted restore failed', error);
    }
  }

  status(): VaultStatus {
    const interrupted = this.interrupted;
    const base = {
      lockedUser: this.lockedUser,
      user: this.session?.user ?? null,
      kiosk: !!this.session?.kiosk,
      interruptedRestore: interrupted
        ? interrupted.outcome === 'finished'
          ? { outcome: interrupted.outcome, backup: interrupted.backup, kept: interrupted.kept }
          : { outcome: interrupted.outcome, backup: null, kept: null }
        : null,
    };
    if (this.database) return { ...base, state: 'unlocked', demo: this.isDemo(), problem: null };
    const path = this.databasePath();
    const vault = this.vault(path);
    if (!existsSync(path) && !existsSync(vault.keyFile)) {
      return { ...base, state: 'no-database', demo: false, problem: null };
    }
    let demo = false;
    let problem: ErrorCode | null = this.problem;
    try {
      demo = vault.read().demo;
      if (!existsSync(path)) problem = 'DATABASE_MISSING';
      // A cut-off file shows before anyone types a password: SQLCipher files are whole pages.
      else if (looksTruncated(path)) problem = 'DATABASE_DAMAGED';
    } catch (error) {
      problem = error instanceof AppError ? error.code : 'KEYFILE_DAMAGED';
    }
    const state =
      problem === null
        ? 'locked'
        : problem === 'DATABASE_TOO_NEW'
          ? 'too-new'
          : problem === 'DATABASE_IN_USE'
            ? 'in-use'
            : 'damaged';
    return { ...base, state, demo, problem };
  }

  private isDemo(): boolean {
    try {
      return this.vault().read().demo;
    } catch {
      return false;
    }
  }

  /** Remembers why the database could not be opened (or clears it). */
  setProblem(error: unknown): void {
    this.problem = error instanceof AppError && OPEN_PROBLEMS.includes(error.code) ? error.code : null;
  }

  clearProblem(): void {
    this.problem = null;
  }

  current(): OpenSession | null {
    return this.session;
  }

  isOpen(): boolean {
    return this.database !== null;
  }

  /** The open database, its key and audit log; NOT_AUTHENTICATED when locked. */
  requireOpen(): { database: Database; key: Buffer; audit: AuditLog } {
    if (!this.database || !this.databaseKey || !this.auditLog) throw new AppError('NOT_AUTHENTICATED');
    return { database: this.database, key: this.databaseKey, audit: this.auditLog };
  }

  requireSession(): OpenSession {
    if (!this.session) throw new AppError('NOT_AUTHENTICATED');
    return this.session;
  }

  /** Opens the database with its key (after a successful unlock) and reads the audit head. */
  async open(path: string, key: Buffer, mode: 'open' | 'create' = 'open'): Promise<void> {
    await this.queue.run(async () => {
      if (this.database) throw new Error('workspace already open');
      const database = await openDatabase({ path, key, mode, nativeBinding: this.options.nativeBinding });
      const audit = new AuditLog(database.source, this.clock);
      await audit.load();
      const finished = this.interrupted?.outcome === 'finished' ? this.interrupted : null;
      if (finished) {
        await database.source.transaction((manager) =>
          audit.append(manager, {
            actorId: finished.actor.id,
            actorName: finished.actor.username,
            action: 'backup:restore',
            kind: 'change',
            objectType: 'database',
            result: 'ok',
            details: { backup: finished.backup, bewaard: finished.kept, afgemaakt: 'bij het starten' },
          }),
        );
        this.interrupted = null;
      }
      this.database = database;
      this.databaseKey = Buffer.from(key);
      this.auditLog = audit;
      this.problem = null;
      for (const task of this.afterOpen) await database.source.transaction(task);
    });
  }

  /** After rekey: the open database now uses `key`. */
  replaceKey(key: Buffer): void {
    this.databaseKey?.fill(0);
    this.databaseKey = Buffer.from(key);
  }

  startSession(user: SessionUser, slotId: string): void {
    this.session = { user, slotId, lastActivity: this.clock.now().getTime(), kiosk: null };
    this.interrupted = null;
    this.lockedUser = null;
  }

  updateSessionUser(user: SessionUser, slotId = this.session?.slotId ?? ''): void {
    if (this.session) this.session = { ...this.session, user, slotId };
  }

  /** Closes the database and forgets the key and the session. `keepUser` keeps the lock screen's name. */
  async close(keepUser: boolean): Promise<void> {
    await this.queue.run(async () => {
      const user = this.session?.user;
      // A kiosk ends with its session (lock, idle lock): the window gets its normal shape back.
      if (this.session?.kiosk) this.options.platform.window?.setKiosk(false);
      this.lockedUser = keepUser && user ? { username: user.username, displayName: user.displayName } : null;
      this.session = null;
      const database = this.database;
      this.database = null;
      this.auditLog = null;
      this.databaseKey?.fill(0);
      this.databaseKey = null;
      if (database) {
        try {
          await database.close();
        } catch (error) {
          this.options.logger.error('workspace: closing the database failed', error);
        }
      }
    });
  }

  /** Runs `work` in one transaction, after every earlier one. */
  async transaction<T>(work: (manager: EntityManager, audit: AuditLog) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const { database, audit } = this.requireOpen();
      try {
        return await database.source.transaction((manager) => work(manager, audit));
      } catch (error) {
        // A rolled-back transaction may have advanced the in-memory chain head.
        await audit.load();
        throw error;
      }
    });
  }

  /** Appends one audit entry in a transaction of its own; no-op while locked. */
  async audit(input: AuditInput): Promise<void> {
    if (!this.isOpen()) return;
    await this.transaction((manager, audit) => audit.append(manager, input));
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

  emit(event: AppEvent): void {
    this.options.emit(event);
  }
}
