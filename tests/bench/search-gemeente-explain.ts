// Issue 20, migration 0031 on PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) of the case search's rows
// statement for the mix's "surname + gemeente" kind, with and without 0031's index on
// casus_search (gemeente_id), as the application's role for the bench account, on a database the
// engines bench kept. For analysis by hand, not part of `npm run bench`:
//
//   CTER_BENCH_KEEP=/tmp/keep.json CTER_BENCH_PERSONS=50000 npx tsx tests/bench/run.ts --only engines &
//   CTER_BENCH_PERSONS=50000 npx tsx tests/bench/search-gemeente-explain.ts /tmp/keep.json
//
// The index is dropped and made again inside one transaction that is rolled back: the database is
// left as it was.
import { readFileSync } from 'node:fs';
import { setTransactionScope, transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { render } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { searchSql } from '../../src-main/core/search/case-search';
import { QUERY_KINDS, queries } from './casework.bench';

const [keepFile] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: search-gemeente-explain.ts KEEP_FILE');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 100_000);
const scope = { accountId: 1, regionIds: [1, 2, 3] };
const KIND = QUERY_KINDS.indexOf('surname + gemeente');

async function main() {
  const db = await openDatabase(store);
  const mix = queries(generateDemoPersons(PERSONS, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
  const kind = mix.filter((_, i) => i % QUERY_KINDS.length === KIND).slice(0, 3);
  try {
    for (const q of kind) {
      const { text, params } = render(searchSql(q, scope, 'postgres').rows, 'postgres');
      const explain = `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${text}`;
      for (const variant of ['with 0031 index', 'without it'] as const) {
        await transactionFor(db.source, { accountId: scope.accountId }, async (manager) => {
          await setTransactionScope(manager, { accountId: scope.accountId });
          if (variant === 'without it') await manager.query('DROP INDEX casus_search_gemeente');
          const plan = ((await manager.query(explain, params)) as { 'QUERY PLAN': string }[])
            .map((row) => row['QUERY PLAN'])
            .join('\n');
          console.info(`--- ${JSON.stringify(q.text)} in gemeente ${q.gemeenteId}, ${variant}\n${plan}`);
          // Rolled back: the index stays.
          throw new Rollback();
        }).catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      }
    }
  } finally {
    await db.close();
  }
}

class Rollback extends Error {}

void main();
