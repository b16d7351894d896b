// Before/after for a cut of round trips on PostgreSQL (issue 17), on the engines benchmark's kept
// data (CTER_BENCH_KEEP, see engines.bench.ts): the core of an earlier commit, unpacked into a
// folder of its own (`git archive BASE src-main src-shared | tar -x -C DIR`, and DIR/node_modules a
// link to this one's), and today's core each open the kept database and run the same figures (Mijn
// werk, the dashboard, a casus save), each in a transaction for the bench account as its own
// DatabaseHolder.transaction starts it, interleaved round by round (the order turned every other
// round). Besides the times, the statements each call sends on the `pg` client (its round trips):
// the figure that does not depend on the machine's load. For analysis by hand:
//
//   npx tsx tests/bench/engines-round-trips.ts /tmp/keep.json /tmp/base [rounds]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresStore } from '../../src-main/core/db/store';
import type * as Database from '../../src-main/core/db/database';
import type * as RowSecurity from '../../src-main/core/access/row-security';
import type * as Access from '../../src-main/core/access/access';
import type * as CaseServiceModule from '../../src-main/core/cases/case-service';
import type * as CoreModule from '../../src-main/core/core';
import type * as Figures from '../../src-main/core/figures/figures';
import type * as MyWork from '../../src-main/core/work/my-work';
import { percentile } from './bench';

const [keepFile, baseDir, roundsText = '40'] = process.argv.slice(2);
if (!keepFile || !baseDir) throw new Error('usage: engines-round-trips.ts KEEP_FILE BASE_DIR [rounds]');
const { store } = JSON.parse(readFileSync(keepFile, 'utf8')) as { store: PostgresStore };
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const FILTER = { fromYear: 2016, toYear: 2026, regionId: null };

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
let statements = 0;
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;
prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
  statements++;
  return original.apply(this, args);
};

/** What a core tree gives the figures: its own modules, loaded from `root`. */
async function coreOf(root: string, label: string) {
  const load = async <T>(path: string) => (await import(join(root, path))) as T;
  const { openDatabase } = await load<typeof Database>('src-main/core/db/database.ts');
  const rowSecurity = await load<typeof RowSecurity>('src-main/core/access/row-security.ts');
  const { visibleCase } = await load<typeof Access>('src-main/core/access/access.ts');
  const { CaseService } = await load<typeof CaseServiceModule>('src-main/core/cases/case-service.ts');
  const { caseSearch } = await load<typeof CoreModule>('src-main/core/core.ts');
  const { computeDashboard } = await load<typeof Figures>('src-main/core/figures/figures.ts');
  const { myWork } = await load<typeof MyWork>('src-main/core/work/my-work.ts');
  const db = await openDatabase(store);
  // As that tree's DatabaseHolder.transaction begins a transaction for an account.
  const { transactionFor, setTransactionScope } = rowSecurity as Partial<typeof RowSecurity>;
  const inTx = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    transactionFor
      ? transactionFor(db.source, { accountId: ACCOUNT }, work)
      : (db.source as DataSource).transaction(async (manager) => {
          await setTransactionScope!(manager, { accountId: ACCOUNT });
          return work(manager);
        });
  const cases = new CaseService(caseSearch);
  return {
    label,
    db,
    inTx,
    work: () => inTx((m) => myWork(m, scope, NOW)),
    dashboard: () => inTx((m) => computeDashboard(m, FILTER)),
    save: (caseId: number, round: number) =>
      inTx(async (m) => {
        const casus = await visibleCase(m, scope, caseId);
        await cases.update(
          m,
          casus,
          {
            regionId: casus.regionId,
            procesregisseurId: casus.procesregisseurId,
            partners: round % 2 ? ['politie', 'gemeente'] : [],
            afgeschermd: casus.afgeschermd,
            namedAccountIds: [],
            version: casus.version,
          },
          { accountId: ACCOUNT, now: NOW },
        );
      }),
  };
}

async function main() {
  const before = await coreOf(baseDir!, 'before');
  const after = await coreOf(join(__dirname, '../..'), 'after');
  try {
    const visible = (
      await after.inTx((m) => m.query('SELECT id FROM casus WHERE NOT afgeschermd ORDER BY id LIMIT 5000'))
    ).map((row: { id: number }) => row.id);
    // Both answer the same (the save's answer is nothing; its effect is the version, raised by each).
    const same = async (name: string, run: (core: typeof before) => Promise<unknown>) => {
      const [a, b] = [JSON.stringify(await run(before)), JSON.stringify(await run(after))];
      if (a !== b) throw new Error(`${name}: before and after answer differently`);
    };
    await same('Mijn werk', (core) => core.work());
    await same('dashboard', (core) => core.dashboard());
    const figures = {
      'Mijn werk': (core: typeof before) => core.work(),
      dashboard: (core: typeof before) => core.dashboard(),
      'casus save': (core: typeof before, round: number) => core.save(visible[(round * 7919) % visible.length]!, round),
    };
    const times: Record<string, number[]> = {};
    const counts: Record<string, Set<number>> = {};
    const rounds = Number(roundsText);
    for (let round = -3; round < rounds; round++) {
      const order = round % 2 ? [after, before] : [before, after];
      for (const core of order) {
        for (const [name, run] of Object.entries(figures)) {
          statements = 0;
          const start = process.hrtime.bigint();
          await run(core, Math.abs(round));
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          if (round < 0) continue;
          (times[`${name}, ${core.label}`] ??= []).push(ms);
          (counts[`${name}, ${core.label}`] ??= new Set()).add(statements);
        }
      }
    }
    for (const [name, samples] of Object.entries(times).sort()) {
      console.info(
        `${name}: median ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms, ` +
          `${samples.length} samples, statements per call ${[...counts[name]!].sort((a, b) => a - b).join('/')}`,
      );
    }
  } finally {
    await before.db.close();
    await after.db.close();
    prototype.query = original;
  }
}

void main();
