// The installation as the login screen sees it: which database file is configured, its key file
// (vault) and log-in throttle, why it could not be opened (the problem), and a restore that a crash
// cut off. `status()` answers vault:status from this, the open database and the session.
import { existsSync, statSync } from 'node:fs';
import type { VaultStatus } from '../../../src-shared/ipc/session';
import { AppError, type ErrorCode } from '../../../src-shared/ipc/errors';
import { settleInterruptedRestore, type InterruptedRestore } from '../backup/restore-journal';
import type { Logger } from '../logger';
import { LoginThrottle } from '../vault/throttle';
import { Vault } from '../vault/vault';
import type { DatabaseHolder } from './database-holder';
import type { SessionState } from './session-state';

/** Problems that keep a database from opening; the status shows them until resolved. */
const OPEN_PROBLEMS: readonly ErrorCode[] = [
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'MIGRATION_FAILED',
  'DATABASE_IN_USE',
  'RESTORE_IN_PROGRESS',
  'KEYFILE_DAMAGED',
  'KEYFILE_MISSING',
  'DATABASE_MISSING',
  'STORE_CONFIG_INVALID',
  'STORE_PASSWORD_FILE_MISSING',
  'STORE_PASSWORD_FILE_UNSAFE',
  'STORE_UNREACHABLE',
  'STORE_ROLE_BYPASSES_RLS',
];

/** Problems of the store configuration or the connection to the server: IT's to solve, not a backup's. */
const STORE_PROBLEMS: readonly ErrorCode[] = [
  'STORE_CONFIG_INVALID',
  'STORE_PASSWORD_FILE_MISSING',
  'STORE_PASSWORD_FILE_UNSAFE',
  'STORE_UNREACHABLE',
  'STORE_ROLE_BYPASSES_RLS',
];

/** What the last look at a PostgreSQL store found (Workspace.probeStore). */
export interface ServerProbe {
  /** The database has no account yet: the set-up wizard creates the first beheerder. */
  needsSetup: boolean;
  /** Why the configuration or the server could not be used, or null. */
  problem: unknown;
}

const PAGE_SIZE = 4096;

function stateOf(problem: ErrorCode | null): VaultStatus['state'] {
  if (problem === null) return 'locked';
  if (problem === 'DATABASE_TOO_NEW') return 'too-new';
  // Not damage: a backup would meet the same migration, so no restore is offered (db/migrate.ts).
  if (problem === 'MIGRATION_FAILED') return 'not-updated';
  if (problem === 'DATABASE_IN_USE' || problem === 'RESTORE_IN_PROGRESS') return 'in-use';
  if (STORE_PROBLEMS.includes(problem)) return 'no-connection';
  return 'damaged';
}

function looksTruncated(path: string): boolean {
  const size = statSync(path).size;
  return size === 0 || size % PAGE_SIZE !== 0;
}

export class VaultState {
  private problem: ErrorCode | null = null;
  private interrupted: InterruptedRestore | null = null;
  /** Set while the data folder names a PostgreSQL store (store.json); null for the SQLCipher file. */
  private server: ServerProbe | null = null;

  constructor(
    private readonly options: { databasePath(): string; logger: Logger },
    private readonly db: DatabaseHolder,
    private readonly session: SessionState,
  ) {}

  /** The database file in use (the preferences' choice in the app; a fixed file in the CLI). */
  databasePath(): string {
    return this.options.databasePath();
  }

  /** The key file of the open database, or (while locked) of the configured one. */
  vault(path = this.db.openPath() ?? this.databasePath()): Vault {
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
    // Its journal lies beside a database whose place a damaged settings file hides: settled at the
    // first start after the file is put back.
    const path = this.configuredPath();
    if (path === null) return;
    try {
      this.interrupted = settleInterruptedRestore(path);
    } catch (error) {
      this.options.logger.error('workspace: finishing an interrupted restore failed', error);
    }
  }

  /** The interrupted restore that was finished at start, still to be recorded in the audit log. */
  finishedRestore(): Extract<InterruptedRestore, { outcome: 'finished' }> | null {
    return this.interrupted?.outcome === 'finished' ? this.interrupted : null;
  }

  /** The login screen no longer reports the interrupted restore (recorded, or someone logged in). */
  forgetInterruptedRestore(): void {
    this.interrupted = null;
  }

  status(): VaultStatus {
    const interrupted = this.interrupted;
    const session = this.session.current();
    const base = {
      lockedUser: this.session.lockedUser,
      user: session?.user ?? null,
      kiosk: !!session?.kiosk,
      server: this.server !== null || (this.db.isOpen() && this.db.requireOpen().database.engine === 'postgres'),
      // The embedded core is never a team client; core.ts asks the platform (a test seam).
      team: null,
      interruptedRestore: interrupted
        ? interrupted.outcome === 'finished'
          ? { outcome: interrupted.outcome, backup: interrupted.backup, kept: interrupted.kept }
          : { outcome: interrupted.outcome, backup: null, kept: null }
        : null,
    };
    if (this.db.isOpen()) return { ...base, state: 'unlocked', demo: this.isDemo(), problem: null };
    if (this.server) return { ...base, ...this.serverState(this.server) };
    const path = this.configuredPath();
    if (path === null) return { ...base, state: 'settings-damaged', demo: false, problem: 'SETTINGS_DAMAGED' };
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
    return { ...base, state: stateOf(problem), demo, problem };
  }

  /** The status of a PostgreSQL store while nobody is logged in. */
  private serverState(server: ServerProbe): Pick<VaultStatus, 'state' | 'demo' | 'problem'> {
    const seen = server.problem ?? null;
    const problem: ErrorCode | null =
      seen === null ? this.problem : seen instanceof AppError ? seen.code : 'STORE_UNREACHABLE';
    if (problem === null && server.needsSetup) return { state: 'no-database', demo: false, problem: null };
    return { state: stateOf(problem), demo: false, problem };
  }

  /** What Workspace.probeStore found (null: the data folder names no PostgreSQL store). */
  setServer(probe: ServerProbe | null): void {
    this.server = probe;
    if (probe?.problem === null) this.problem = null;
    this.logMigrationFailure(probe?.problem);
  }

  /** The configured database file, or null while the settings file is damaged (app/preferences.ts). */
  private configuredPath(): string | null {
    try {
      return this.databasePath();
    } catch (error) {
      if (error instanceof AppError && error.code === 'SETTINGS_DAMAGED') return null;
      throw error;
    }
  }

  private isDemo(): boolean {
    if (this.server) return false;
    try {
      return this.vault().read().demo;
    } catch {
      return false;
    }
  }

  /** Remembers why the database could not be opened (or clears it). */
  setProblem(error: unknown): void {
    this.problem = error instanceof AppError && OPEN_PROBLEMS.includes(error.code) ? error.code : null;
    this.logMigrationFailure(error);
  }

  /** The user is told only that a migration failed; what it ran into is for IT, in the log. */
  private logMigrationFailure(error: unknown): void {
    if (error instanceof AppError && error.code === 'MIGRATION_FAILED') {
      this.options.logger.error('workspace: a migration failed', error.cause);
    }
  }

  clearProblem(): void {
    this.problem = null;
  }
}
