// The dashboard from the kept counts (migration 0020, issue 20 item 2) against the scans of signal
// and casus it ran before (tests/integration/figure-scans.ts, SCANS), on both
// engines, and what the counting triggers add to a signal's registration.
//
// Data: the engines bench's (generate(): the demo generator, 1.5 signals per person; the cases in
// a closing state given a closing date and an outcome), loaded the same way (one transaction per engine; on PostgreSQL by the superuser, then ANALYZE), at 10k and
// 100k persons (CTER_BENCH_DASHBOARD_PERSONS=10000,100000 to choose). PostgreSQL runs as the
// application's role `cter_app` behind row security, each transaction set for the bench account
// first, as DatabaseHolder.transaction does; the figures read as their system path, as in the app.
//
// - dashboard, all years 2016-2026, old (scans) and new (counts), SQLCipher and PostgreSQL: the same
//   computeDashboard with the one or the other CountQueries, interleaved sample by sample (the order
//   reversed every other sample), ≥ 50 samples each; both must give the same answer (checked first).
// - a signal's registration (the INSERT and the UPDATE of its facts the service makes, committed),
//   in a database at version 19 (no triggers) and one at 20 with the same data, interleaved, on
//   each engine: the p95 before and after. At the smallest size only (the counts tables hold a few
//   thousand rows at any size).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { FigureCounts1766044800020 } from '../../src-main/core/db/migrations/0020-figure-counts';
import { refreshSignalFacts } from '../../src-main/core/db/signal-facts';
import { query, sql } from '../../src-main/core/db/sql';
import { readPasswordFile } from '../../src-main/core/db/store';
import { computeDashboard, type CountQueries } from '../../src-main/core/figures/figures';
import * as counts from '../../src-main/core/figures/queries';
import { startCluster, type Cluster } from '../support/postgres';
import { createStoreDatabase } from '../support/postgres-admin';
import { SCANS } from '../integration/figure-scans';
import { percentile, type BenchSuite, type Figure } from './bench';
import { generate, loadPostgres, loadSqlite } from './engines.bench';

const SIZES = (process.env['CTER_BENCH_DASHBOARD_PERSONS'] ?? '10000,100000').split(',').map(Number);
const SAMPLES = 60;
const INSERTS = 100;
const ACCOUNT = 1;
const BEFORE = MIGRATIONS.indexOf(FigureCounts1766044800020);
const filter = { fromYear: 2016, toYear: 2026, regionId: null };
/** Closes the cases in a closing state (the generator leaves every casus open): about 2 in 7. */
const CLOSE_CASES = `UPDATE casus SET closed_at = substr(opened_at, 1, 10) || 'T12:00:00.000Z',
  outcome = CASE id % 3 WHEN 0 THEN 'geen_actie' WHEN 1 THEN 'risico_weggenomen' ELSE 'afgeschaald_regulier' END
  WHERE state IN ('afgeschaald', 'afgesloten')`;
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs the variants in turn per sample (the order reversed every other sample), after a warm-up. */
async function interleaved(variants: ((i: number) => Promise<unknown>)[], samples: number, warmup = 3) {
  for (let i = 0; i < warmup; i++) for (const run of variants) await run(i);
  const out = variants.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    const order = variants.map((_, v) => v);
    if (i % 2) order.reverse();
    for (const v of order) {
      const start = process.hrtime.bigint();
      await variants[v]!(warmup + i);
      out[v]!.push(elapsed(start));
    }
  }
  return out;
}

/** As DatabaseHolder.transaction: the bench account first (a no-op on SQLite). */
const inTx =
  <T>(db: Database, work: (manager: EntityManager, i: number) => Promise<T>) =>
  (i: number) =>
    db.source.transaction(async (manager) => {
      await setTransactionScope(manager, { accountId: ACCOUNT });
      return work(manager, i);
    });

const dashboard = (db: Database, with_: CountQueries) => inTx(db, (m) => computeDashboard(m, filter, with_));

/** A signal registered as SignalService.register writes it: inserted, then its facts set. */
const register = (db: Database, cases: number[]) =>
  inTx(db, async (manager, i) => {
    const casus = cases[(i * 7919) % cases.length]!;
    const [row] = await query<{ id: number }>(
      manager,
      sql`INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
          SELECT id, person_id, 'politie', '2026-11-20', 'Voorbeeld — fictief signaal.', 'jihadistisch', 'hoog', 'online', 'nieuw', '2026-11-27T10:00:00.000Z'
            FROM casus WHERE id = ${casus} RETURNING id`,
    );
    await refreshSignalFacts(manager, { signalId: Number(row!.id) });
  });

const ms = (name: string, samples: number[], max?: number): Figure => ({
  name,
  unit: 'ms',
  samples,
  target: max === undefined ? {} : { max },
});

export const suite: BenchSuite = {
  name: 'dashboard',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-dashboard-'));
    let cluster: Cluster | undefined;
    const open: Database[] = [];
    try {
      cluster = await startCluster({ durable: true });
      const superuser = async (database: string) => {
        const client = new pg.Client({
          host: cluster!.socketDir,
          port: cluster!.port,
          user: cluster!.user,
          password: readPasswordFile(cluster!.passwordFile),
          database,
        });
        await client.connect();
        return client;
      };
      for (const [s, persons] of SIZES.entries()) {
        const size = `${persons / 1000}k persons/${(persons * 1.5) / 1000}k signals`;
        const withBefore = s === 0;
        const { sqlite, postgres } = generate(new Map(), persons);
        const cases = sqlite
          .find((t) => t.name === 'casus')!
          .rows.filter((row) => row[5] === false)
          .map((row) => row[0] as number);
        // A database per engine at version 20 (and, for the registration, one at 19).
        const made: Record<'lite' | 'post' | 'liteBefore' | 'postBefore', Database | undefined> = {
          lite: undefined,
          post: undefined,
          liteBefore: undefined,
          postBefore: undefined,
        };
        for (const before of withBefore ? [false, true] : [false]) {
          const name = `${persons}${before ? 'b' : ''}`;
          let start = process.hrtime.bigint();
          const lite = await openDatabase({
            path: join(dir, `${name}.db`),
            key: randomBytes(32),
            mode: 'create',
            ...(before ? { upTo: BEFORE } : {}),
          });
          open.push(lite);
          if (lite.engine !== 'sqlcipher') throw new Error('not SQLCipher');
          loadSqlite(lite, sqlite);
          lite.handle.exec(CLOSE_CASES);
          console.info(
            `   ${size}${before ? ' (version 19)' : ''}: SQLCipher loaded in ${(elapsed(start) / 1000).toFixed(1)} s`,
          );
          start = process.hrtime.bigint();
          const store = await createStoreDatabase(cluster, `cter_dash_${name}`);
          const post = await openDatabase({ ...store, ...(before ? { upTo: BEFORE } : {}) });
          open.push(post);
          if (post.engine !== 'postgres' || post.rowSecurity !== 'enforced') throw new Error('not behind row security');
          const client = await superuser(store.database);
          try {
            await loadPostgres(client, postgres);
            await client.query(CLOSE_CASES);
            await client.query('ANALYZE');
          } finally {
            await client.end();
          }
          console.info(
            `   ${size}${before ? ' (version 19)' : ''}: PostgreSQL loaded in ${(elapsed(start) / 1000).toFixed(1)} s`,
          );
          if (before) Object.assign(made, { liteBefore: lite, postBefore: post });
          else Object.assign(made, { lite, post });
        }
        const { lite, post } = made as Record<'lite' | 'post', Database>;

        for (const db of [lite, post]) {
          const [old, now] = [await dashboard(db, SCANS)(0), await dashboard(db, counts)(0)];
          if (!isDeepStrictEqual(old, now)) throw new Error(`${db.engine}: the counts and the scans differ`);
        }
        const [liteOld, liteNew, postOld, postNew] = await interleaved(
          [dashboard(lite, SCANS), dashboard(lite, counts), dashboard(post, SCANS), dashboard(post, counts)],
          SAMPLES,
        );
        const what = `${size}: dashboard, all years 2016-2026`;
        figures.push(
          ms(`${what}, SQLCipher, scans of signal (before 0020)`, liteOld!, 150),
          ms(`${what}, SQLCipher, kept counts`, liteNew!, 150),
          ms(`${what}, PostgreSQL, scans of signal (before 0020)`, postOld!, 150),
          ms(`${what}, PostgreSQL, kept counts`, postNew!, 150),
          {
            name: `${what}, kept counts, PostgreSQL ÷ SQLCipher (p95)`,
            unit: '×',
            samples: [percentile(postNew!, 95) / percentile(liteNew!, 95)],
            target: { max: 2 },
          },
        );

        if (withBefore) {
          const { liteBefore, postBefore } = made as Record<'liteBefore' | 'postBefore', Database>;
          const [l19, l20, p19, p20] = await interleaved(
            [register(liteBefore, cases), register(lite, cases), register(postBefore, cases), register(post, cases)],
            INSERTS,
          );
          const reg = `${size}: a signal's registration (INSERT + facts, committed)`;
          figures.push(
            ms(`${reg}, SQLCipher, version 19 (no triggers)`, l19!),
            ms(`${reg}, SQLCipher, version 20 (counting triggers)`, l20!),
            ms(`${reg}, PostgreSQL, version 19 (no triggers)`, p19!),
            ms(`${reg}, PostgreSQL, version 20 (counting triggers)`, p20!),
          );
          // The registrations were counted: the dashboard still agrees with the scans.
          for (const db of [lite, post]) {
            const [old, now] = [await dashboard(db, SCANS)(0), await dashboard(db, counts)(0)];
            if (!isDeepStrictEqual(old, now))
              throw new Error(`${db.engine}: the counts and the scans differ after inserts`);
          }
        }
        for (const db of open.splice(0)) await db.close();
      }
      return figures;
    } finally {
      for (const db of open) await db.close().catch(() => undefined);
      cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
