// Mijn werk's four lists on PostgreSQL as the application runs them (issue 17): as `cter_app` in a
// transaction for the bench account, each list's kept statement (readTogether) run until its plan is
// settled, then EXPLAIN (ANALYZE, BUFFERS, SUMMARY) of its EXECUTE, and the backend's CPU per call
// (/proc/<pid>/schedstat) of the whole readTogether. For analysis by hand, on the engines bench's
// kept data (CTER_BENCH_KEEP, see engines.bench.ts):
//
//   CTER_BENCH_KEEP=/tmp/keep.json npx tsx tests/bench/run.ts --only engines &
//   npx tsx tests/bench/engines-work-plans.ts /tmp/keep.json [calls]
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { preparable, preparedNameOn, readTogether, type Read } from '../../src-main/core/db/kept';
import type { PostgresStore } from '../../src-main/core/db/store';
import { workQueries } from '../../src-main/core/work/my-work';
import { percentile } from './bench';

const [keepFile, callsText = '60'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-work-plans.ts KEEP_FILE [calls]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const calls = Number(callsText);

/** The backend's CPU time so far, in ns (the first field of schedstat). */
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);

async function main() {
  const db = await openDatabase(store);
  const reads: Record<string, Read> = Object.fromEntries(
    Object.entries(workQueries(scope, NOW, 'postgres')).map(([name, rows]) => [name, { rows }]),
  );
  try {
    const server: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < calls + 10; i++) {
      await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
        const client = (await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number };
        const started = process.hrtime.bigint();
        const before = cpu(client.processID);
        await readTogether(manager, reads);
        if (i < 10) return;
        server.push((cpu(client.processID) - before) / 1e6);
        wall.push(Number(process.hrtime.bigint() - started) / 1e6);
      });
    }
    const ms = (values: number[]) => `${percentile(values, 50).toFixed(2)} / ${percentile(values, 95).toFixed(2)} ms`;
    console.info(`Mijn werk, ${calls} calls: backend CPU ${ms(server)}, wall ${ms(wall)} (median / p95)`);
    await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
      const client = (await manager.queryRunner!.connect()) as pg.ClientBase;
      for (const [name, read] of Object.entries(reads)) {
        const prepared = preparedNameOn(client, read.rows);
        const { rows: kept } = await client.query<{ generic_plans: number; custom_plans: number }>(
          'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1',
          [prepared ?? ''],
        );
        const { values } = preparable(read.rows);
        const args = values.length ? `(${values.join(', ')})` : '';
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN (ANALYZE, BUFFERS, SUMMARY) EXECUTE ${prepared}${args}`,
        );
        console.info(`\n== ${name}: ${kept[0]?.generic_plans} generic, ${kept[0]?.custom_plans} custom runs`);
        console.info(rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
    });
  } finally {
    await db.close();
  }
}

void main();
