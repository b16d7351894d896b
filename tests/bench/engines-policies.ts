// Before/after for a change to row security's policies, on the engines benchmark's kept data
// (CTER_BENCH_KEEP, see engines.bench.ts): the policies of migration 0019 with 0033's triggers
// disabled (before: each dependent row looks its casus up) and the ones row-security.ts renders now
// with the triggers on (after: the row tests its own copies of the casus's region and shielding) are
// put in place in turns, and the core functions of the figures above 2× run under each, as
// `cter_app` in a transaction set for the bench account, interleaved round by round. Besides the
// wall time, the backend's own CPU per call (its /proc/<pid>/schedstat: the cluster runs on this
// machine), which the machine's load inflates far less; and the shared buffers Mijn werk's four
// statements touch under each (EXPLAIN (ANALYZE, BUFFERS)), which the load does not change at all.
// For analysis by hand:
//
//   npx tsx tests/bench/engines-policies.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { policies, transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { ROW_SECURITY_POLICIES as BEFORE } from '../../src-main/core/db/migrations/0019-row-security-lookups';
import { CARRYING } from '../../src-main/core/db/migrations/0033-case-facts-on-rows';
import { inlined } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { visibleCase } from '../../src-main/core/access/access';
import { CaseService } from '../../src-main/core/cases/case-service';
import { caseSearch } from '../../src-main/core/core';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { myWork, workQueries } from '../../src-main/core/work/my-work';
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
    // Today's policies, triggers on, are the state the kept database is left in.
    const put = async (set: readonly { table: string; using: string }[]) => {
      const triggers = set === BEFORE ? 'DISABLE' : 'ENABLE';
      await db.source.query(`ALTER TABLE casus ${triggers} TRIGGER cter_case_facts_to_rows`);
      for (const { table } of CARRYING) {
        await db.source.query(`ALTER TABLE ${table} ${triggers} TRIGGER cter_case_facts_on_row`);
      }
      for (const { table, using } of set) await db.source.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    };
    /** The backend's CPU time so far, in ns (the first field of schedstat). */
    const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
    const figures: Record<string, (m: EntityManager) => Promise<unknown>> = {
      work: (m) => myWork(m, scope, NOW),
      dashboard: (m) => computeDashboard(m, { fromYear: 2016, toYear: 2026, regionId: null }),
    };
    const cases = new CaseService(caseSearch);
    const visible = (
      (await transactionFor(db.source, { accountId: scope.accountId }, (m) =>
        m.query('SELECT id FROM casus WHERE NOT afgeschermd ORDER BY id LIMIT 1000'),
      )) as { id: number }[]
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
    const server: Record<string, number[]> = {};
    const answers: Record<string, string> = {};
    /** Shared buffers hit and read by Mijn werk's four statements, planning included. */
    const buffers = async (m: EntityManager) => {
      const counts: number[] = [];
      for (const statement of Object.values(workQueries(scope, NOW, 'postgres'))) {
        const rows = (await m.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${inlined(statement)}`)) as {
          'QUERY PLAN': [{ Plan: Record<string, number>; Planning?: Record<string, number> }];
        }[];
        const [{ Plan: plan, Planning: planning }] = rows[0]!['QUERY PLAN'];
        const of = (n?: Record<string, number>) => (n?.['Shared Hit Blocks'] ?? 0) + (n?.['Shared Read Blocks'] ?? 0);
        counts.push(of(plan) + of(planning));
      }
      return counts;
    };
    try {
      // The same answers under both first, before any save changes the data.
      for (const variant of ['before', 'after'] as const) {
        await put(variants[variant]);
        for (const [name, run] of Object.entries(figures)) {
          if (name === 'save') continue;
          const text = JSON.stringify(await transactionFor(db.source, { accountId: scope.accountId }, run));
          if ((answers[name] ??= text) !== text) throw new Error(`${name}: the answers differ`);
        }
      }
      for (let round = 0; round < Number(roundsText); round++) {
        const order = round % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const);
        for (const variant of order) {
          await put(variants[variant]);
          if (round === 0) {
            const counts = await transactionFor(db.source, { accountId: scope.accountId }, buffers);
            console.info(`Mijn werk's buffers, ${variant}: ${counts.join(' + ')} = ${counts.reduce((a, b) => a + b)}`);
          }
          for (const [name, run] of Object.entries(figures)) {
            const start = process.hrtime.bigint();
            await transactionFor(db.source, { accountId: scope.accountId }, async (m) => {
              const { processID } = (await m.queryRunner!.connect()) as { processID: number };
              const before = cpu(processID);
              await run(m);
              (server[`${name} ${variant}`] ??= []).push((cpu(processID) - before) / 1e6);
            });
            (times[`${name} ${variant}`] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
          }
        }
      }
    } finally {
      await put(variants.after);
    }
    for (const [name, samples] of Object.entries(times).sort()) {
      const cpuSamples = server[name]!;
      console.info(
        `${name}: wall ${percentile(samples, 50).toFixed(2)} / ${percentile(samples, 95).toFixed(2)} ms, backend CPU ${percentile(cpuSamples, 50).toFixed(2)} / ${percentile(cpuSamples, 95).toFixed(2)} ms (median / p95 of ${samples.length})`,
      );
    }
  } finally {
    await db.close();
  }
}

void main();
