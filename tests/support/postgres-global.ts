// vitest globalSetup: one private PostgreSQL cluster for the whole run (postgres.ts), its
// connection details handed to the test files with `provide` (read them with postgres-database.ts).
// When the cluster cannot start (no binaries), the run goes on and every test that asks for a
// PostgreSQL database fails with that one line.
import type { TestProject } from 'vitest/node';
import { startCluster, type ClusterInfo } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ClusterInfo | { error: string };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  try {
    const cluster = await startCluster();
    const { socketDir, port, user, passwordFile } = cluster;
    project.provide('postgres', { socketDir, port, user, passwordFile });
    if (process.env.CTER_PG_TIMING) console.info(`PostgreSQL test cluster started in ${Date.now() - started} ms`);
    return () => cluster.stop();
  } catch (error) {
    project.provide('postgres', { error: error instanceof Error ? error.message : String(error) });
    return () => undefined;
  }
}
