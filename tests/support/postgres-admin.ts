// The cluster's superuser, for the set-up of tests (postgres-global.ts, postgres-database.ts).
import pg from 'pg';
import { readPasswordFile } from '../../src-main/core/db/store';
import type { ClusterInfo } from './postgres';

/** The database that globalSetup migrates once per run; test databases are copied from it. */
export const MIGRATED_TEMPLATE = 'cter_template';

/** Runs `statement` as the cluster's superuser in `database` (default: the maintenance database). */
export async function adminClientQuery(
  cluster: ClusterInfo,
  statement: string,
  database = 'postgres',
): Promise<pg.QueryResult> {
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
