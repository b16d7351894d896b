// The plans behind the engines benchmark's PostgreSQL figures, as the application runs them: the
// same core functions, as `cter_app`, each in a transaction set for the bench account
// (transactionFor, as DatabaseHolder.transaction does), with auto_explain logging every
// statement's EXPLAIN (ANALYZE, BUFFERS) to the cluster's server log. For analysis by hand, not part
// of `npm run bench` (no `.bench.ts`):
//
//   CTER_BENCH_KEEP=/tmp/keep.json CTER_BENCH_PERSONS=100000 npx tsx tests/bench/run.ts --only engines &
//   npx tsx tests/bench/engines-explain.ts /tmp/keep.json work,dashboard,save,search [rounds]
//
// The plans are printed (the part of the server log the run wrote). auto_explain is switched on for
// the role in that database for the run and off again after it.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { visibleCase } from '../../src-main/core/access/access';
import { setTransactionScope, transactionFor } from '../../src-main/core/access/row-security';
import { CaseService } from '../../src-main/core/cases/case-service';
import { caseSearch } from '../../src-main/core/core';
import { openDatabase } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { myWork } from '../../src-main/core/work/my-work';
import { adminClientQuery } from '../support/postgres-admin';
import type { ClusterInfo } from '../support/postgres';
import { queries } from './casework.bench';

const [keepFile, which = 'work,dashboard,save,search', roundsText = '1'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-explain.ts KEEP_FILE [figures] [rounds]');
const kept = JSON.parse(readFileSync(keepFile, 'utf8')) as {
  store: PostgresStore;
  superuser: Pick<ClusterInfo, 'socketDir' | 'port' | 'user' | 'passwordFile'>;
};
const { store, superuser } = kept;
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 100_000);
const rounds = Number(roundsText);

const SETTINGS = [
  `session_preload_libraries = 'auto_explain'`,
  'auto_explain.log_min_duration = 0',
  'auto_explain.log_analyze = on',
  'auto_explain.log_buffers = on',
  'auto_explain.log_nested_statements = on',
];

async function main() {
  const role = `ALTER ROLE ${store.user} IN DATABASE ${store.database}`;
  for (const setting of SETTINGS) await adminClientQuery(superuser, `${role} SET ${setting}`);
  const log = join(superuser.socketDir, 'server.log');
  const from = statSync(log).size;
  const db = await openDatabase(store);
  try {
    const inTx = (label: string, fn: (manager: EntityManager, i: number) => Promise<unknown>) => async (i: number) => {
      await db.source.query(`SELECT 'explain: ${label} ${i}'`);
      const start = process.hrtime.bigint();
      await transactionFor(db.source, { accountId: ACCOUNT }, (manager) => fn(manager, i));
      console.info(`${label} ${i}: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`);
    };
    const cases = new CaseService(caseSearch);
    const visible = (await db.source.transaction(async (m) => {
      await setTransactionScope(m, { accountId: ACCOUNT });
      return m.query('SELECT id FROM casus WHERE NOT afgeschermd ORDER BY id LIMIT 5000');
    })) as { id: number }[];
    const mix = queries(generateDemoPersons(PERSONS, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
    const runs: Record<string, (i: number) => Promise<void>> = {
      work: inTx('work', (m) => myWork(m, scope, NOW)),
      dashboard: inTx('dashboard', (m) => computeDashboard(m, { fromYear: 2016, toYear: 2026, regionId: null })),
      save: inTx('save', async (m, i) => {
        const casus = await visibleCase(m, scope, visible[(i * 7919) % visible.length]!.id);
        await cases.update(
          m,
          casus,
          {
            regionId: casus.regionId,
            procesregisseurId: casus.procesregisseurId,
            partners: i % 2 ? ['politie', 'gemeente'] : [],
            afgeschermd: casus.afgeschermd,
            namedAccountIds: [],
            version: casus.version,
          },
          { accountId: ACCOUNT, now: NOW },
        );
      }),
      // The slow kinds of the mix: a first name's 3 letters, a surname's 4, "celik", only a state.
      search: async (i) => {
        for (const kind of [0, 2, 4, 5])
          await inTx(`search kind ${kind}`, (m) => caseSearch.search(m, mix[kind + 8 * i]!, scope))(i);
      },
      list: inTx('list', (m) =>
        caseSearch.search(
          m,
          {
            text: '',
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
        ),
      ),
    };
    for (const name of which.split(',')) {
      const run = runs[name];
      if (!run) throw new Error(`unknown figure: ${name}`);
      for (let i = 0; i < rounds; i++) await run(i);
    }
  } finally {
    await db.close();
    for (const setting of SETTINGS) await adminClientQuery(superuser, `${role} RESET ${setting.split(' ')[0]}`);
  }
  const text = readFileSync(log).subarray(from).toString('utf8');
  console.info(text);
}

void main();
