// Before/after for the case search with a text on PostgreSQL (migration 0026,
// core/search/postgres-search.ts), on the engines benchmark's kept data (CTER_BENCH_KEEP, see
// engines.bench.ts; loaded by the code with 0026, whose extra columns the old statement ignores):
// the casework mix of 200 queries (casework.bench.ts) as the core runs it now, and as one
// statement joining casus and person for every match (the form before 0026, frozen below), in
// turns query by query (the order swapped every round), as `cter_app` in a transaction set for
// the bench account. Each query's two answers are compared first (rows and count). For analysis
// by hand:
//
//   CTER_BENCH_KEEP=/tmp/keep.json CTER_BENCH_PERSONS=100000 npx tsx tests/bench/run.ts --only engines &
//   npx tsx tests/bench/engines-search.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import type { EntityManager } from 'typeorm';
import { visibleSql, type AccessScope } from '../../src-main/core/access/access';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { join, list, query, raw, sql, type Sql } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { caseNumberPrefix, postgresCaseSearch, type SearchQuery } from '../../src-main/core/search/case-search';
import { postgresTextMatch } from '../../src-main/core/search/postgres-text';
import { percentile } from './bench';
import { QUERY_KINDS, queries } from './casework.bench';

const [keepFile, roundsText = '1'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-search.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 100_000);
const scope: AccessScope = { accountId: 1, regionIds: [1, 2, 3] };

/** The statement of a search with a text before 0026: every match joined to casus and person. */
function oneStatement(search: SearchQuery): Sql {
  const text = postgresTextMatch(search.text)!;
  const where = [visibleSql(scope, 'c'), text.where];
  if (search.states.length) where.push(sql`c.state IN ${list(search.states)}`);
  if (search.gemeenteId) where.push(sql`p.gemeente_id = ${search.gemeenteId}`);
  const order = search.sort === 'naam' ? raw('p.sort_key') : raw('rank');
  return sql`SELECT c.id AS "caseId", c.number AS "caseNumber", c.state AS "state", p.id AS "personId", p.naam AS "naam",
              p.roepnaam AS "roepnaam", p.aliases AS "aliases", p.geboortejaar AS "geboortejaar", g.name AS "gemeente",
              r.name AS "region", c.last_signal_at AS "lastSignal", c.afgeschermd AS "afgeschermd", p.restricted AS "restricted",
              p.sort_key AS "sortKey", ${text.rank} AS rank, count(*) OVER () AS "total"
       FROM casus c JOIN person p ON p.id = c.person_id
      JOIN gemeente g ON g.id = p.gemeente_id
      JOIN zvh_region r ON r.id = c.region_id
      ${text.join}
      WHERE ${join(where, ' AND ')}
       ORDER BY ${order} ASC, p.sort_key ASC, c.id ASC
       LIMIT ${search.limit} OFFSET ${search.offset}`;
}

async function main() {
  const db = await openDatabase(store);
  try {
    const mix = queries(generateDemoPersons(PERSONS, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
    const kindOf = mix.map((_, i) => i % 8);
    const tx = <T>(work: (manager: EntityManager) => Promise<T>) =>
      db.source.transaction(async (manager) => {
        await setTransactionScope(manager, { accountId: scope.accountId });
        return work(manager);
      });
    // Only the queries with a text that is no case number take the new path; the others run as before.
    const texts = mix.map((q, i) => ({ q, i })).filter(({ q }) => q.text.trim() && !caseNumberPrefix(q.text));
    const variants = {
      now: (q: SearchQuery) => tx((m) => postgresCaseSearch.search(m, q, scope)),
      before: (q: SearchQuery) => tx((m) => query<{ caseId: number; total: string }>(m, oneStatement(q))),
    };
    for (const { q } of texts) {
      const now = await variants.now(q);
      const before = await variants.before(q);
      const same =
        now.rows.map((row) => row.caseId).join() === before.map((row) => row.caseId).join() &&
        now.total === Math.min(1000, Number(before[0]?.total ?? 0));
      if (!same) throw new Error(`different answers for ${JSON.stringify(q.text)}`);
    }
    const times: Record<'now' | 'before', number[][]> = {
      now: QUERY_KINDS.map(() => []),
      before: QUERY_KINDS.map(() => []),
    };
    for (let round = 0; round < Number(roundsText); round++) {
      for (const [n, { q, i }] of texts.entries()) {
        const order = (round + n) % 2 ? (['before', 'now'] as const) : (['now', 'before'] as const);
        for (const variant of order) {
          const start = process.hrtime.bigint();
          await variants[variant](q);
          times[variant][kindOf[i]!]!.push(Number(process.hrtime.bigint() - start) / 1e6);
        }
      }
    }
    const line = (label: string, a: number[], b: number[]) =>
      console.info(
        `${label.padEnd(24)} n=${String(a.length).padStart(3)}  before ${percentile(a, 50).toFixed(1)} / ${percentile(a, 95).toFixed(1)} ms   now ${percentile(b, 50).toFixed(1)} / ${percentile(b, 95).toFixed(1)} ms (median / p95)`,
      );
    for (const [kind, label] of QUERY_KINDS.entries()) {
      if (times.before[kind]!.length) line(label, times.before[kind]!, times.now[kind]!);
    }
    line('all with a text', times.before.flat(), times.now.flat());
  } finally {
    await db.close();
  }
}

void main();
