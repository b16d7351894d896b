// Mijn werk's lists and the dashboard's reads on PostgreSQL with and without PREPAREd statements
// (issue 17), on the engines benchmark's kept data (CTER_BENCH_KEEP, see engines.bench.ts): the
// reads as readTogether sent them before (one simple query, each statement with its values written
// in, planned on every call) against today's readTogether (`EXECUTE` of statements PREPAREd once per
// connection), each in a transaction for the bench account, interleaved call by call (the order
// turned every other round). Besides the wall time, the backend's own CPU time per call (its
// /proc/<pid>/schedstat, in ns: the cluster runs on this machine), which the machine's load does not
// inflate the way it does the wall time; and the planning and execution time of each statement as
// EXPLAIN (ANALYZE, SUMMARY) reports it, plain and as EXECUTE of its kept (generic) plan. For
// analysis by hand:
//
//   CTER_BENCH_KEEP=/tmp/keep.json npx tsx tests/bench/run.ts --only engines &
//   npx tsx tests/bench/engines-prepared.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { inlined } from '../../src-main/core/db/sql';
import { preparable, preparedNameOn, readTogether, type Read } from '../../src-main/core/db/kept';
import type { PostgresStore } from '../../src-main/core/db/store';
import { dashboardReads } from '../../src-main/core/figures/figures';
import { workQueries } from '../../src-main/core/work/my-work';
import { percentile } from './bench';

const [keepFile, roundsText = '100'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-prepared.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const rounds = Number(roundsText);

const READS: Record<string, Record<string, Read>> = {
  'Mijn werk': Object.fromEntries(
    Object.entries(workQueries(scope, NOW, 'postgres')).map(([name, rows]) => [name, { rows }]),
  ),
  dashboard: dashboardReads({ fromYear: 2016, toYear: 2026, regionId: null }),
};

/** The backend's CPU time so far, in ns (the first field of schedstat). */
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);

/** readTogether as it was before: the statements inlined, one simple query, planned every call. */
async function before(manager: EntityManager, reads: Record<string, Read>): Promise<unknown[][]> {
  const client = (await manager.queryRunner!.connect()) as pg.ClientBase;
  const results = (await client.query(
    Object.values(reads)
      .map((read) => inlined(read.rows))
      .join(';\n'),
  )) as unknown as pg.QueryResult[];
  return results.map((result) => result.rows);
}

async function after(manager: EntityManager, reads: Record<string, Read>): Promise<unknown[][]> {
  return Object.values(await readTogether(manager, reads));
}

async function main() {
  const db = await openDatabase(store);
  try {
    for (const [figure, reads] of Object.entries(READS)) {
      const variants = { before, after };
      const wall: Record<string, number[]> = { before: [], after: [] };
      const server: Record<string, number[]> = { before: [], after: [] };
      const call = async (name: keyof typeof variants) =>
        transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
          const client = (await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number };
          const started = process.hrtime.bigint();
          const cpuBefore = cpu(client.processID);
          const rows = await variants[name](manager, reads);
          server[name]!.push((cpu(client.processID) - cpuBefore) / 1e6);
          wall[name]!.push(Number(process.hrtime.bigint() - started) / 1e6);
          return rows;
        });
      // The same answers first.
      const [a, b] = [await call('before'), await call('after')];
      if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${figure}: the answers differ`);
      for (let i = 0; i < 10; i++) for (const name of ['before', 'after'] as const) await call(name);
      for (const name of ['before', 'after']) {
        wall[name] = [];
        server[name] = [];
      }
      for (let i = 0; i < rounds; i++) {
        const order = (i % 2 ? ['after', 'before'] : ['before', 'after']) as (keyof typeof variants)[];
        for (const name of order) await call(name);
      }
      for (const name of ['before', 'after']) {
        const w = wall[name]!;
        const s = server[name]!;
        console.info(
          `${figure}, ${name}: wall ${percentile(w, 50).toFixed(2)} / ${percentile(w, 95).toFixed(2)} ms, backend CPU ${percentile(s, 50).toFixed(2)} / ${percentile(s, 95).toFixed(2)} ms (median / p95 of ${w.length})`,
        );
      }
      // Planning and execution per statement: plain, and EXECUTE of the kept plan.
      await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
        const client = (await manager.queryRunner!.connect()) as pg.ClientBase;
        for (const [name, read] of Object.entries(reads)) {
          const summary = async (text: string) => {
            const { rows } = await client.query<{ 'QUERY PLAN': string }>(
              `EXPLAIN (ANALYZE, BUFFERS, SUMMARY, FORMAT TEXT) ${text}`,
            );
            const lines = rows.map((row) => row['QUERY PLAN']);
            const time = (label: string) => lines.find((line) => line.startsWith(label))?.replace(/^[^:]*: /, '');
            return { planning: time('Planning Time'), execution: time('Execution Time'), top: lines[0] };
          };
          const plain = await summary(inlined(read.rows));
          const { rows: kept } = await client.query<{ name: string; generic_plans: number; custom_plans: number }>(
            `SELECT name, generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1`,
            [preparedNameOn(client, read.rows) ?? ''],
          );
          const prepared = kept[0];
          const { values } = preparable(read.rows);
          const args = values.length ? `(${values.join(', ')})` : '';
          const execute = prepared ? await summary(`EXECUTE ${prepared.name}${args}`) : null;
          console.info(
            `  ${figure} ${name}: plain planning ${plain.planning}, execution ${plain.execution}; kept plan (${prepared ? `${prepared.generic_plans} generic, ${prepared.custom_plans} custom runs` : 'not on this connection'}) planning ${execute?.planning ?? '—'}, execution ${execute?.execution ?? '—'}`,
          );
        }
      });
    }
  } finally {
    await db.close();
  }
}

void main();
