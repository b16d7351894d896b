// Before/after for a change to row security's policies, on the engines benchmark's kept data
// (CTER_BENCH_KEEP, see engines.bench.ts, loaded by the code before the change): the policies of
// migration 0016 (before) and the ones row-security.ts renders now (after) are put in place in turns, and the core functions of the
// figures above 2× run under each, as `cter_app` in a transaction set for the bench account,
// interleaved round by round. For analysis by hand:
//
//   npx tsx tests/bench/engines-policies.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { policies, setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { ROW_SECURITY_POLICIES as BEFORE } from '../../src-main/core/db/migrations/0016-row-security-cost';
import type { PostgresStore } from '../../src-main/core/db/store';
import { visibleCase } from '../../src-main/core/access/access';
import { CaseService } from '../../src-main/core/cases/case-service';
import { caseSearch } from '../../src-main/core/core';
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
    const variants = { before: BEFORE, after: policies() };
    // 0016's policies are the state the kept database is left in.
    const put = async (set: readonly { table: string; using: string }[]) => {
      for (const { table, using } of set) await db.source.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    };
    const figures: Record<string, (m: EntityManager) => Promise<unknown>> = {
      work: (m) => myWork(m, scope, NOW),
      dashboard: (m) => computeDashboard(m, { fromYear: 2016, toYear: 2026, regionId: null }),
    };
    const cases = new CaseService(caseSearch);
    const visible = (
      (await db.source.transaction(async (m) => {
        await setTransactionScope(m, { accountId: scope.accountId });
        return m.query('SELECT id FROM casus WHERE NOT afgeschermd ORDER BY id LIMIT 1000');
      })) as { id: number }[]
    ).map((row) => row.id);
    let saves = 0;
    const search = (text: string) => (m: EntityManager) =>
      caseSearch.search(
        m,
        {
          text,
          states: [],
          gemeenteId: null,
          regionId: null,
          ideologie: null,
          sort: 'relevantie',
          descending: false,
          offset: 0,
          limit: 100,
        },
        scope,
      );
    Object.assign(figures, {
      save: async (m: EntityManager) => {
        const casus = await visibleCase(m, scope, visible[(saves++ * 7919) % visible.length]!);
        await cases.update(
          m,
          casus,
          {
            regionId: casus.regionId,
            procesregisseurId: casus.procesregisseurId,
            partners: saves % 2 ? ['politie', 'gemeente'] : [],
            afgeschermd: casus.afgeschermd,
            namedAccountIds: [],
            version: casus.version,
          },
          { accountId: scope.accountId, now: NOW },
        );
      },
      'case list': search(''),
      'search van': search('van'),
    });
    const times: Record<string, number[]> = {};
    try {
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
    } finally {
      await put(variants.before);
    }
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
