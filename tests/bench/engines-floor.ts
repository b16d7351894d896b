// What the case list as it opens costs on PostgreSQL, piece by piece (issue 17), on the engines
// benchmark's kept data (CTER_BENCH_KEEP, see engines.bench.ts), as `cter_app` for the bench
// account: the floor of one round trip over the unix socket (`SELECT 1` through the extended
// protocol, as `pg` sends every statement with values: parse, bind, execute, sync), a transaction
// with nothing in it (BEGIN with the scope, COMMIT: what DatabaseHolder.transaction adds to every
// call), the list's two statements on their own (the bench's "raw SQL"), and the core's whole call in
// its transaction (now the page and the count in one round trip as kept statements, readTogether)
// against the two statements one after the other in a transaction (as it was); each with its wall time, the backend's CPU (/proc/<pid>/schedstat: the cluster
// runs on this machine) and the statements sent on the `pg` client, interleaved round by round.
// Then the planning and execution time of the two statements (EXPLAIN (ANALYZE, BUFFERS, SUMMARY)).
// For analysis by hand:
//
//   npx tsx tests/bench/engines-floor.ts /tmp/keep.json [rounds]
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { transactionFor } from '../../src-main/core/access/row-security';
import { caseSearch } from '../../src-main/core/core';
import { openDatabase } from '../../src-main/core/db/database';
import { inlined, render } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { searchSql } from '../../src-main/core/search/case-search';
import { percentile } from './bench';
import { opening } from './engines.bench';

const [keepFile, roundsText = '200'] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-floor.ts KEEP_FILE [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const scope = { accountId: 1, regionIds: [1, 2, 3] };

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
let statements = 0;
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;
prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
  statements++;
  return original.apply(this, args);
};

/** The backend's CPU time so far, in ns (the first field of schedstat). */
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);

async function main() {
  const db = await openDatabase(store);
  const list = searchSql(opening, scope, 'postgres');
  const both = [render(list.rows, 'postgres'), render(list.count, 'postgres')];
  const pid = async (m: EntityManager) => ((await m.queryRunner!.connect()) as { processID: number }).processID;
  /** Each piece runs in a transaction for the account; `inside` is what is timed of it, or all of it. */
  const pieces: Record<string, { whole: boolean; run: (m: EntityManager) => Promise<unknown> }> = {
    'one round trip (SELECT $1)': { whole: false, run: (m) => m.query('SELECT $1::integer AS "one"', [1]) },
    'an empty transaction (BEGIN + scope, COMMIT)': { whole: true, run: async () => undefined },
    "the list's rows statement": { whole: false, run: (m) => m.query(both[0]!.text, both[0]!.params) },
    "the list's count statement": { whole: false, run: (m) => m.query(both[1]!.text, both[1]!.params) },
    'as until 2026-12-05 evening: the two statements one after the other': {
      whole: true,
      run: async (m) => [await m.query(both[0]!.text, both[0]!.params), await m.query(both[1]!.text, both[1]!.params)],
    },
    'the core: caseSearch.search in its transaction': {
      whole: true,
      run: (m) => caseSearch.search(m, opening, scope),
    },
  };
  const wall: Record<string, number[]> = {};
  const server: Record<string, number[]> = {};
  const sent: Record<string, number> = {};
  try {
    const rounds = Number(roundsText);
    for (let round = -10; round < rounds; round++) {
      const names = Object.keys(pieces);
      for (const name of round % 2 ? names.reverse() : names) {
        const { whole, run } = pieces[name]!;
        let backend = 0;
        let started = 0n;
        const before = statements;
        const callStarted = process.hrtime.bigint();
        await transactionFor(db.source, { accountId: scope.accountId }, async (m) => {
          const processID = await pid(m);
          started = process.hrtime.bigint();
          const cpuBefore = cpu(processID);
          await run(m);
          backend = (cpu(processID) - cpuBefore) / 1e6;
        });
        const ended = process.hrtime.bigint();
        if (round < 0) continue; // warm-up: plans, caches, the pool's connections
        (wall[name] ??= []).push(Number(ended - (whole ? callStarted : started)) / 1e6);
        (server[name] ??= []).push(backend);
        sent[name] = statements - before;
      }
    }
    for (const name of Object.keys(pieces)) {
      const w = wall[name]!;
      const s = server[name]!;
      console.info(
        `${name}: wall ${percentile(w, 50).toFixed(2)} / ${percentile(w, 95).toFixed(2)} ms, backend CPU (the work inside) ${percentile(s, 50).toFixed(2)} / ${percentile(s, 95).toFixed(2)} ms, ${sent[name]} statements on the client for the whole transaction (median / p95 of ${w.length})`,
      );
    }
    await transactionFor(db.source, { accountId: scope.accountId }, async (m) => {
      for (const [name, statement] of [
        ['rows', list.rows],
        ['count', list.count],
      ] as const) {
        for (let i = 0; i < 5; i++) await m.query(inlined(statement));
        const rows = (await m.query(`EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${inlined(statement)}`)) as {
          'QUERY PLAN': string;
        }[];
        const lines = rows.map((row) => row['QUERY PLAN']);
        console.info(`--- the list's ${name} statement\n${lines.join('\n')}`);
      }
    });
  } finally {
    await db.close();
  }
}

void main();
