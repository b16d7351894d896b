// Backups of a PostgreSQL store: pg_dump in its custom format, and the restore of such a file.
// (The SQLCipher file has its own in backup-service.ts.)
//
// Encryption at rest of these files is the DBA's, not the application's (docs/beheer.md,
// docs/developer/team-store.md): on PostgreSQL the data, its WAL and the DBA's own dumps and base
// backups are already outside the application's encryption, and must be protected on the server
// and its backup media anyway; an application-only cipher on one kind of dump would protect no more
// and would make a restore depend on one beheerder's password. The file is written readable by its
// owner only (0600), crash-safe (temporary file, fsync, rename), and read back before it is kept.
//
// A restore checks before it changes anything: the file is a readable dump of this application
// (schema_version and account read from it with pg_restore, nothing restored), its schema version
// is not newer than this version's, the given account is an active beheerder in it and the caller's
// password check accepts that account as the dump holds it, and the configured database is empty
// (the DBA keeps the old one by renaming it, see beheer.md). Then pg_restore runs in one
// transaction (all or nothing) under the migration lock, so no core migrates the database
// meanwhile; the restored database is opened (and migrated to this version when it was older) and
// the restore is recorded in its audit log, in the transaction that ends every server session the
// dump brought along (reason `restore`; server/server-sessions.ts).
import { closeSync, fsyncSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { AppError } from '../../../src-shared/ipc/errors';
import { AuditLog } from '../audit/audit-log';
import { systemClock, type Clock } from '../clock';
import { openDatabase } from '../db/database';
import { SCHEMA_VERSION } from '../db/migrations';
import { MIGRATION_LOCK } from '../db/postgres';
import { postgresConnection, type PostgresStore } from '../db/store';
import { endSessionsAfterRestore } from '../server/after-restore';
import { normaliseUsername } from '../vault/vault';
import { dumpContents, type DumpContents, type DumpedAccount } from './dump-contents';
import { cleanEnvironment, connectionFailed, findTool, pgEnvironment, runTool, type PgToolOptions } from './pg-tools';

export type { DumpedAccount };

/** What pg_restore says of a file that is not a custom-format archive, or is cut off or damaged. */
function dumpDamaged(stderr: string): boolean {
  return /input file|not a valid archive|unsupported version|could not (read|uncompress|decompress)|unexpected end|corrupt|invalid (stored )?block|compressed data|zlib|gzip|did not find magic/i.test(
    stderr,
  );
}

function fsyncPath(path: string, flags: 'r' | 'r+'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Reads the schema version and the accounts from a dump without restoring anything. */
export async function readDump(file: string, tools: PgToolOptions = {}): Promise<DumpContents> {
  const pgRestore = findTool('pg_restore', tools.binDir);
  const args = ['--data-only', '--table=schema_version', '--table=account', '--file=-', resolve(file)];
  // No connection is made: the output goes to stdout.
  const run = await runTool(pgRestore, args, cleanEnvironment(), 'capture', tools.spawn);
  const contents = run.code === 0 ? dumpContents(run.stdout) : null;
  if (!contents) throw new AppError('DUMP_UNREADABLE');
  return contents;
}

export interface PostgresBackup {
  file: string;
  schemaVersion: number;
}

/**
 * Writes a pg_dump (custom format) of the store to `target`: through a temporary file beside it,
 * fsynced, read back with pg_restore, then renamed into place. The store's connection and password
 * go to pg_dump through its environment and a password file of its own (pg-tools.ts).
 */
export async function backupPostgres(
  store: PostgresStore,
  target: string,
  tools: PgToolOptions = {},
): Promise<PostgresBackup> {
  const pgDump = findTool('pg_dump', tools.binDir);
  findTool('pg_restore', tools.binDir);
  const full = resolve(target);
  const tmp = join(dirname(full), `.${basename(full)}.${randomBytes(4).toString('hex')}.tmp`);
  const connection = pgEnvironment(store);
  let fd: number | null = null;
  try {
    try {
      fd = openSync(tmp, 'wx', 0o600);
    } catch {
      throw new AppError('FILE_FAILED');
    }
    const args = ['--format=custom', '--no-password', `--dbname=${connection.dbname}`];
    const run = await runTool(pgDump, args, connection.env, fd, tools.spawn);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (run.code !== 0) {
      throw new AppError(connectionFailed(run.stderr) ? 'STORE_UNREACHABLE' : 'DUMP_FAILED');
    }
    const contents = await readDump(tmp, tools).catch(() => {
      throw new AppError('DUMP_FAILED');
    });
    try {
      renameSync(tmp, full);
      fsyncPath(dirname(full), 'r');
    } catch {
      throw new AppError('FILE_FAILED');
    }
    return { file: full, schemaVersion: contents.schemaVersion };
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_FAILED');
  } finally {
    connection.dispose();
  }
}

export interface PostgresRestoreOptions extends PgToolOptions {
  /** The account that restores: it must be an active beheerder in the dump (as in today's restore). */
  username: string;
  /**
   * Whether the password typed for `username` is that account's as the dump holds it (the accounts'
   * own password check reads its columns from `account.row`). False: BACKUP_NOT_BEHEERDER.
   */
  passwordMatches: (account: DumpedAccount) => boolean | Promise<boolean>;
  clock?: Clock | undefined;
}

export interface PostgresRestore {
  /** The schema version in the dump, and the version after opening (migrated when it was older). */
  fromVersion: number;
  schemaVersion: number;
  actor: { id: number; username: string };
}

/** The relations (tables, views, sequences) in the database outside PostgreSQL's own schemas. */
async function relationCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
        AND s.nspname NOT IN ('pg_catalog', 'information_schema')
        AND s.nspname NOT LIKE 'pg\\_toast%' AND s.nspname NOT LIKE 'pg\\_temp%'`,
  );
  return rows[0]?.n ?? 0;
}

async function connect(store: PostgresStore): Promise<pg.Client> {
  const connection = postgresConnection(store);
  const client = new pg.Client({
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.username,
    password: connection.password,
    ssl: connection.ssl,
    application_name: 'cter-werkplaats-backup',
    connectionTimeoutMillis: 10_000,
  });
  try {
    await client.connect();
  } catch {
    await client.end().catch(() => undefined);
    throw new AppError('STORE_UNREACHABLE');
  }
  return client;
}

/**
 * What to restore: everything in the dump except the extensions' own comments. When the DBA created
 * `unaccent` and `pg_trgm` beforehand (as superuser), only their owner may comment on them, and the
 * comment is the extension's own anyway.
 */
async function restoreList(pgRestore: string, file: string, tools: PgToolOptions): Promise<string> {
  const run = await runTool(pgRestore, ['--list', resolve(file)], cleanEnvironment(), 'capture', tools.spawn);
  if (run.code !== 0) throw new AppError('DUMP_UNREADABLE');
  return run.stdout
    .split('\n')
    .filter((line) => !/^\d+; \d+ \d+ COMMENT - EXTENSION /.test(line))
    .join('\n');
}

/** Restores a dump into the store's (empty) database; see the header for the checks. */
export async function restorePostgres(
  store: PostgresStore,
  file: string,
  options: PostgresRestoreOptions,
): Promise<PostgresRestore> {
  const pgRestore = findTool('pg_restore', options.binDir);
  const contents = await readDump(file, options);
  if (contents.schemaVersion > SCHEMA_VERSION) {
    throw new AppError('DUMP_TOO_NEW', { version: contents.schemaVersion, supported: SCHEMA_VERSION });
  }
  const username = normaliseUsername(options.username);
  const account = contents.accounts.find((candidate) => candidate.username === username);
  if (
    !account ||
    !account.active ||
    !account.roles.includes('beheerder') ||
    !(await options.passwordMatches(account))
  ) {
    throw new AppError('BACKUP_NOT_BEHEERDER');
  }

  const client = await connect(store);
  try {
    await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
    if ((await relationCount(client)) > 0) throw new AppError('RESTORE_TARGET_NOT_EMPTY');
    const connection = pgEnvironment(store);
    const listFolder = mkdtempSync(join(tmpdir(), 'cter-pgrestore-'));
    try {
      const list = join(listFolder, 'inhoud.list');
      writeFileSync(list, await restoreList(pgRestore, file, options), { mode: 0o600 });
      // One transaction: a damaged file or a refused statement leaves the database as it was
      // (empty). --no-owner: the objects belong to the role that restores (the owner role).
      const args = [
        '--single-transaction',
        '--exit-on-error',
        '--no-owner',
        '--no-password',
        `--use-list=${list}`,
        `--dbname=${connection.dbname}`,
        resolve(file),
      ];
      const run = await runTool(pgRestore, args, connection.env, 'capture', options.spawn);
      if (run.code !== 0) {
        if (connectionFailed(run.stderr)) throw new AppError('STORE_UNREACHABLE');
        throw new AppError(dumpDamaged(run.stderr) ? 'DUMP_UNREADABLE' : 'RESTORE_FAILED');
      }
    } finally {
      connection.dispose();
      rmSync(listFolder, { recursive: true, force: true });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('STORE_UNREACHABLE');
  } finally {
    // Ending the session releases the advisory lock.
    await client.end().catch(() => undefined);
  }

  const database = await openDatabase(store);
  try {
    const actor = { id: account.id, username: account.username };
    const clock = options.clock ?? systemClock;
    const audit = new AuditLog(database.source, clock);
    await database.source.transaction(async (manager) => {
      // The dump's server sessions are not this server's: their tokens must not work again.
      const ended = await endSessionsAfterRestore(manager, clock.now().getTime());
      await audit.append(manager, {
        actorId: actor.id,
        actorName: actor.username,
        action: 'backup:restore',
        kind: 'change',
        objectType: 'database',
        result: 'ok',
        details: {
          backup: basename(file),
          schemaVersion: contents.schemaVersion,
          ...(ended > 0 ? { sessiesBeeindigd: ended } : {}),
        },
      });
    });
    return { fromVersion: contents.schemaVersion, schemaVersion: database.schemaVersion, actor };
  } finally {
    await database.close();
  }
}
