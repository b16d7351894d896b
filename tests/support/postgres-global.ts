// vitest globalSetup: one private PostgreSQL cluster for the whole run (postgres.ts), its
// connection details handed to the test files with `provide` (read them with postgres-database.ts),
// and in it a template database migrated once, from which `createTestDatabase({ migrated: true })`
// copies a database for each core (CREATE DATABASE … TEMPLATE is much quicker than migrating). The
// template is made and migrated as IT and the application would (postgres-admin.ts): owned by the
// ordinary role `cter_app`, which creates the tables, so its copies are too.
// When the cluster cannot start (no binaries), the run goes on and every test that asks for a
// PostgreSQL database fails with that one line.
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src-main/core/db/database';
import { createStoreDatabase, MIGRATED_TEMPLATE } from './postgres-admin';
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
    const { socketDir, port, user, passwordFile, app, backup } = cluster;
    const info: ClusterInfo = { socketDir, port, user, passwordFile, app, backup };
    try {
      const template = await openDatabase(await createStoreDatabase(info, MIGRATED_TEMPLATE));
      await template.close();
    } catch (error) {
      cluster.stop();
      throw error;
    }
    project.provide('postgres', info);
    if (process.env.CTER_PG_TIMING) console.info(`PostgreSQL test cluster started in ${Date.now() - started} ms`);
    return () => cluster.stop();
  } catch (error) {
    project.provide('postgres', { error: error instanceof Error ? error.message : String(error) });
    return () => undefined;
  }
}
