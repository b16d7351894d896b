// The open database: its connection (SQLite) or pool (PostgreSQL), key and audit log, and the queue
// that orders its work (what a transaction needs). Empty while locked: services reach the database
// only through `transaction` (one at a time on SQLite, side by side on PostgreSQL, db/serial.ts);
// the workspace (workspace.ts) opens and closes it, alone in the queue.
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { transactionFor, type TransactionScope } from '../access/row-security';
import type { AuditInput, AuditLog } from '../audit/audit-log';
import type { Database } from '../db/database';
import { conflicted, unreachable } from '../db/postgres';
import { SerialQueue } from '../db/serial';
import { storageRefusal } from '../db/storage-errors';

export class DatabaseHolder {
  readonly queue = new SerialQueue();
  /** Work to do in the first transaction after a database opens (defaults a new database needs). */
  readonly afterOpen: ((manager: EntityManager) => Promise<void>)[] = [];
  private database: Database | null = null;
  private databaseKey: Buffer | null = null;
  private auditLog: AuditLog | null = null;

  isOpen(): boolean {
    return this.database !== null;
  }

  /** The file of the open database, or null while locked. */
  openPath(): string | null {
    return this.database?.path ?? null;
  }

  /** The open database, its key and audit log; NOT_AUTHENTICATED when locked. */
  requireOpen(): { database: Database; key: Buffer; audit: AuditLog } {
    if (!this.database || !this.databaseKey || !this.auditLog) throw new AppError('NOT_AUTHENTICATED');
    return { database: this.database, key: this.databaseKey, audit: this.auditLog };
  }

  /** Holds a freshly opened database (the caller runs in the queue). */
  attach(database: Database, key: Buffer, audit: AuditLog): void {
    this.database = database;
    this.databaseKey = Buffer.from(key);
    this.auditLog = audit;
  }

  /**
   * Lets go of the database and wipes the key (the caller runs in the queue and closes it), once
   * the audit entries committed so far are linked into the chain (PostgreSQL, audit-log.ts).
   */
  async detach(): Promise<Database | null> {
    await this.auditLog?.settled();
    const database = this.database;
    this.database = null;
    this.auditLog = null;
    this.databaseKey?.fill(0);
    this.databaseKey = null;
    return database;
  }

  /** After rekey: the open database now uses `key`. */
  replaceKey(key: Buffer): void {
    this.databaseKey?.fill(0);
    this.databaseKey = Buffer.from(key);
  }

  /**
   * Runs `work` in one transaction. `scope` says whom the transaction is for (row-level security on
   * PostgreSQL, access/row-security.ts): a call of a session passes the session's account
   * (execute.ts); without one (login, set-up, audit entries) the case tables show no row.
   *
   * On SQLite (one connection) after every earlier transaction. On PostgreSQL on a connection of
   * its own from the pool, alongside the process's other transactions (the queue's `shared`): only
   * opening, closing and the other exclusive work wait for it and it for them. Everything `work`
   * does must go through `manager` (that connection, inside the transaction and its row-security
   * scope); a statement on the DataSource would take a second connection from the pool.
   * PostgreSQL may end one of two transactions that wait for each other (a deadlock): that one is
   * rolled back whole and answered STORE_CONFLICT (try again), never half written. A write the
   * disk refused (full, read-only; db/storage-errors.ts) is rolled back whole too, and answered
   * STORAGE_FULL or STORAGE_READONLY.
   */
  async transaction<T>(
    work: (manager: EntityManager, audit: AuditLog) => Promise<T>,
    scope: TransactionScope = null,
  ): Promise<T> {
    if (this.database?.engine === 'postgres') {
      const done = await this.queue.shared(async () =>
        this.database?.engine === 'postgres' ? { value: await this.once(work, scope) } : null,
      );
      // Closed and opened on the file meanwhile (never so on a server): in turn, as on SQLite.
      if (done) return done.value;
    }
    return this.queue.run(() => this.once(work, scope));
  }

  private async once<T>(
    work: (manager: EntityManager, audit: AuditLog) => Promise<T>,
    scope: TransactionScope,
  ): Promise<T> {
    const { database, audit } = this.requireOpen();
    try {
      // On PostgreSQL the scope goes with the BEGIN, in one round trip (row-security.ts).
      return await transactionFor(database.source, scope, (manager) => work(manager, audit));
    } catch (error) {
      if (database.engine === 'postgres' && unreachable(error)) {
        // The server went away (or this connection to it): the transaction did not commit, or
        // its COMMIT was never acknowledged (a request key tells which, server/request-keys.ts).
        // Unlinked entries are linked by the next link that reaches the server.
        await audit.load().catch(() => undefined);
        throw new AppError('STORE_UNREACHABLE');
      }
      if (database.engine === 'postgres') {
        // Nothing to re-read: an entry is linked only after its commit (audit-log.ts), so a
        // rollback leaves the chain as it was.
        if (conflicted(error)) throw new AppError('STORE_CONFLICT');
        throw storageRefusal(error) ?? error;
      }
      // A rolled-back transaction may have advanced the in-memory chain head.
      await audit.load();
      throw storageRefusal(error) ?? error;
    }
  }

  /**
   * Runs `work` without a transaction on PostgreSQL: each statement on its own (autocommit) on a
   * pooled connection, so no BEGIN, scope or COMMIT around it (three round trips fewer). Only for
   * reads of tables outside row security whose statements need no snapshot in common: a server
   * call's session check (core/server/server-sessions.ts); and a lone audit entry of one statement
   * (`audit`). On SQLite a transaction, as `transaction`.
   */
  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.database?.engine === 'postgres') {
      const done = await this.queue.shared(async () => {
        if (this.database?.engine !== 'postgres') return null;
        const { database } = this.requireOpen();
        try {
          return { value: await work(database.source.manager) };
        } catch (error) {
          if (unreachable(error)) throw new AppError('STORE_UNREACHABLE');
          throw storageRefusal(error) ?? error;
        }
      });
      if (done) return done.value;
    }
    return this.transaction((manager) => work(manager));
  }

  /**
   * Appends one audit entry on its own; no-op while locked. On PostgreSQL an entry that needs
   * nothing read first is one statement, its own transaction (AuditLog.appendAlone: one round trip
   * instead of three); any other in a transaction of its own.
   */
  async audit(input: AuditInput): Promise<void> {
    if (!this.isOpen()) return;
    if (this.requireOpen().audit.appendsAlone(input)) {
      await this.read((manager) => this.requireOpen().audit.appendAlone(manager, input));
      return;
    }
    await this.transaction((manager, audit) => audit.appendAtCommit(manager, input));
  }
}
