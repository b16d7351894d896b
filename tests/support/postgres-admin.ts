// The cluster's superuser, for the set-up of tests (postgres-global.ts, postgres-database.ts, the
// renderer suite's harness and the engines benchmark): it makes the databases as IT does and hands
// out the store that connects as the application's ordinary role.
import pg from 'pg';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import type { ClusterInfo } from './postgres';

/** The database that globalSetup migrates once per run; test databases are copied from it. */
export const MIGRATED_TEMPLATE = 'cter_template';

/** Runs `statement` as the cluster's superuser in `database` (default: the maintenance database). */
export async function adminClientQuery(
  cluster: Pick<ClusterInfo, 'socketDir' | 'port' | 'user' | 'passwordFile'>,
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

/**
 * Creates `database` as docs/beheer.md's step 3 tells IT: owned by the application's role (an
 * ordinary one, so row security applies to it), nobody else may connect but the backup role, and
 * the extensions created by the superuser. With `template` a copy of that database instead (its
 * extensions, tables and their owner come along; the database's own grants do not, so they are
 * set again). Returns the store that connects as the application's role.
 */
export async function createStoreDatabase(
  cluster: ClusterInfo,
  database: string,
  options: { template?: string } = {},
): Promise<PostgresStore> {
  const { app, backup } = cluster;
  const from = options.template ?? "template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'";
  await adminClientQuery(cluster, `CREATE DATABASE ${database} OWNER ${app.user} TEMPLATE ${from}`);
  await adminClientQuery(
    cluster,
    `REVOKE ALL ON DATABASE ${database} FROM PUBLIC; GRANT CONNECT ON DATABASE ${database} TO ${backup.user}`,
  );
  if (!options.template) {
    await adminClientQuery(
      cluster,
      `REVOKE CREATE ON SCHEMA public FROM PUBLIC;
       CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
       CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`,
      database,
    );
  }
  return {
    engine: 'postgres',
    socketDir: cluster.socketDir,
    port: cluster.port,
    database,
    user: app.user,
    passwordFile: app.passwordFile,
  };
}

/** The same database as the cluster's superuser, which row security does not apply to. */
export function asSuperuser(cluster: ClusterInfo, store: PostgresStore): PostgresStore {
  return { ...store, user: cluster.user, passwordFile: cluster.passwordFile };
}

/** The same store with the backup role of beheer.md (`backupUser`), as on the machine that makes backups. */
export function withBackupRole(cluster: ClusterInfo, store: PostgresStore): PostgresStore {
  return { ...store, backupUser: cluster.backup.user, backupPasswordFile: cluster.backup.passwordFile };
}
