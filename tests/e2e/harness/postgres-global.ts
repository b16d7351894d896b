// Playwright globalSetup: one private PostgreSQL cluster (tests/support/postgres.ts) for the whole
// run, for the `postgres` project. Its connection details reach the test workers through
// process.env (workers inherit the runner's environment); the function returned stops the cluster
// and removes its folder at the end of the run. When the cluster cannot start (no binaries, initdb
// fails), the run goes on: the sqlcipher project as always, and every postgres test fails at once
// with that one line (postgres.ts in this folder).
import { startCluster } from '../../support/postgres';
import { CLUSTER_ENV } from './postgres';

export default async function globalSetup(): Promise<() => void> {
  const started = Date.now();
  try {
    const cluster = await startCluster();
    const { socketDir, port, user, passwordFile, app, backup } = cluster;
    process.env[CLUSTER_ENV] = JSON.stringify({ socketDir, port, user, passwordFile, app, backup });
    if (process.env['CTER_PG_TIMING']) console.info(`PostgreSQL test cluster started in ${Date.now() - started} ms`);
    return () => cluster.stop();
  } catch (error) {
    const line = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    process.env[CLUSTER_ENV] = JSON.stringify({ error: line });
    console.error(`PostgreSQL test cluster did not start (the postgres project fails): ${line}`);
    return () => undefined;
  }
}
