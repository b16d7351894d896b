// Mijn werk reads its lists from the partial indexes of migration 0025, the first 200 of each in
// date order, within the caller's need-to-know (both engines). The rows are written straight into
// the tables, as many as a page does not hold.
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDay } from '../../src-shared/domain/format';
import type { MyWork } from '../../src-shared/ipc/work';
import type { Core } from '../../src-main/core/core';
import { WORK_INDEXES } from '../../src-main/core/db/migrations/0025-work-indexes';
import { render, sql } from '../../src-main/core/db/sql';
import { workQueries } from '../../src-main/core/work/my-work';
import { TEST_ENGINE, addAccount, call, loginAs, makeCore, rawSql, withDatabase } from './helpers';

const NOORD = 1;
const MIDDEN = 2;
const STAMP = '2026-11-01T10:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;
// The test core's clock (helpers.ts makeCore).
const NOW = new Date('2026-11-29T09:00:00Z');
const today = () => isoDay(NOW);
const day = (offset: number) => isoDay(new Date(NOW.getTime() + offset * DAY));

let core: Core;
let regisseur: { id: number; username: string; password: string };

async function casus(id: number, extra: { regionId?: number; afgeschermd?: boolean; state?: string } = {}) {
  await rawSql(
    core,
    sql`INSERT INTO person (id, naam, sort_key, aliases, geboortedatum, geboortejaar, geslacht, gemeente_id, created_at, updated_at)
        VALUES (${id}, ${`Persoon ${id} (fictief)`}, ${`persoon ${id} fictief`}, '[]', '2005-01-01', 2005, 'onbekend', 1, ${STAMP}, ${STAMP})`,
  );
  await rawSql(
    core,
    sql`INSERT INTO casus (id, number, person_id, region_id, state, afgeschermd, procesregisseur_id, opened_at, last_signal_at, created_at, updated_at)
        VALUES (${id}, ${`CTER-2026-${String(id).padStart(4, '0')}`}, ${id}, ${extra.regionId ?? NOORD}, ${extra.state ?? 'plan_van_aanpak'},
                ${extra.afgeschermd ?? false}, ${regisseur.id}, '2026-01-01', '2026-01-01', ${STAMP}, ${STAMP})`,
  );
}

/** `count` actions on a casus, deadlines from `first` days from today, one a day. */
async function actions(casusId: number, count: number, first: number, status = 'open') {
  const from = NOW.getTime() + first * DAY;
  for (let i = 0; i < count; i++) {
    await rawSql(
      core,
      sql`INSERT INTO casus_action (casus_id, soort, omschrijving, actiehouder_partner, actiehouder_naam, deadline, status, created_at, updated_at)
          VALUES (${casusId}, 'actie', ${`Actie ${i} (fictief)`}, 'politie', 'Wijkagent (fictief)', ${isoDay(new Date(from + i * DAY))}, ${status}, ${STAMP}, ${STAMP})`,
    );
  }
}

beforeEach(async () => {
  let clock: { now(): Date };
  ({ core, clock } = makeCore());
  expect(clock.now()).toEqual(NOW);
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [NOORD] });
  await loginAs(core, regisseur);
});

describe('Mijn werk in pages (migration 0025)', () => {
  it('gives the first 200 due actions in deadline order, only from cases the caller may see', async () => {
    await casus(1);
    await casus(2, { afgeschermd: true });
    await casus(3, { regionId: MIDDEN });
    await actions(1, 210, -300);
    await actions(1, 5, -400, 'afgerond');
    await actions(1, 3, 30);
    await actions(2, 3, -500);
    await actions(3, 3, -500);
    const work = await call<MyWork>(core, 'work:mine');
    const due = [...work.overdueActions, ...work.dueSoonActions];
    expect(due).toHaveLength(200);
    expect(new Set(due.map((a) => a.caseId))).toEqual(new Set([1]));
    expect(due.map((a) => a.date)).toEqual(Array.from({ length: 200 }, (_, i) => day(i - 300)));
    expect(work.overdueActions.every((a) => a.date < today())).toBe(true);
  });

  it('lists monitoring not done and signals that wait for a weging, in date order', async () => {
    await casus(1, { state: 'monitoring' });
    await casus(2, { state: 'monitoring', afgeschermd: true });
    const planned = [day(3), day(-2), day(20), day(-9)];
    for (const [i, gepland] of planned.entries())
      await rawSql(
        core,
        sql`INSERT INTO casus_monitoring (casus_id, gepland, bevindingen, account_id, uitgevoerd_at)
            VALUES (${i === 3 ? 2 : 1}, ${gepland}, '', ${regisseur.id}, ${null})`,
      );
    await rawSql(
      core,
      sql`INSERT INTO casus_monitoring (casus_id, gepland, bevindingen, account_id, uitgevoerd_at)
          VALUES (1, ${day(-20)}, 'Gesproken (fictief).', ${regisseur.id}, ${STAMP})`,
    );
    const statuses = ['gewogen', 'meer_informatie', 'nieuw', 'nieuw'];
    for (const [i, status] of statuses.entries())
      await rawSql(
        core,
        sql`INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
            VALUES (${i === 3 ? 2 : 1}, ${i === 3 ? 2 : 1}, 'politie', ${`2026-10-0${5 - i}`}, 'Signaal (fictief).', 'jihadistisch', 'ernstig', 'online', ${status}, ${STAMP})`,
      );
    const work = await call<MyWork>(core, 'work:mine');
    expect(work.monitoringDue.map((m) => m.date)).toEqual([day(-2), day(3)]);
    expect(work.awaitingWeging.map((s) => s.date)).toEqual(['2026-10-03', '2026-10-04']);
  });

  it('has the four partial indexes and walks them without sorting', async () => {
    if (TEST_ENGINE === 'postgres') {
      const rows = await rawSql<{ indexname: string; indexdef: string }>(
        core,
        sql`SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE ANY (ARRAY['casus_%', 'signal_%'])`,
      );
      const names = rows.map((r) => r.indexname);
      for (const name of WORK_INDEXES) expect(names).toContain(name);
      expect(rows.find((r) => r.indexname === 'casus_monitoring_due')?.indexdef).toContain(
        'WHERE (uitgevoerd_at IS NULL)',
      );
      // The plan's shape, not its cost (a test table is too small for costs to mean anything): with
      // sequential scans priced out, the actions and monitoring lists read their partial index in
      // date order and look each casus up, so no sort, no hash join of the whole casus table, and no
      // `+c.region_id` hiding the column from the planner (what made it scan every casus at 100k).
      const statements = workQueries({ accountId: regisseur.id, regionIds: [NOORD] }, NOW, 'postgres');
      // The dates are in the text, not parameters: a kept statement's generic plan then knows how
      // far the deadline reaches (the actions list was planned on every call; docs/benchmarks.md).
      for (const [name, date] of [
        ['actions', day(14)],
        ['monitoringDue', day(7)],
      ] as const) {
        const { text, params } = render(statements[name], 'postgres');
        expect(text).toContain(`'${date}'`);
        expect(params).not.toContain(date);
      }
      for (const [name, index] of [
        ['actions', 'casus_action_open_deadline'],
        ['monitoringDue', 'casus_monitoring_due'],
      ] as const) {
        const { text, params } = render(statements[name], 'postgres');
        expect(text).not.toContain('+c.region_id');
        const source = core.workspace.requireOpen().database.source;
        const plan = await source.transaction(async (manager) => {
          await manager.query('SET LOCAL enable_seqscan = off');
          const rows = (await manager.query(`EXPLAIN ${text}`, params)) as { 'QUERY PLAN': string }[];
          return rows.map((row) => row['QUERY PLAN']).join('\n');
        });
        expect(plan).toContain(index);
        expect(plan).not.toMatch(/Sort|Hash Join/);
      }
      return;
    }
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    const statements = workQueries({ accountId: regisseur.id, regionIds: [NOORD] }, NOW, 'sqlite');
    const indexOf = {
      actions: 'casus_action_open_deadline',
      monitoringDue: 'casus_monitoring_due',
      awaitingWeging: 'signal_awaiting_weging',
      casesWithoutPlan: 'casus_without_plan_candidates',
    };
    for (const [name, statement] of Object.entries(statements)) {
      const { text, params } = render(statement, 'sqlite');
      const plan = (database.handle.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[])
        .map((step) => step.detail)
        .join('\n');
      expect(plan).toContain(indexOf[name as keyof typeof indexOf]);
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });
});
