// A database of its own for one test file, in the run's PostgreSQL cluster (postgres-global.ts):
// `const store = await createTestDatabase()` in beforeAll, `await dropTestDatabase(store)` in
// afterAll. The store opens with openDatabase like a production one (over the unix socket, with the
// password file), as the application's ordinary role `cter_app` (docs/beheer.md, steps 2 and 3),
// so row security applies to every test as in production. `superuserStore` is the same database as
// the superuser, for a test that must see past the application (say why where it is used);
// `withBackupRole` adds beheer.md's backup role for `pg_dump`.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import type { PostgresStore } from '../../src-main/core/db/store';
import {
  adminClientQuery,
  asSuperuser,
  createStoreDatabase,
  MIGRATED_TEMPLATE,
  withBackupRole as addBackupRole,
} from './postgres-admin';
import type { ClusterInfo } from './postgres';

/** The run's cluster, or an Error with the one line that says why there is none. */
export function testCluster(): ClusterInfo {
  const info = inject('postgres');
  if ('error' in info) throw new Error(info.error);
  return info;
}

/** Runs `statement` as the cluster's superuser in its maintenance database. */
export async function adminQuery(statement: string, database = 'postgres'): Promise<pg.QueryResult> {
  return adminClientQuery(testCluster(), statement, database);
}

/**
 * Creates a database with a unique name and returns the store that opens it as the application's
 * role: empty (but for the extensions IT creates), or with `migrated` a copy of the run's template,
 * already at the current schema version.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<PostgresStore> {
  const database = `cter_t_${randomBytes(6).toString('hex')}`;
  return createStoreDatabase(testCluster(), database, options.migrated ? { template: MIGRATED_TEMPLATE } : {});
}

/** `store`'s database as the cluster's superuser (row security does not apply to it). */
export function superuserStore(store: PostgresStore): PostgresStore {
  return asSuperuser(testCluster(), store);
}

/** `store` with the run's backup role (BYPASSRLS) as `backupUser`, as store.json has it where backups are made. */
export function withBackupRole(store: PostgresStore): PostgresStore {
  return addBackupRole(testCluster(), store);
}

/** Drops a test database, closing what is still connected to it. */
export async function dropTestDatabase(store: PostgresStore): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${store.database} WITH (FORCE)`);
}
