// The CTER server's pool at start (issue 18, core/server/pool-warmth.ts): `startServer` opens and
// warms every connection of the pool before it listens, and the pool keeps them when they stand
// idle (node-postgres closes an idle connection after 10 s by default, and the next burst of calls
// waited for new ones); it builds every input schema (code-warmth.ts) and sets the bound on password
// checks at once (hash-gate.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { memoryLogger } from '../../src-main/core/logger';
import { defaultHashesAtOnce } from '../../src-main/core/server/hash-gate';
import { poolOf } from '../../src-main/core/server/pool-warmth';
import { contract } from '../../src-shared/ipc/contract';
import { startServer, type RunningServer } from '../../src-main/server/run';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { makeCore, rawSql, RESOURCES_DIR, tempDir, withDatabase } from './helpers';
import { freePort, makeCertificate, serverDataDir } from './server-fixture';

let store: PostgresStore;
let admin: Core;
let running: RunningServer | null = null;
let logger: ReturnType<typeof memoryLogger>;

beforeAll(async () => {
  store = { ...(await createTestDatabase()), poolSize: 4 };
  admin = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(admin);
  const port = await freePort();
  logger = memoryLogger();
  running = await startServer({
    dataDir: serverDataDir(store, port, makeCertificate(tempDir('cter-tls-'))),
    resourcesDir: RESOURCES_DIR,
    appVersion: 'test',
    logger,
  });
});

afterAll(async () => {
  await running?.stop();
  await admin?.close();
  if (store) await dropTestDatabase(store);
});

describe('the server’s pool at start', () => {
  it('has every connection of the pool open before the first call, each having planned a read of every table', async () => {
    const pool = poolOf(running!.core.workspace.requireOpen().database.source)!;
    expect(pool.totalCount).toBe(4);
    expect(pool.idleCount).toBe(4);
    // The log line comes after every connection's EXPLAIN of every table answered.
    const [tables] = await rawSql<{ n: string }>(
      admin,
      sql`SELECT count(*) AS n FROM pg_tables WHERE schemaname = current_schema()`,
    );
    // And every channel's input schema built (code-warmth.ts), the log-in's too.
    expect(logger.lines).toContain(
      `info server: 4 database connections opened and warmed (${Number(tables!.n)} tables); ` +
        `${Object.keys(contract).length + 1} input schemas built`,
    );
    // The password checks at once: the default, as server.json names none (hash-gate.ts).
    expect(logger.lines).toContain(`info server: at most ${defaultHashesAtOnce()} passwords checked at once`);
    expect(running!.core.server.hashes.limit).toBe(defaultHashesAtOnce());
  });

  it('keeps them when they stand idle past the idle timeout', async () => {
    const pool = poolOf(running!.core.workspace.requireOpen().database.source)!;
    // The default is 10 s; shortened here, the same rule: a connection above `min` is closed.
    pool.options.idleTimeoutMillis = 20;
    await running!.core.workspace.transaction((manager) => manager.query('SELECT 1'));
    await new Promise((done) => setTimeout(done, 300));
    expect(pool.totalCount).toBe(4);
  });
});
