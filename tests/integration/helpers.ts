// Shared set-up for integration tests: a core on a fresh temporary folder, and a database with a
// first beheerder, made through the same services the wizard and the CLI use.
//
// Both engines: `makeCore(dir, { store })` writes the data folder's store.json for a PostgreSQL
// test database (tests/support/postgres-database.ts), so the core works on PostgreSQL exactly as the
// app does with IT's configuration. With CTER_TEST_ENGINE=postgres, `withDatabase` gives a core
// without a store a fresh PostgreSQL database of its own, so a whole test file switches engine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { manualClock } from '../../src-main/core/clock';
import { createCore, type Core, type CoreOptions } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import { insertAccount } from '../../src-main/core/accounts/account-service';
import type { Platform } from '../../src-main/core/platform';
import type { PostgresStore } from '../../src-main/core/db/store';
import { storeFilePath } from '../../src-main/core/db/store-file';
import { dialectOf, query, sql, type Sql } from '../../src-main/core/db/sql';
import type { Role } from '../../src-shared/domain/roles';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');
export const BEHEERDER = { username: 'beheer', password: 'de kat zit op de mat vandaag', displayName: 'Bea Beheer' };

export function tempDir(prefix = 'cter-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The engine `withDatabase` uses for a core without a store: CTER_TEST_ENGINE=postgres or the file. */
export const TEST_ENGINE: 'sqlcipher' | 'postgres' =
  process.env['CTER_TEST_ENGINE'] === 'postgres' ? 'postgres' : 'sqlcipher';

/** Writes `<dataDir>/store.json` naming `store` (only its owner may read or change it, as IT would). */
export function writeStoreFile(dataDir: string, store: PostgresStore): void {
  const { engine, socketDir, host, port, database, user, passwordFile, sslmode, sslRootCertFile } = store;
  const { backupUser, backupPasswordFile, poolSize } = store;
  const fields = {
    ...{ engine, socketDir, host, port, database, user, passwordFile, sslmode, sslRootCertFile },
    ...{ backupUser, backupPasswordFile, poolSize },
  };
  writeFileSync(storeFilePath(dataDir), JSON.stringify(fields, null, 2), { mode: 0o600 });
}

export interface TestCoreOptions extends Partial<CoreOptions> {
  /** A PostgreSQL store for the data folder's store.json (none: the SQLCipher file). */
  store?: PostgresStore;
}

export function makeCore(dataDir = tempDir(), extra: TestCoreOptions = {}) {
  const { store, ...options } = extra;
  if (store) writeStoreFile(dataDir, store);
  const clock = manualClock(new Date('2026-11-29T09:00:00Z'));
  const logger = memoryLogger();
  const core = createCore({
    dataDir,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    clock,
    logger,
    idleCheckMs: 0,
    ...options,
  });
  return { core, clock, logger, dataDir };
}

/**
 * A database with one beheerder, who is logged in afterwards. Returns the recovery key ('' on
 * PostgreSQL, which has none). On PostgreSQL: the core's store, or (CTER_TEST_ENGINE=postgres) a
 * fresh test database written into its store.json.
 */
export async function withDatabase(core: Core): Promise<{ recoveryKey: string; path: string }> {
  const path = core.workspace.databasePath();
  let store = core.workspace.storeConfig();
  if (!store && TEST_ENGINE === 'postgres') {
    // Imported here, not at the top: postgres-database.ts imports vitest, which the renderer
    // suite's specs (Playwright, CommonJS) cannot load, and they use this file's `call`.
    const { createTestDatabase } = await import('../support/postgres-database');
    store = await createTestDatabase({ migrated: true });
    writeStoreFile(core.workspace.options.dataDir, store);
  }
  if (store) {
    await core.setup.createOnServer(store, BEHEERDER);
    return { recoveryKey: '', path };
  }
  const made = await core.setup.createDatabase(path, { demo: false, ...BEHEERDER });
  return { recoveryKey: made.recoveryKey, path };
}

/**
 * Raw SQL on the open database past the app (as someone with the file or the server would), on
 * either engine: write it with `sql` from core/db/sql.ts so placeholders suit the engine. On
 * PostgreSQL the tests connect as the application's role, which row security holds to need-to-know
 * (an unset account sees no casus): the statement runs in a transaction of its own with the system
 * scope, so it sees every row as the database's administrator would. Not through `asSystem`: that is
 * for core's named paths only.
 */
export async function rawSql<Row = Record<string, unknown>>(core: Core, statement: Sql): Promise<Row[]> {
  const source = core.workspace.requireOpen().database.source;
  if (dialectOf(source.manager) !== 'postgres') return query<Row>(source.manager, statement);
  return source.transaction(async (manager) => {
    await query(manager, sql`SELECT set_config('cter.scope', 'system', true)`);
    return query<Row>(manager, statement);
  });
}

/** What `runCli` writes to, collected; in Dutch, with the beheerder's password unless `env` says otherwise. */
export function cliIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (line: string) => out.push(line),
      err: (line: string) => err.push(line),
      env: { LANG: 'nl_NL.UTF-8', CTER_PASSWORD: BEHEERDER.password, ...env },
    },
    out,
    err,
  };
}

/** Dispatch that throws on failure (for set-up steps in tests). */
export async function call<T = unknown>(
  core: Pick<Core, 'dispatch'>,
  channel: string,
  input: unknown = {},
): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

/** The error code of a failed dispatch ('ok' when it succeeded). */
export async function codeOf(core: Pick<Core, 'dispatch'>, channel: string, input: unknown = {}): Promise<string> {
  const result = await core.dispatch(channel, input);
  return result.ok ? 'ok' : result.error.code;
}

/** Adds an account directly (no temporary password), for tests that need several people. */
export async function addAccount(
  core: Core,
  account: { username: string; roles: Role[]; regionIds?: number[]; password?: string; displayName?: string },
): Promise<{ id: number; username: string; password: string }> {
  const ws = core.workspace;
  const password = account.password ?? `wachtwoord van ${account.username} 2026`;
  // A key slot on the SQLCipher file, a verifier on PostgreSQL.
  const secret = await ws.credentials().issue(account.username, password);
  const created = await ws.transaction((manager) =>
    insertAccount(manager, ws.clock.now(), {
      username: account.username,
      displayName: account.displayName ?? account.username,
      roles: account.roles,
      regionIds: account.regionIds ?? [],
      ...secret.fields,
      mustChangePassword: false,
    }),
  );
  secret.commit();
  return { id: created.id, username: account.username, password };
}

/** Logs out whoever is logged in and logs in as `account`. */
export async function loginAs(core: Core, account: { username: string; password: string }): Promise<void> {
  await core.sessions.end('logout');
  await call(core, 'session:login', { username: account.username, password: account.password });
}

/** A platform whose file dialogs answer from a queue (`answer(path)`; null = cancelled). */
export function dialogs() {
  const answers: (string | null)[] = [];
  const platform: Platform = {
    print: { pdf: async () => new Uint8Array(), print: async () => true },
    files: {
      saveAs: async () => ({ saved: false }),
      chooseSaveLocation: async () => answers.shift() ?? null,
      chooseFile: async () => answers.shift() ?? null,
      chooseFolder: async () => answers.shift() ?? null,
    },
  };
  return { platform, answer: (path: string | null) => answers.push(path) };
}
