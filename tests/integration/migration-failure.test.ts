// A migration that fails half-way, on both engines: each runs in its own transaction, so the
// database stays at the version before it — its rows and tables as they were, the version number
// unchanged, the failed migration not recorded as run — and the user is told the database could
// not be brought up to date (MIGRATION_FAILED), not that it is damaged: a restore would not help
// (the backup meets the same migration) and would put the work since the backup aside. The failing
// migration is appended to the real list here; it changes data and the schema, then fails, as a
// migration with a wrong assumption about the data would.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import type * as Migrations from '../../src-main/core/db/migrations';
import type { StoreConfig } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { BEHEERDER, call, makeCore, tempDir, withDatabase } from './helpers';

// Hoisted with the mock below, which appends what is in `armed` to the real list: the failing
// migration from the start (PostgreSQL's list is made when postgres.ts loads); the test of the
// login screen takes it out while it makes its database.
const { FailsHalfWay9999999999999, armed } = vi.hoisted(() => {
  class FailsHalfWay9999999999999 implements MigrationInterface {
    name = 'FailsHalfWay9999999999999';
    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`UPDATE gemeente SET name = name || ' (half gemigreerd)'`);
      await runner.query('CREATE TABLE half_made (id integer PRIMARY KEY)');
      throw new Error('the data is not as this migration expects');
    }
    async down(): Promise<void> {}
  }
  return { FailsHalfWay9999999999999, armed: [FailsHalfWay9999999999999] as (new () => MigrationInterface)[] };
});

vi.mock('../../src-main/core/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof Migrations>();
  return {
    ...real,
    get MIGRATIONS() {
      return [...real.MIGRATIONS, ...armed];
    },
    get SCHEMA_VERSION() {
      return real.SCHEMA_VERSION + armed.length;
    },
  };
});

/** The application's real schema version: the one before the failing migration. */
const BEFORE = SCHEMA_VERSION - 1;

const stores: StoreConfig[] = [];
afterAll(async () => {
  for (const store of stores) if (store.engine === 'postgres') await dropTestDatabase(store);
});

async function storeOf(engine: 'sqlcipher' | 'postgres', upTo: number): Promise<StoreConfig> {
  if (engine === 'postgres') {
    const store = { ...(await createTestDatabase()), upTo };
    stores.push(store);
    return store;
  }
  return { engine, path: join(tempDir(), 'cter.db'), key: randomBytes(32), mode: 'create', upTo };
}

function opened(store: StoreConfig, upTo: number): Promise<Database> {
  return openDatabase({ ...store, ...(store.engine === 'sqlcipher' ? { mode: 'open' as const } : {}), upTo });
}

/** What the failing migration would change, and which migrations ran. */
async function stateOf(database: Database) {
  const names = (await database.source.query('SELECT name FROM gemeente ORDER BY id')) as { name: string }[];
  const ran = (await database.source.query('SELECT name FROM migrations')) as { name: string }[];
  const tables = (await database.source.query(
    database.engine === 'sqlcipher'
      ? `SELECT name FROM sqlite_master WHERE name = 'half_made'`
      : `SELECT tablename FROM pg_catalog.pg_tables WHERE tablename = 'half_made'`,
  )) as unknown[];
  return { names: names.map((row) => row.name), ran: ran.map((row) => row.name), tables };
}

describe.each(['sqlcipher', 'postgres'] as const)('a migration that fails half-way, on %s', (engine) => {
  it('leaves the database at the version before it, and says it could not be brought up to date', async () => {
    expect(MIGRATIONS.at(-1)).toBe(FailsHalfWay9999999999999);
    // Two versions behind: the real migration before the failing one runs and stays.
    const store = await storeOf(engine, BEFORE - 1);
    const made = await openDatabase(store);
    const before = await stateOf(made);
    await made.close();

    const failure = await opened(store, BEFORE + 1).then(
      async (database) => {
        await database.close();
        return null;
      },
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('MIGRATION_FAILED');

    const after = await opened(store, BEFORE);
    try {
      expect(after.schemaVersion).toBe(BEFORE);
      const state = await stateOf(after);
      expect(state.names).toEqual(before.names);
      expect(state.tables).toEqual([]);
      expect(state.ran).not.toContain('FailsHalfWay9999999999999');
      expect(state.ran).toContain(MIGRATIONS[BEFORE - 1]!.name);
    } finally {
      await after.close();
    }
  });
});

describe('the login screen after a migration failed (SQLCipher file)', () => {
  it('says the database was not brought up to date, offers no restore, logs why, and opens with a fixed version', async () => {
    armed.length = 0;
    const { core, dataDir } = makeCore();
    try {
      await withDatabase(core);
      await core.close();
    } finally {
      armed.push(FailsHalfWay9999999999999);
    }

    const { core: next, logger } = makeCore(dataDir);
    const login = await next.dispatch('session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
    expect(login.ok ? 'ok' : login.error.code).toBe('MIGRATION_FAILED');
    if (!login.ok)
      expect(login.error.message).toMatch(/niet worden bijgewerkt.*niets verloren.*Zet geen back-up terug/);
    const status = await call<VaultStatus>(next, 'vault:status');
    expect({ state: status.state, problem: status.problem }).toEqual({
      state: 'not-updated',
      problem: 'MIGRATION_FAILED',
    });
    // IT finds the migration's own error in the log.
    expect(logger.lines.join('\n')).toContain('the data is not as this migration expects');
    await next.close();

    // The version with the migration fixed (here: without it) opens the database as it was.
    armed.length = 0;
    try {
      const { core: fixed } = makeCore(dataDir);
      await call(fixed, 'session:login', { username: BEHEERDER.username, password: BEHEERDER.password });
      expect((await call<VaultStatus>(fixed, 'vault:status')).state).toBe('unlocked');
      await fixed.close();
    } finally {
      armed.push(FailsHalfWay9999999999999);
    }
  });
});

describe('the login screen after a migration failed (PostgreSQL named by store.json)', () => {
  it('says the database was not brought up to date and logs why', async () => {
    const store = await createTestDatabase({ migrated: true });
    stores.push(store);
    const { core, logger } = makeCore(tempDir(), { store });
    const status = await call<VaultStatus>(core, 'vault:status');
    expect({ state: status.state, problem: status.problem }).toEqual({
      state: 'not-updated',
      problem: 'MIGRATION_FAILED',
    });
    expect(logger.lines.join('\n')).toContain('the data is not as this migration expects');
    await core.close();
  });
});
