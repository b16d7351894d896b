// Issue 20, migration 0032 on PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) of the duplicate check's
// candidate read, the pairs' read (as of 0032, with its EXISTS per candidate: duplicate-check-exists.ts)
// against the key rows' walk (before 0032), for typed names
// drawn as scale.bench.ts draws them (one in three with a typo), with no birth data and with the
// band, as the application's role for the bench account. For analysis by hand, not part of
// `npm run bench`: `CTER_BENCH_PERSONS=50000 npx tsx tests/bench/duplicate-check-explain.ts`.
// A cluster of its own (tests/support/postgres.ts), loaded as the engines bench loads it, the pairs
// made from the keys with migration 0032's statement, ANALYZE; stopped at the end.
import pg from 'pg';
import { setTransactionScope, transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase } from '../../src-main/core/db/database';
import { render, type Sql } from '../../src-main/core/db/sql';
import { readPasswordFile } from '../../src-main/core/db/store';
import { typedTokens } from '../../src-main/core/persons/names';
import { yearBand } from '../../src-main/core/persons/match-candidates';
import { matchCandidatesSqlExists } from './duplicate-check-exists';
import { random } from '../../src-shared/domain/random';
import { startCluster } from '../support/postgres';
import { createStoreDatabase } from '../support/postgres-admin';
import { percentile } from './bench';
import { generate, loadPostgres } from './engines.bench';
import { matchCandidatesSqlWalk } from './duplicate-check-walk';

const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 50_000);
const TYPED = 40;
const scope = { accountId: 1, regionIds: [1, 2, 3] };
class Rollback extends Error {}

/** Shared buffers (hit + read) of a plan's top node, and its rows. */
function buffers(plan: string): { pages: number; rows: number } {
  const line = plan.split('\n').find((text) => text.includes('Buffers:')) ?? '';
  const hit = /shared hit=(\d+)/.exec(line);
  const read = /read=(\d+)/.exec(line);
  const rows = /rows=(\d+) loops/.exec(plan);
  return { pages: Number(hit?.[1] ?? 0) + Number(read?.[1] ?? 0), rows: Number(rows?.[1] ?? 0) };
}

async function main() {
  const cluster = await startCluster({ durable: false });
  try {
    const store = await createStoreDatabase(cluster, 'cter_dup');
    const db = await openDatabase(store);
    const client = new pg.Client({
      host: cluster.socketDir,
      port: cluster.port,
      user: cluster.user,
      password: readPasswordFile(cluster.passwordFile),
      database: 'cter_dup',
    });
    await client.connect();
    const { rows: gemeenteRows } = await client.query<{ id: number; name: string }>('SELECT id, name FROM gemeente');
    const { people, postgres } = generate(new Map(gemeenteRows.map((g) => [g.id, g.name])), PERSONS);
    await loadPostgres(client, postgres);
    await client.query(`INSERT INTO person_name_pair (person_id, head_a, head_b, birth_year)
       SELECT DISTINCT a.person_id, a.head, b.head, a.birth_year
       FROM person_name_key a JOIN person_name_key b ON b.person_id = a.person_id AND b.key <> a.key`);
    // As autovacuum leaves a loaded table: statistics, and the visibility map (index-only scans).
    await client.query('VACUUM ANALYZE');
    await client.end();
    const rnd = random(20);
    const typed = Array.from({ length: TYPED }, (_, i) => {
      const p = people[Math.floor(rnd() * people.length)]!;
      const naam =
        i % 3 === 0 && p.naam.split(' ').at(-1)!.length >= 4 ? p.naam.slice(0, -2) + p.naam.slice(-1) : p.naam;
      return { naam, year: Number(p.geboortedatum.slice(0, 4)) };
    });
    const explain = async (statement: Sql) => {
      const { text, params } = render(statement, 'postgres');
      let plan = '';
      await transactionFor(db.source, { accountId: scope.accountId }, async (manager) => {
        await setTransactionScope(manager, { accountId: scope.accountId });
        plan = (
          (await manager.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF) ${text}`, params)) as {
            'QUERY PLAN': string;
          }[]
        )
          .map((row) => row['QUERY PLAN'])
          .join('\n');
        throw new Rollback();
      }).catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
      return plan;
    };
    for (const band of [false, true]) {
      const pages = { now: [] as number[], before: [] as number[] };
      const rows = { now: [] as number[], before: [] as number[] };
      let shown = false;
      for (const t of typed) {
        const years = band ? yearBand(t.year) : null;
        const tokens = [typedTokens(t.naam)];
        const now = await explain(matchCandidatesSqlExists(scope, tokens, years));
        const before = await explain(matchCandidatesSqlWalk(scope, tokens, years));
        if (!shown) {
          console.info(
            `--- ${JSON.stringify(t.naam)}, ${band ? 'band' : 'no birth data'}, now:\n${now}\n--- before 0032:\n${before}`,
          );
          shown = true;
        }
        const [a, b] = [buffers(now), buffers(before)];
        if (a.rows !== b.rows) throw new Error(`candidates differ for ${t.naam}: ${a.rows} / ${b.rows}`);
        pages.now.push(a.pages);
        pages.before.push(b.pages);
        rows.now.push(a.rows);
        rows.before.push(b.rows);
      }
      const stat = (xs: number[]) => `median ${percentile(xs, 50)} (p95 ${percentile(xs, 95)})`;
      console.info(
        `${PERSONS / 1000}k, ${band ? 'band' : 'no birth data'}: shared buffers now ${stat(pages.now)}, before 0032 ${stat(pages.before)}; candidates ${stat(rows.now)} (the same count)`,
      );
    }
    await db.close();
  } finally {
    cluster.stop();
  }
}
void main();
