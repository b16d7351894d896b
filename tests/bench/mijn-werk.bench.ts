// Issue 20, item 2: Mijn werk (`work:mine`) at 10k, 100k and 300k persons in one run.
//
// Data: the engines bench's (generate(): the demo generator's persons, each with a casus, 1.5
// signals, one casus in 50 the bench account's with an action, one in 100 with monitoring;
// loadSqlite), loaded into a SQLCipher database made through core's own set-up, as
// main-thread.bench.ts prepares it (account 1 is procesregisseur in all three regions).
// Sizes: CTER_BENCH_MIJN_WERK_PERSONS (comma-separated, default 10000,100000,300000).
//
// Per size, interleaved A B C D, D C B A, ... with ≥ 50 samples each:
//  (A) `work:mine` through core's dispatch (what the window waits for, in this thread);
//  (B) the SQL Mijn werk ran before migration 0025 (BEFORE below, verbatim), on the same file;
//  (C) the SQL it runs now (workQueries in src-main/core/work/my-work.ts);
//  (D) the best hand-written SQL for the same rows (HAND below: no access fragment's generality,
//      each list walked from its own index), the "≤ 2× raw SQL" comparison.
// B, C and D run straight on better-sqlite3 (no TypeORM, no transaction), and must give the same
// rows as each other. CTER_BENCH_MIJN_WERK_EXPLAIN=1 prints each statement's EXPLAIN QUERY PLAN
// and one timing per statement.
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { SetupProposal } from '../../src-shared/ipc/session';
import { createCore, type Core } from '../../src-main/core/core';
import type { SqlCipherDatabase } from '../../src-main/core/db/database';
import { raw, render, sql, type Sql } from '../../src-main/core/db/sql';
import { visibleSql } from '../../src-main/core/access/access';
import { workQueries } from '../../src-main/core/work/my-work';
import type { BenchSuite, Figure } from './bench';
import { ADMIN, ok, options } from './bench-core';
import { generate, loadSqlite } from './engines.bench';

const SIZES = (process.env['CTER_BENCH_MIJN_WERK_PERSONS'] ?? '10000,100000,300000').split(',').map(Number);
const EXPLAIN = process.env['CTER_BENCH_MIJN_WERK_EXPLAIN'] === '1';
const SAMPLES = 50;
const WARMUP = 3;
export const SCOPE = { accountId: 1, regionIds: [1, 2, 3] };
/** The generator's "now" (engines.bench.ts): its deadlines and plannings lie around it. */
export const NOW = new Date('2026-11-27T10:00:00.000Z');
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export type Statements = Record<string, Sql>;

const IN_TWO_WEEKS = '2026-12-11';
const IN_A_WEEK = '2026-12-04';

/** The SQL of my-work.ts before migration 0025 (verbatim but for the values), for the comparison. */
function before(): Statements {
  const visible = visibleSql(SCOPE, 'c');
  const me = SCOPE.accountId;
  return {
    actions: sql`SELECT a.id AS "ref", a.deadline AS "date", a.omschrijving AS "text", a.status AS "status", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_action a JOIN casus c ON c.id = a.casus_id JOIN person p ON p.id = c.person_id
     WHERE a.status IN ('open', 'lopend') AND a.deadline <= ${IN_TWO_WEEKS} AND (a.actiehouder_account_id = ${me} OR c.procesregisseur_id = ${me}) AND ${visible}
     ORDER BY a.deadline ASC LIMIT 200`,
    monitoringDue: sql`SELECT m.id AS "ref", m.gepland AS "date", '' AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_monitoring m JOIN casus c ON c.id = m.casus_id JOIN person p ON p.id = c.person_id
     WHERE m.uitgevoerd_at IS NULL AND m.gepland <= ${IN_A_WEEK} AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY m.gepland ASC LIMIT 200`,
    awaitingWeging: sql`SELECT s.id AS "ref", s.ontvangen AS "date", s.ideologie AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM signal s JOIN casus c ON c.id = s.casus_id JOIN person p ON p.id = c.person_id
     WHERE s.status IN ('nieuw', 'meer_informatie') AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${visible}
     ORDER BY s.ontvangen ASC LIMIT 200`,
    casesWithoutPlan: sql`SELECT c.id AS "ref", c.updated_at AS "date", c.state AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus c JOIN person p ON p.id = c.person_id
     WHERE c.state IN ('casusoverleg', 'plan_van_aanpak') AND (c.procesregisseur_id = ${me} OR c.procesregisseur_id IS NULL)
       AND NOT EXISTS (SELECT 1 FROM casus_action a WHERE a.casus_id = c.id AND a.soort = 'interventie')
       AND ${visible}
     ORDER BY c.updated_at ASC LIMIT 200`,
  };
}

/**
 * The best hand-written SQL for the same rows: literal values, the access rule written out for
 * this account (regions 1-3; afgeschermd only when named), the page's 200 rows picked from the
 * index first and only those joined to casus number and person.
 */
const ACCESS = `c.region_id IN (1, 2, 3) AND (c.afgeschermd = 0 OR EXISTS (SELECT 1 FROM casus_access n WHERE n.casus_id = c.id AND n.account_id = 1))`;
export function hand(): Statements {
  return {
    actions:
      raw(`SELECT a.id AS "ref", a.deadline AS "date", a.omschrijving AS "text", a.status AS "status", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_action a INDEXED BY casus_action_open_deadline CROSS JOIN casus c ON c.id = a.casus_id CROSS JOIN person p ON p.id = c.person_id
     WHERE a.status IN ('open', 'lopend') AND a.deadline <= '${IN_TWO_WEEKS}' AND (a.actiehouder_account_id = 1 OR c.procesregisseur_id = 1) AND ${ACCESS}
     ORDER BY a.deadline, a.id LIMIT 200`),
    monitoringDue:
      raw(`SELECT m.id AS "ref", m.gepland AS "date", '' AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus_monitoring m INDEXED BY casus_monitoring_due CROSS JOIN casus c ON c.id = m.casus_id CROSS JOIN person p ON p.id = c.person_id
     WHERE m.uitgevoerd_at IS NULL AND m.gepland <= '${IN_A_WEEK}' AND (c.procesregisseur_id = 1 OR c.procesregisseur_id IS NULL)
       AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${ACCESS}
     ORDER BY m.gepland, m.id LIMIT 200`),
    awaitingWeging:
      raw(`SELECT s.id AS "ref", s.ontvangen AS "date", s.ideologie AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM signal s INDEXED BY signal_awaiting_weging CROSS JOIN casus c ON c.id = s.casus_id CROSS JOIN person p ON p.id = c.person_id
     WHERE s.status IN ('nieuw', 'meer_informatie') AND c.state NOT IN ('afgeschaald', 'afgesloten') AND ${ACCESS}
     ORDER BY s.ontvangen, s.id LIMIT 200`),
    casesWithoutPlan:
      raw(`SELECT c.id AS "ref", c.updated_at AS "date", c.state AS "text", c.id AS "caseId", c.number AS "caseNumber", p.naam AS "naam"
     FROM casus c INDEXED BY casus_without_plan_candidates CROSS JOIN person p ON p.id = c.person_id
     WHERE c.state IN ('casusoverleg', 'plan_van_aanpak') AND (c.procesregisseur_id = 1 OR c.procesregisseur_id IS NULL)
       AND NOT EXISTS (SELECT 1 FROM casus_action a WHERE a.casus_id = c.id AND a.soort = 'interventie')
       AND ${ACCESS}
     ORDER BY c.updated_at, c.id LIMIT 200`),
  };
}

/** The statements prepared once on the handle; running them gives their rows and each one's time. */
export function prepared(db: SqlCipherDatabase, statements: Statements) {
  const list = Object.entries(statements).map(([name, statement]) => {
    const { text, params } = render(statement, 'sqlite');
    return { name, run: () => db.handle.prepare(text).all(...params) };
  });
  return () => {
    const times: Record<string, number> = {};
    const rows: Record<string, unknown[]> = {};
    for (const { name, run } of list) {
      const start = process.hrtime.bigint();
      rows[name] = run();
      times[name] = elapsed(start);
    }
    return { times, rows };
  };
}

/**
 * A database with the beheerder, filled with `persons` persons' cases; answers the generated
 * persons (for queries drawn from the data, scale.bench.ts).
 */
export async function prepare(dataDir: string, persons: number) {
  const core: Core = createCore(options(dataDir));
  try {
    const proposal = (await ok(core, 'vault:prepare-setup', {})) as SetupProposal;
    const groups = proposal.recoveryKey?.split('-') ?? [];
    await ok(core, 'vault:setup', {
      ...ADMIN,
      passwordRepeat: ADMIN.password,
      folder: null,
      confirm: proposal.confirmGroups.map((n) => groups[n - 1] ?? ''),
    });
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const generated = generate(new Map(), persons);
    loadSqlite(
      database,
      generated.sqlite.filter((t) => t.name !== 'account'),
    );
    database.handle
      .prepare('UPDATE account SET roles = ?, region_ids = ? WHERE id = 1')
      .run('["procesregisseur"]', '[1,2,3]');
    return generated.people;
  } finally {
    await core.close();
  }
}

function explain(db: SqlCipherDatabase, statements: Statements, label: string): void {
  for (const [name, statement] of Object.entries(statements)) {
    const { text, params } = render(statement, 'sqlite');
    const plan = db.handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[];
    const start = process.hrtime.bigint();
    const rows = db.handle.prepare(text).all(...params).length;
    console.info(`   ${label} ${name}: ${elapsed(start).toFixed(1)} ms, ${rows} rows`);
    for (const step of plan) console.info(`      ${step.detail}`);
  }
}

export const suite: BenchSuite = {
  name: 'mijn-werk',
  async run(): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const persons of SIZES) {
      const root = mkdtempSync(join(tmpdir(), 'cter-bench-mijn-werk-'));
      let core: Core | undefined;
      try {
        let start = process.hrtime.bigint();
        await prepare(root, persons);
        console.info(`   ${persons / 1000}k persons: loaded in ${(elapsed(start) / 1000).toFixed(1)} s`);
        start = process.hrtime.bigint();
        core = createCore(options(root));
        await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
        const { database } = core.workspace.requireOpen();
        if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
        const variants = { before: before(), now: workQueries(SCOPE, NOW, 'sqlite'), hand: hand() };
        if (EXPLAIN) for (const [label, statements] of Object.entries(variants)) explain(database, statements, label);
        const runs = Object.values(variants).map((statements) => prepared(database, statements));
        const [b, n, h] = runs.map((run) => run().rows);
        // Same rows (ties in the old ORDER BY may come in another order: compared as sets).
        const sorted = (rows: Record<string, unknown[]>) =>
          Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.map((r) => JSON.stringify(r)).sort()]));
        if (!isDeepStrictEqual(sorted(n!), sorted(h!))) throw new Error('now and hand-written give other rows');
        const sameAsBefore = isDeepStrictEqual(sorted(n!), sorted(b!));
        console.info(
          `   ${persons / 1000}k: the new SQL gives ${sameAsBefore ? 'the same rows as' : 'other rows than (ties in date order)'} the old`,
        );
        const dispatch = async () => {
          const start = process.hrtime.bigint();
          await ok(core!, 'work:mine', {});
          return elapsed(start);
        };
        console.info(
          `   ${persons / 1000}k: work:mine answer ${(JSON.stringify(await ok(core, 'work:mine', {})).length / 1024).toFixed(0)} KiB as JSON`,
        );
        for (let i = 0; i < WARMUP; i++) {
          await dispatch();
          for (const run of runs) run();
        }
        const totals: number[][] = [[], [], [], []];
        const per: Record<string, number[]>[] = [{}, {}, {}];
        for (let i = 0; i < SAMPLES; i++) {
          for (const v of i % 2 ? [3, 2, 1, 0] : [0, 1, 2, 3]) {
            if (v === 0) {
              totals[0]!.push(await dispatch());
              continue;
            }
            const start = process.hrtime.bigint();
            const { times } = runs[v - 1]!();
            totals[v]!.push(elapsed(start));
            for (const [name, ms] of Object.entries(times)) (per[v - 1]![name] ??= []).push(ms);
          }
        }
        const size = `${persons / 1000}k persons`;
        const load = os.loadavg()[0]!.toFixed(1);
        figures.push(
          {
            name: `${size}: work:mine through dispatch (load ${load})`,
            unit: 'ms',
            samples: totals[0]!,
            target: { max: 50 },
          },
          { name: `${size}: Mijn werk's 4 statements, SQL before 0025`, unit: 'ms', samples: totals[1]!, target: {} },
          { name: `${size}: Mijn werk's 4 statements, SQL now`, unit: 'ms', samples: totals[2]!, target: {} },
          {
            name: `${size}: Mijn werk's 4 statements, best hand-written SQL`,
            unit: 'ms',
            samples: totals[3]!,
            target: {},
          },
        );
        for (const [v, label] of [
          [0, 'before'],
          [1, 'now'],
        ] as const)
          for (const [name, samples] of Object.entries(per[v]!))
            figures.push({ name: `${size}: ${name}, SQL ${label}`, unit: 'ms', samples, target: {} });
      } finally {
        await core?.close();
        rmSync(root, { recursive: true, force: true });
      }
    }
    return figures;
  },
};
