// A database of its own for one test file, in the run's PostgreSQL cluster (postgres-global.ts):
// `const store = await createTestDatabase()` in beforeAll, `await dropTestDatabase(store)` in
// afterAll. The store opens with openDatabase like a production one (over the unix socket, with the
// password file).
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import type { PostgresStore } from '../../src-main/core/db/store';
import { adminClientQuery, MIGRATED_TEMPLATE } from './postgres-admin';
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
 * Creates a database with a unique name and returns the store that opens it: empty, or with
 * `migrated` a copy of the run's template, already at the current schema version.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<PostgresStore> {
  const cluster = testCluster();
  const database = `cter_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database}${options.migrated ? ` TEMPLATE ${MIGRATED_TEMPLATE}` : ''}`);
  return {
    engine: 'postgres',
    socketDir: cluster.socketDir,
    port: cluster.port,
    database,
    user: cluster.user,
    passwordFile: cluster.passwordFile,
  };
}

/** Drops a test database, closing what is still connected to it. */
export async function dropTestDatabase(store: PostgresStore): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${store.database} WITH (FORCE)`);
}
