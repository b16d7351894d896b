// Opening the database: the encrypted file here, PostgreSQL in postgres.ts (store.ts describes
// both). The encrypted database: SQLCipher 4 format through better-sqlite3-multiple-ciphers, with
// the raw 256-bit key set in prepareDatabase (cipher first, then legacy=4, then the key; TypeORM's
// own `key` option would set the key before the cipher is chosen). Then: an exclusive lock (a
// second program gets a clear "in use"), WAL, foreign keys, secure delete, and the schema version
// check before migrations run.
//
// Opening reads only what makes it safe, in time that does not grow with the data (issue 20: a
// quick_check here took 3.4 s of a 3.8 s unlock at 300,000 persons): the file is whole pages; the
// key reads the schema (page 1 and the sqlite_master pages, each authenticated by its HMAC; a
// wrong key or a damaged header is "not a database"); SQLite compares the page count in the
// header with the file (a cut-off file is corrupt); the schema version is ours. The full check —
// every page — runs after a log-in in the background (integrity-check.ts), and on a backup before
// it is restored (backup-service.ts). A damaged page deep in the file is found there; a query that
// reads it before then fails (SQLITE_CORRUPT: INTERNAL to the user, the detail in the log).
//
// Never creates a database over an existing file, and never silently creates an empty one where
// an existing database was expected: in open mode a file shorter than one page, or one that reads
// as schema version 0, is damaged (SQLite would otherwise take it for a new empty database).
import { closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { DataSource } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { ENTITIES } from './entities';
import { runPendingMigrations } from './migrate';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { openPostgres, type PostgresDatabase } from './postgres';
import { restoreUnderWayElsewhere } from './restore-lock';
import type { OpenStore, PostgresStore, SqlCipherStore, StoreConfig } from './store';

export type { PostgresDatabase };

/** Today's options: the embedded SQLCipher file. */
export type OpenOptions = SqlCipherStore;

export interface SqlCipherDatabase extends OpenStore {
  readonly engine: 'sqlcipher';
  readonly path: string;
  /** The underlying better-sqlite3 handle, for the few things TypeORM cannot do (backup, rekey). */
  readonly handle: Driver.Database;
  /**
   * A read-only descriptor of the file for readers in this process (the page check), closed only
   * after the connection: closing any descriptor of the file drops every POSIX lock the process
   * holds on it, the exclusive lock that keeps a second program out included.
   */
  readDescriptor(): number;
}

export type Database = SqlCipherDatabase | PostgresDatabase;

/** The three pragmas that make a connection speak SQLCipher 4 with a raw key. */
export function applyCipher(handle: Driver.Database, key: Buffer): void {
  handle.pragma("cipher='sqlcipher'");
  handle.pragma('legacy=4');
  handle.pragma(`key="x'${key.toString('hex')}'"`);
}

/**
 * Whether another program has the SQLCipher file at `path` open: it holds the file's lock for as
 * long (locking_mode=EXCLUSIVE below). Asked with a key that cannot be the file's, so nothing is
 * read: a held lock answers SQLITE_BUSY before the first page is decrypted, a free file "not a
 * database". A file that is not there is not in use.
 */
export function inUseByAnother(path: string, nativeBinding?: string): boolean {
  if (!existsSync(path)) return false;
  const handle = new Driver(path, { fileMustExist: true, timeout: 0, nativeBinding });
  try {
    applyCipher(handle, Buffer.alloc(32));
    handle.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (error) {
    return /SQLITE_BUSY|database is locked/i.test(describe(error));
  } finally {
    handle.close();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : '';
}

/** The file is in use, unreadable or damaged: no migration's fault (migrate.ts passes these on). */
function fileProblem(error: unknown): boolean {
  return /SQLITE_BUSY|database is locked|SQLITE_NOTADB|not a database|SQLITE_CORRUPT|malformed|SQLITE_IOERR|disk I\/O/i.test(
    describe(error),
  );
}

function classify(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (/SQLITE_BUSY|database is locked/i.test(describe(error))) return new AppError('DATABASE_IN_USE');
  return new AppError('DATABASE_DAMAGED');
}

/** SQLCipher writes whole pages of 4096 bytes: an existing database is at least one page. */
export const MIN_DATABASE_BYTES = 4096;

export function openDatabase(options: SqlCipherStore): Promise<SqlCipherDatabase>;
export function openDatabase(options: PostgresStore): Promise<PostgresDatabase>;
export function openDatabase(options: StoreConfig): Promise<Database>;
export function openDatabase(options: StoreConfig): Promise<Database> {
  return options.engine === 'postgres' ? openPostgres(options) : openSqlCipher(options);
}

async function openSqlCipher(options: SqlCipherStore): Promise<SqlCipherDatabase> {
  const exists = existsSync(options.path);
  if (options.mode === 'open' && !exists) throw new AppError('DATABASE_MISSING');
  if (options.mode === 'open') {
    // SQLCipher writes whole pages: a shorter file, or one that ends mid-page, was cut off.
    const size = statSync(options.path).size;
    if (size < MIN_DATABASE_BYTES || size % MIN_DATABASE_BYTES !== 0) throw new AppError('DATABASE_DAMAGED');
  }
  if (options.mode === 'create' && exists) throw new AppError('DATABASE_EXISTS');
  if (options.mode === 'create') mkdirSync(dirname(options.path), { recursive: true, mode: 0o700 });

  let handle: Driver.Database | undefined;
  const source = new DataSource({
    type: 'better-sqlite3',
    database: options.path,
    driver: Driver,
    nativeBinding: options.nativeBinding,
    fileMustExist: options.mode === 'open',
    readonly: options.readonly ?? false,
    // A second program waits this long for the lock before it is told the database is in use.
    timeout: 250,
    enableWAL: !options.readonly,
    entities: ENTITIES,
    migrations: MIGRATIONS.slice(0, options.upTo ?? MIGRATIONS.length),
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    prepareDatabase: (db: Driver.Database) => {
      handle = db;
      applyCipher(db, options.key);
      // Held for the life of the connection: no other process can open the file meanwhile, and a
      // crash releases it (no stale lock files). Must come before WAL is switched on.
      if (!options.readonly) db.pragma('locking_mode=EXCLUSIVE');
      // Free pages are given back (after destruction of data) with PRAGMA incremental_vacuum.
      if (options.mode === 'create') db.pragma('auto_vacuum=INCREMENTAL');
      // Reading the schema proves the key (and takes the lock); SQLite checks the header's page
      // count against the file here too.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    },
  });

  try {
    await source.initialize();
    // Asked while SQLite's lock is held (the read in prepareDatabase took it): a restore that takes
    // its lock later sees this program's (DATABASE_IN_USE); one that took it earlier is seen here.
    // A restore that has renamed meanwhile fails the key above: then too it is the restore.
    if (!options.readonly && restoreUnderWayElsewhere(options.path)) throw new AppError('RESTORE_IN_PROGRESS');
  } catch (error) {
    if (source.isInitialized) await source.destroy().catch(() => undefined);
    else handle?.close();
    if (error instanceof AppError && error.code === 'RESTORE_IN_PROGRESS') throw error;
    if (!options.readonly && restoreUnderWayElsewhere(options.path)) throw new AppError('RESTORE_IN_PROGRESS');
    throw classify(error);
  }
  const db = handle!;
  try {
    db.pragma('secure_delete=ON');
    db.pragma('synchronous=FULL');
    // Decrypting a page costs more than reading it: keep up to 128 MiB of decrypted pages (it
    // grows only as pages are used). Measured: searches ~10x faster on 100,000 persons.
    db.pragma('cache_size=-131072');
    const target = options.upTo ?? SCHEMA_VERSION;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new AppError('DATABASE_TOO_NEW');
    // Every database this application made has a version: version 0 here is not ours to migrate.
    if (options.mode === 'open' && version === 0) throw new AppError('DATABASE_DAMAGED');
    if (!options.readonly && version < target) {
      await runPendingMigrations(source, fileProblem);
      db.pragma(`user_version=${target}`);
    }
  } catch (error) {
    await source.destroy().catch(() => undefined);
    throw classify(error);
  }

  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  let descriptor: number | null = null;
  return {
    engine: 'sqlcipher',
    path: options.path,
    source,
    handle: db,
    schemaVersion,
    readDescriptor() {
      // Closed meanwhile: no descriptor that nothing would close.
      if (!source.isInitialized) throw new Error('database: closed');
      descriptor ??= openSync(options.path, 'r');
      return descriptor;
    },
    async close() {
      if (!source.isInitialized) return;
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        await source.destroy();
        if (descriptor !== null) closeSync(descriptor);
        descriptor = null;
      }
    },
  };
}
