// A database of its own for one end-to-end test, in the run's private PostgreSQL cluster
// (postgres-global.ts starts it and hands its details over in process.env). The fixture creates
// the database before core starts as IT would (owned by the ordinary role `cter_app`, the
// extensions made by the superuser: tests/support/postgres-admin.ts), names it in the data folder's
// store.json with that role, so row security applies as in production, and drops it when the test
// is over.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { PostgresStore } from '../../../src-main/core/db/store';
import { storeFilePath } from '../../../src-main/core/db/store-file';
import type { ClusterInfo } from '../../support/postgres';
import { adminClientQuery, createStoreDatabase } from '../../support/postgres-admin';

/** The environment variable with the cluster's details (JSON), or `{ error }` when it did not start. */
export const CLUSTER_ENV = 'CTER_E2E_POSTGRES';

/** The run's cluster; throws the one line that says why there is none. */
function cluster(): ClusterInfo {
  const raw = process.env[CLUSTER_ENV];
  if (!raw)
    throw new Error(`PostgreSQL test cluster not started: no ${CLUSTER_ENV} (globalSetup of playwright.config.ts)`);
  const info = JSON.parse(raw) as ClusterInfo | { error: string };
  if ('error' in info) throw new Error(`PostgreSQL test cluster did not start: ${info.error}`);
  return info;
}

/**
 * Creates an empty database with a unique name, or with `template` a copy of that database;
 * returns the store that opens it as `cter_app`.
 */
export async function createE2eDatabase(template?: string): Promise<PostgresStore> {
  const name = `cter_e2e_${randomBytes(6).toString('hex')}`;
  return createStoreDatabase(cluster(), name, template ? { template } : {});
}

/** Drops the test's database, closing what is still connected to it. */
export async function dropE2eDatabase(store: PostgresStore): Promise<void> {
  await adminClientQuery(cluster(), `DROP DATABASE IF EXISTS ${store.database} WITH (FORCE)`);
}

/** Writes `<dataDir>/store.json` naming `store`, only its owner may read or change it (as IT would). */
export function writeStoreFile(dataDir: string, store: PostgresStore): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { engine, socketDir, port, database, user, passwordFile } = store;
  const fields = { engine, socketDir, port, database, user, passwordFile };
  writeFileSync(storeFilePath(dataDir), JSON.stringify(fields, null, 2), { mode: 0o600 });
}
