// Before/after for a change to row security's policies, on the engines benchmark's kept data
// (CTER_BENCH_KEEP, see engines.bench.ts): the policies the database has (before) and the ones
// row-security.ts renders now (after) are put in place in turns, and the core functions of the
// figures above 2× run under each, as `cter_app` in a transaction set for the bench account,
// interleaved round by round. For analysis by hand:
//
//   npx tsx tests/bench/engines-policies.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { policies, setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { myWork } from '../../src-main/core/work/my-work';
import { percentile } from './bench';

const [keepFile, roundsText = '10'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-policies.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const scope = { accountId: 1, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const POLICY = 'cter_need_to_know';

async function main() {
  const db = await openDatabase(store);
  try {
    const before = (await db.source.query(
      `SELECT tablename AS "table", qual AS "using" FROM pg_policies WHERE policyname = $1`,
      [POLICY],
    )) as { table: string; using: string }[];
    const variants = { before, after: policies() };
    const put = async (set: { table: string; using: string }[]) => {
      for (const { table, using } of set) await db.source.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    };
    const figures: Record<string, (m: EntityManager) => Promise<unknown>> = {
      work: (m) => myWork(m, scope, NOW),
      dashboard: (m) => computeDashboard(m, { fromYear: 2016, toYear: 2026, regionId: null }),
    };
    const times: Record<string, number[]> = {};
    for (let round = 0; round < Number(roundsText); round++) {
      const order = round % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const);
      for (const variant of order) {
        await put(variants[variant]);
        for (const [name, run] of Object.entries(figures)) {
          const start = process.hrtime.bigint();
          await db.source.transaction(async (m) => {
            await setTransactionScope(m, { accountId: scope.accountId });
            await run(m);
          });
          (times[`${name} ${variant}`] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
        }
      }
    }
    await put(variants.before);
    for (const [name, samples] of Object.entries(times).sort()) {
      console.info(
        `${name}: median ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`,
      );
    }
  } finally {
    await db.close();
  }
}

void main();
