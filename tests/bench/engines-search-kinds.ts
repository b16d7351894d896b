// The case search's mix on PostgreSQL kind by kind (issue 17: why its p95 rose with the realistic
// demo names), on the engines benchmark's kept data (CTER_BENCH_KEEP, see engines.bench.ts), as
// `cter_app` for the bench account: the casework mix of 200 queries (casework.bench.ts) through the
// core, each in its transaction, the backend's CPU per query (/proc/<pid>/schedstat: the cluster
// runs on this machine) and the wall time per kind (median / p95, after one warm-up round); then the
// slowest queries' statements under EXPLAIN (ANALYZE, BUFFERS, SUMMARY). For analysis by hand:
//
//   npx tsx tests/bench/engines-search-kinds.ts /tmp/keep.json [rounds] [slowest] [full]
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { transactionFor } from '../../src-main/core/access/row-security';
import { caseSearch } from '../../src-main/core/core';
import { openDatabase } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { percentile } from './bench';
import { QUERY_KINDS, queries } from './casework.bench';
const [keepFile, roundsText = '2', slowestText = '4', full] = process.argv.slice(2);
if (!keepFile) throw new Error('usage: engines-search-kinds.ts KEEP_FILE [rounds] [slowest] [full]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const scope = { accountId: 1, regionIds: [1, 2, 3] };
const cpu = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
let record: { text: string; values: unknown[] }[] | null = null;
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const orig = proto.query;
proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
  if (record && typeof args[0] === 'string') record.push({ text: args[0], values: (args[1] as unknown[]) ?? [] });
  return orig.apply(this, args);
};
async function main() {
  const db = await openDatabase(store);
  const mix = queries(generateDemoPersons(100_000, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
  const res: { i: number; kind: string; cpu: number; wall: number }[] = [];
  for (let round = 0; round <= Number(roundsText); round++)
    for (let i = 0; i < mix.length; i++) {
      const t0 = process.hrtime.bigint();
      let c = 0;
      await transactionFor(db.source, { accountId: 1 }, async (m) => {
        const { processID } = (await m.queryRunner!.connect()) as { processID: number };
        const c0 = cpu(processID);
        await caseSearch.search(m, mix[i]!, scope);
        c = (cpu(processID) - c0) / 1e6;
      });
      if (round > 0)
        res.push({
          i,
          kind: QUERY_KINDS[i % QUERY_KINDS.length]!,
          cpu: c,
          wall: Number(process.hrtime.bigint() - t0) / 1e6,
        });
    }
  for (const kind of QUERY_KINDS) {
    const r = res.filter((x) => x.kind === kind);
    console.info(
      kind.padEnd(24),
      'cpu',
      percentile(
        r.map((x) => x.cpu),
        50,
      ).toFixed(2),
      '/',
      percentile(
        r.map((x) => x.cpu),
        95,
      ).toFixed(2),
      'max',
      Math.max(...r.map((x) => x.cpu)).toFixed(1),
      ' wall',
      percentile(
        r.map((x) => x.wall),
        50,
      ).toFixed(2),
      '/',
      percentile(
        r.map((x) => x.wall),
        95,
      ).toFixed(2),
    );
  }
  console.info(
    'all cpu',
    percentile(
      res.map((x) => x.cpu),
      50,
    ).toFixed(2),
    '/',
    percentile(
      res.map((x) => x.cpu),
      95,
    ).toFixed(2),
    'wall',
    percentile(
      res.map((x) => x.wall),
      50,
    ).toFixed(2),
    '/',
    percentile(
      res.map((x) => x.wall),
      95,
    ).toFixed(2),
  );
  // slowest distinct queries by cpu
  const byQ = new Map<number, number>();
  for (const x of res) byQ.set(x.i, Math.max(byQ.get(x.i) ?? 0, x.cpu));
  const top = [...byQ].sort((a, b) => b[1] - a[1]).slice(0, Number(slowestText));
  for (const [i, c] of top) {
    console.info(
      `=== #${i} ${QUERY_KINDS[i % QUERY_KINDS.length]} ${JSON.stringify(mix[i]!.text)} gemeente ${mix[i]!.gemeenteId} sort ${mix[i]!.sort}: ${c.toFixed(1)} ms cpu`,
    );
    record = [];
    await transactionFor(db.source, { accountId: 1 }, (m) => caseSearch.search(m, mix[i]!, scope));
    const sent = record;
    record = null;
    await transactionFor(db.source, { accountId: 1 }, async (m) => {
      for (const s of sent) {
        if (!/^\s*(SELECT|WITH)/i.test(s.text) || /set_config/.test(s.text)) continue;
        const rows = (await m.query(`EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${s.text}`, s.values)) as {
          'QUERY PLAN': string;
        }[];
        const lines = rows.map((r) => r['QUERY PLAN']);
        console.info(
          full === 'full'
            ? lines.join('\n')
            : lines
                .filter((l) => /Planning Time|Execution Time|^\S|Buffers: shared hit=\d{4,}/.test(l))
                .slice(0, 6)
                .join('\n'),
        );
        console.info('SQL:', s.text.slice(0, 300).replace(/\s+/g, ' '), JSON.stringify(s.values).slice(0, 120));
      }
    });
  }
  await db.close();
}
void main();
