// Throw-away measurement before migration 0038 (issue 17), beside list-count-kept.ts: the case
// list's statements one by one on PostgreSQL, as `cter_app` for the bench account, each sent the
// way readTogether sends it (PREPARE once, then `START TRANSACTION; set_config(…); EXECUTE …;
// COMMIT` in one message; `SELECT 1` is the frame's own cost). The page, today's capped count, and
// the kept counts of list-count-kept.ts (its probe table and casus_access rows must be in place:
// run that first).
//
//   npx tsx tests/bench/list-count-kept-statements.ts KEEP_FILE cpu [rounds]
//     backend CPU per statement (/proc/<pid>/schedstat), interleaved, median / p95;
//   npx tsx tests/bench/list-count-kept-statements.ts KEEP_FILE sqlite [rounds]
//     the same statements on the kept SQLCipher file (this process's CPU per run of a prepared
//     statement; SQLite runs in process, so there is no frame to send);
//   npx tsx tests/bench/list-count-kept-statements.ts KEEP_FILE sqlite-file OUT
//     the same statements for tests/bench/instructions/callgrind.sh (SQLite's instructions per
//     statement, its prepare included: `callgrind.sh HARNESS DB OUT DIR "PRAGMA key=…"`);
//   npx tsx tests/bench/list-count-kept-statements.ts KEEP_FILE calls N [STORE_JSON]
//     for a backend under callgrind (docs/benchmarks.md "The backend's instructions"): each
//     statement N times after 10 warm-up runs, in a connection of its own; prints each backend's
//     pid, so that (profile of N = 110 − profile of N = 10) ÷ 100 is the statement's instructions.
//     STORE_JSON: a PostgresStore for the copy under callgrind (default: the kept one).
import { openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { openDatabase } from '../../src-main/core/db/database';
import { render, type Dialect, type Sql } from '../../src-main/core/db/sql';
import { searchSql } from '../../src-main/core/search/case-search';
import { percentile } from './bench';
import { opening } from './engines.bench';
import { KEPT_COUNTS } from './list-count-kept';

const scope = { accountId: 1, regionIds: [1, 2, 3] };

/** A statement's text with its values written in (all are integers or booleans here). */
function literal(statement: Sql, dialect: Dialect): string {
  const { text, params } = render(statement, dialect);
  let next = 0;
  const value = (v: unknown) => (typeof v === 'boolean' && dialect === 'sqlite' ? String(Number(v)) : String(v));
  return dialect === 'postgres'
    ? text.replace(/\$(\d+)/g, (_, n: string) => value(params[Number(n) - 1]))
    : text.replace(/\?/g, () => value(params[next++]));
}

function statements(dialect: Dialect = 'postgres'): Record<string, string> {
  const list = searchSql(opening, scope, dialect);
  return {
    'SELECT 1': 'SELECT 1',
    page: literal(list.rows, dialect),
    'count, today': literal(list.count, dialect),
    ...Object.fromEntries(Object.entries(KEPT_COUNTS).map(([name, count]) => [name, literal(count(scope), dialect)])),
  };
}

async function connect(store: PostgresStore): Promise<pg.Client> {
  const client = new pg.Client({
    host: store.socketDir,
    port: store.port,
    user: store.user,
    password: store.passwordFile ? readPasswordFile(store.passwordFile) : undefined,
    database: store.database,
  });
  await client.connect();
  return client;
}

const run = (client: pg.Client, name: number) =>
  client.query(
    `START TRANSACTION; SELECT set_config('cter.account_id', '${scope.accountId}', true); EXECUTE s${name}; COMMIT`,
  );

async function cpu(store: PostgresStore, rounds: number) {
  const client = await connect(store);
  const file = openSync(`/proc/${(client as pg.Client & { processID: number }).processID}/schedstat`, 'r');
  const buffer = Buffer.alloc(128);
  const backend = () => Number(buffer.toString('latin1', 0, readSync(file, buffer, 0, 128, 0)).split(' ')[0]) / 1e6;
  const texts = Object.entries(statements());
  for (const [i, [, text]] of texts.entries()) await client.query(`PREPARE s${i} AS ${text}`);
  const samples = texts.map(() => [] as number[]);
  for (let round = -10; round < rounds; round++) {
    const order = texts.map((_, i) => i);
    for (const i of round % 2 ? order.reverse() : order) {
      const before = backend();
      await run(client, i);
      if (round >= 0) samples[i]!.push(backend() - before);
    }
  }
  texts.forEach(([name], i) =>
    console.info(
      `${name}: backend CPU ${percentile(samples[i]!, 50).toFixed(3)} / ${percentile(samples[i]!, 95).toFixed(3)} ms (n = ${rounds})`,
    ),
  );
  await client.end();
}

async function calls(store: PostgresStore, n: number) {
  for (const [i, [name, text]] of Object.entries(statements()).entries()) {
    const client = await connect(store);
    await client.query(`PREPARE s${i} AS ${text}`);
    for (let round = 0; round < 10 + n; round++) await run(client, i);
    console.info(`${(client as pg.Client & { processID: number }).processID} ${n} ${name}`);
    await client.end();
  }
}

async function sqlite(kept: { path: string; key: string }, rounds: number) {
  const db = await openDatabase({ path: kept.path, key: Buffer.from(kept.key, 'hex'), mode: 'open' });
  const texts = Object.entries(statements('sqlite'));
  const prepared = texts.map(([, text]) => db.handle.prepare(text));
  const samples = texts.map(() => [] as number[]);
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  for (let round = -10; round < rounds; round++) {
    const order = texts.map((_, i) => i);
    for (const i of round % 2 ? order.reverse() : order) {
      const before = cpu();
      prepared[i]!.all();
      if (round >= 0) samples[i]!.push(cpu() - before);
    }
  }
  texts.forEach(([name], i) =>
    console.info(
      `${name}: CPU ${percentile(samples[i]!, 50).toFixed(3)} / ${percentile(samples[i]!, 95).toFixed(3)} ms (n = ${rounds})`,
    ),
  );
  await db.close();
}

async function main() {
  const [keepFile, mode, count, storeFile] = process.argv.slice(2);
  if (!keepFile || !['cpu', 'sqlite', 'sqlite-file', 'calls'].includes(mode ?? '')) {
    throw new Error('usage: KEEP_FILE cpu [rounds] | sqlite [rounds] | sqlite-file OUT | calls N [STORE_JSON]');
  }
  const kept = JSON.parse(readFileSync(keepFile, 'utf8')) as {
    store: PostgresStore;
    sqlite: { path: string; key: string };
  };
  if (mode === 'cpu') await cpu(kept.store, Number(count ?? 200));
  else if (mode === 'sqlite') await sqlite(kept.sqlite, Number(count ?? 200));
  else if (mode === 'sqlite-file') {
    const labelled = Object.entries(statements('sqlite')).map(
      ([name, text]) => `-- @@ ${name.replace(/\W+/g, '_')}\n${text}`,
    );
    writeFileSync(count!, `${labelled.join('\n')}\n`);
  } else
    await calls(storeFile ? (JSON.parse(readFileSync(storeFile, 'utf8')) as PostgresStore) : kept.store, Number(count));
}

void main();
