// A database of its own for one test file, in the run's PostgreSQL cluster (postgres-global.ts):
// `const store = await createTestDatabase()` in beforeAll, `await dropTestDatabase(store)` in
// afterAll. The store opens with openDatabase like a production one (over the unix socket, with the
// password file).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import type { ClusterInfo } from './postgres';

/** The run's cluster, or an Error with the one line that says why there is none. */
export function testCluster(): ClusterInfo {
  const info = inject('postgres');
  if ('error' in info) throw new Error(info.error);
  return info;
}

/** Runs `statement` as the cluster's superuser in its maintenance database. */
export async function adminQuery(statement: string, database = 'postgres'): Promise<pg.QueryResult> {
  const cluster = testCluster();
  const client = new pg.Client({
    host: cluster.socketDir,
    port: cluster.port,
    user: cluster.user,
    password: readPasswordFile(cluster.passwordFile),
    database,
  });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a unique name and returns the store that opens it. */
export async function createTestDatabase(): Promise<PostgresStore> {
  const cluster = testCluster();
  const database = `cter_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${database}`);
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
