// Opening a PostgreSQL store: a database from a newer version is refused, two cores starting at
// once migrate an empty database once, a database holding something else is not ours, a wrong
// password is "unreachable", and what only the SQLCipher file can do (backup file, rekey) is refused.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import { writeBackup } from '../../src-main/core/backup/backup-service';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { POSTGRES_MIGRATIONS } from '../../src-main/core/db/postgres';
import type { PostgresStore } from '../../src-main/core/db/store';
import { rekeyDatabase } from '../../src-main/core/vault/rekey';
import type { Workspace } from '../../src-main/core/workspace';
import { adminQuery, createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const opened: Database[] = [];
const stores: PostgresStore[] = [];

async function freshStore(): Promise<PostgresStore> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

async function open(store: PostgresStore): Promise<Database> {
  const db = await openDatabase(store);
  opened.push(db);
  return db;
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : error);

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
  for (const store of stores.splice(0)) await dropTestDatabase(store);
});

describe('a PostgreSQL store', () => {
  it('is migrated on first open and opened as it is the next time', async () => {
    const store = await freshStore();
    const first = await open(store);
    expect(first).toMatchObject({ engine: 'postgres', schemaVersion: SCHEMA_VERSION });
    expect(first.handle).toBeUndefined();
    await first.source.query("INSERT INTO setting (key, value) VALUES ('voorbeeld', 'blijft')");
    await first.close();
    const again = await open(store);
    expect(await again.source.query('SELECT value FROM setting')).toEqual([{ value: 'blijft' }]);
    expect(await again.source.query('SELECT count(*)::int AS n FROM migrations')).toEqual([
      { n: POSTGRES_MIGRATIONS.length },
    ]);
  });

  it('refuses a database from a newer version without changing it, also read-only', async () => {
    const store = await freshStore();
    const db = await open(store);
    await db.source.query('UPDATE schema_version SET version = $1', [SCHEMA_VERSION + 1]);
    await db.close();
    expect(codeOf(await openDatabase(store).catch((e: unknown) => e))).toBe('DATABASE_TOO_NEW');
    expect(codeOf(await openDatabase({ ...store, readonly: true }).catch((e: unknown) => e))).toBe('DATABASE_TOO_NEW');
    const { rows } = await adminQuery('SELECT version FROM schema_version', store.database);
    expect(rows).toEqual([{ version: SCHEMA_VERSION + 1 }]);
  });

  it('is migrated once when two cores open the empty database at the same moment', async () => {
    const store = await freshStore();
    const [a, b] = await Promise.all([open(store), open(store)]);
    expect([a.schemaVersion, b.schemaVersion]).toEqual([SCHEMA_VERSION, SCHEMA_VERSION]);
    const runs = (await a.source.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
    expect(runs.map((run) => run.name)).toEqual(POSTGRES_MIGRATIONS.map((migration) => new migration().name));
    expect(await b.source.query('SELECT count(*)::int AS n FROM zvh_region')).toEqual([{ n: 3 }]);
  });

  it('does not migrate a database that holds tables but no schema version (not ours)', async () => {
    const store = await freshStore();
    await adminQuery('CREATE TABLE iets_anders (id integer)', store.database);
    expect(codeOf(await openDatabase(store).catch((e: unknown) => e))).toBe('DATABASE_DAMAGED');
    const { rows } = await adminQuery("SELECT to_regclass('casus') IS NULL AS untouched", store.database);
    expect(rows).toEqual([{ untouched: true }]);
  });

  it('reports a wrong password or a missing database as unreachable, and an open password file as unsafe', async () => {
    const store = await freshStore();
    const folder = mkdtempSync(join(tmpdir(), 'cter-pgtest-pw-'));
    const wrong = join(folder, 'fout');
    writeFileSync(wrong, 'niet-het-wachtwoord\n', { mode: 0o600 });
    expect(codeOf(await openDatabase({ ...store, passwordFile: wrong }).catch((e: unknown) => e))).toBe(
      'STORE_UNREACHABLE',
    );
    expect(codeOf(await openDatabase({ ...store, database: 'bestaat_niet' }).catch((e: unknown) => e))).toBe(
      'STORE_UNREACHABLE',
    );
    const open = join(folder, 'open');
    writeFileSync(open, 'x\n');
    chmodSync(open, 0o644);
    expect(codeOf(await openDatabase({ ...store, passwordFile: open }).catch((e: unknown) => e))).toBe(
      'STORE_PASSWORD_FILE_UNSAFE',
    );
  });

  it('refuses a backup file and a key rotation: those are the DBA’s on the server', async () => {
    const db = await open(await freshStore());
    const folder = mkdtempSync(join(tmpdir(), 'cter-pgtest-backup-'));
    expect(codeOf(catching(() => writeBackup(db, join(folder, 'sleutel'), join(folder, 'kopie.db'))))).toBe(
      'BACKUP_ON_SERVER',
    );
    const workspace = { requireOpen: () => ({ database: db }) } as unknown as Workspace;
    expect(codeOf(await rekeyDatabase(workspace).catch((e: unknown) => e))).toBe('REKEY_ON_SERVER');
  });
});

function catching(work: () => unknown): unknown {
  try {
    work();
    return null;
  } catch (error) {
    return error;
  }
}
