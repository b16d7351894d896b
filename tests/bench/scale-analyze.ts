// For scale.bench.ts (CTER_BENCH_SCALE_ANALYZE=1): what statistics (`ANALYZE`, which
// `PRAGMA optimize` runs when it judges them stale) change for the hot statements. Two copies of
// one closed database file: one as the app leaves it (no sqlite_stat1), one after ANALYZE; per
// statement the query plan on each and its time, interleaved (A B, B A, …) on the two copies.
import { copyFileSync } from 'node:fs';
import Driver from 'better-sqlite3-multiple-ciphers';
import { applyCipher } from '../../src-main/core/db/database';
import { render, type Sql } from '../../src-main/core/db/sql';
import { percentile, type Figure } from './bench';

const SAMPLES = 20;

export interface HotStatement {
  name: string;
  text: string;
  params: unknown[];
}

/** A statement of core's, rendered for SQLite. */
export const hot = (name: string, statement: Sql): HotStatement => ({ name, ...render(statement, 'sqlite') });

function openCopy(path: string, key: Buffer): Driver.Database {
  const db = new Driver(path);
  applyCipher(db, key);
  // The application's page cache, for a fair comparison.
  db.pragma('cache_size=-131072');
  return db;
}

const plan = (db: Driver.Database, text: string, params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((s) => s.detail).join('; ');

/** Compares the statements without and with statistics; `size` names the data in the figures. */
export function compareStatistics(path: string, key: Buffer, statements: HotStatement[], size: string): Figure[] {
  const [without, withStats] = [`${path}.without-stats`, `${path}.with-stats`];
  copyFileSync(path, without);
  copyFileSync(path, withStats);
  const a = openCopy(without, key);
  const b = openCopy(withStats, key);
  try {
    const started = process.hrtime.bigint();
    b.exec('ANALYZE');
    console.info(`   ANALYZE took ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
    const figures: Figure[] = [];
    for (const { name, text, params } of statements) {
      const [planA, planB] = [plan(a, text, params), plan(b, text, params)];
      const run = [a, b].map((db) => {
        const prepared = db.prepare(text);
        return () => {
          const begin = process.hrtime.bigint();
          prepared.all(...params);
          return Number(process.hrtime.bigint() - begin) / 1e6;
        };
      });
      for (const r of run) r();
      const times: number[][] = [[], []];
      for (let i = 0; i < SAMPLES; i++) for (const v of i % 2 ? [1, 0] : [0, 1]) times[v]!.push(run[v]!());
      const [ta, tb] = times as [number[], number[]];
      console.info(
        `   ${name}: without ${percentile(ta, 50).toFixed(2)} / ${percentile(ta, 95).toFixed(2)} ms, with statistics ${percentile(tb, 50).toFixed(2)} / ${percentile(tb, 95).toFixed(2)} ms${planA === planB ? ' (same plan)' : ''}`,
      );
      if (planA !== planB) console.info(`      plan without: ${planA}\n      plan with:    ${planB}`);
      figures.push(
        { name: `${size}: ${name}, no statistics (as the app leaves the file)`, unit: 'ms', samples: ta, target: {} },
        { name: `${size}: ${name}, after ANALYZE`, unit: 'ms', samples: tb, target: {} },
      );
    }
    return figures;
  } finally {
    a.close();
    b.close();
  }
}
