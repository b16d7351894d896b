// Mijn werk on PostgreSQL before and after the dates went into the text (issue 17, 2026-12-06):
// the backend's own CPU per call (/proc/<pid>/schedstat; the cluster runs on this machine) of the
// four lists through readTogether, as `cter_app` in a transaction for the bench account, the two
// variants interleaved call by call after 10 warm-up calls each, and how PostgreSQL keeps each
// kept statement (generic or custom plans, pg_prepared_statements). On the engines bench's kept
// data (CTER_BENCH_KEEP, see engines.bench.ts):
//
//   CTER_BENCH_KEEP=/tmp/keep.json npx tsx tests/bench/run.ts --only engines &   # wait for "kept:"
//   npx tsx tests/bench/engines-work-cpu.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { type Sql } from '../../src-main/core/db/sql';
import { preparedNameOn, readTogether, type Read } from '../../src-main/core/db/kept';
import type { PostgresStore } from '../../src-main/core/db/store';
import { workQueries } from '../../src-main/core/work/my-work';
import { percentile } from './bench';
import { workQueriesBefore } from './work-before';

const [keepFile, roundsText = '100'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-work-cpu.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const rounds = Number(roundsText);
/** The backend's CPU time so far, in ns (the first field of schedstat). */
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
const readsOf = (statements: Record<string, Sql>): Record<string, Read> =>
  Object.fromEntries(Object.entries(statements).map(([name, rows]) => [name, { rows }]));
const VARIANTS = {
  before: readsOf(workQueriesBefore(scope, NOW, 'postgres')),
  after: readsOf(workQueries(scope, NOW, 'postgres')),
};
type Variant = keyof typeof VARIANTS;

async function main() {
  const db = await openDatabase(store);
  const server: Record<Variant, number[]> = { before: [], after: [] };
  const wall: Record<Variant, number[]> = { before: [], after: [] };
  const answers: Record<Variant, string> = { before: '', after: '' };
  try {
    for (let i = 0; i < rounds + 10; i++) {
      const order: Variant[] = i % 2 ? ['after', 'before'] : ['before', 'after'];
      for (const variant of order)
        await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
          const client = (await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number };
          const started = process.hrtime.bigint();
          const before = cpu(client.processID);
          const rows = await readTogether(manager, VARIANTS[variant]);
          const used = (cpu(client.processID) - before) / 1e6;
          const took = Number(process.hrtime.bigint() - started) / 1e6;
          answers[variant] = JSON.stringify(rows);
          if (i < 10) return;
          server[variant].push(used);
          wall[variant].push(took);
        });
    }
    if (answers.before !== answers.after) throw new Error('the answers differ');
    const ms = (values: number[]) => `${percentile(values, 50).toFixed(2)} / ${percentile(values, 95).toFixed(2)}`;
    for (const variant of ['before', 'after'] as const)
      console.info(
        `Mijn werk ${variant}: backend CPU ${ms(server[variant])} ms, wall ${ms(wall[variant])} ms (median / p95 of ${rounds})`,
      );
    await transactionFor(db.source, { accountId: ACCOUNT }, async (manager) => {
      const client = (await manager.queryRunner!.connect()) as pg.ClientBase;
      for (const variant of ['before', 'after'] as const)
        for (const [name, read] of Object.entries(VARIANTS[variant])) {
          const [kept] = (await manager.query(
            'SELECT generic_plans AS "generic", custom_plans AS "custom" FROM pg_prepared_statements WHERE name = $1',
            [preparedNameOn(client, read.rows) ?? ''],
          )) as { generic: string; custom: string }[];
          console.info(
            `  ${variant} ${name}: ${kept ? `${kept.generic} generic, ${kept.custom} custom` : 'not kept here'}`,
          );
        }
    });
  } finally {
    await db.close();
  }
}

void main();
