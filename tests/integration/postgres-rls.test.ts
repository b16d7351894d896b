// Row-level security on PostgreSQL, the second wall behind need-to-know (migration 0012,
// src-main/core/access/row-security.ts). The database is owned and migrated by the application role
// `cter_app`, neither superuser nor BYPASSRLS, as in production (docs/beheer.md, "Rijbeveiliging
// (RLS)"; every test database is made so, tests/support/postgres-admin.ts); the cluster's superuser
// seeds it and gives the answers without the wall (it is the one that can: row security does not
// apply to it). Cases in two
// regions (and one in a third), shielded ones naming an account: a deliberately unfiltered
// `SELECT * FROM <table>` in a transaction set for an account returns exactly the rows of the cases
// visibleSql gives that account, with no account nothing, and the core's own queries (the access
// functions, the year's next case number, the figures, shielding a casus) answer as without it.
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  visibleCaseIds,
  visibleSql,
  whereVisible,
  scopeFor,
  type AccessScope,
} from '../../src-main/core/access/access';
import {
  asSystem,
  COVERED_TABLES,
  setTransactionScope,
  type TransactionScope,
} from '../../src-main/core/access/row-security';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { CaseService, nextCaseNumber } from '../../src-main/core/cases/case-service';
import { manualClock } from '../../src-main/core/clock';
import { openDatabase, type PostgresDatabase } from '../../src-main/core/db/database';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { query, sql } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { updatePerson } from '../../src-main/core/persons/person-service';
import type { CaseSearch } from '../../src-main/core/search/case-search';
import type { OpenSession } from '../../src-main/core/workspace';
import { DatabaseHolder } from '../../src-main/core/workspace/database-holder';
import { createTestDatabase, dropTestDatabase, superuserStore } from '../support/postgres-database';

let store: PostgresStore;
/** The application, as its own role (owner of the tables, subject to the policies). */
let app: PostgresDatabase;
/** The cluster's superuser: row security does not apply to it. */
let admin: PostgresDatabase;

const stamp = '2026-11-30T09:00:00.000Z';
const accounts = new Map<string, number>();
const cases = new Map<string, number>();
/** Per case: region, shielded, named accounts. CTER-2026-0005 (region 3) is the year's last. */
const CASES: Record<string, { region: number; shielded: boolean; named: string[] }> = {
  'CTER-2026-0001': { region: 1, shielded: false, named: [] },
  'CTER-2026-0002': { region: 1, shielded: true, named: ['anna'] },
  'CTER-2026-0003': { region: 2, shielded: false, named: [] },
  'CTER-2026-0004': { region: 2, shielded: true, named: ['carla'] },
  'CTER-2026-0005': { region: 3, shielded: false, named: [] },
};
/** Accounts: regions and whether active. */
const ACCOUNTS: Record<string, { regions: number[]; active: boolean }> = {
  anna: { regions: [1], active: true },
  bram: { regions: [2], active: true },
  carla: { regions: [1, 2], active: true },
  dirk: { regions: [1, 2, 3], active: false },
};

async function seed(manager: EntityManager): Promise<void> {
  for (const [username, { regions, active }] of Object.entries(ACCOUNTS)) {
    const [row] = (await manager.query(
      `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
       VALUES ($1, $1, '["procesregisseur"]', $2, $3, $3, $4) RETURNING id`,
      [username, active, stamp, JSON.stringify(regions)],
    )) as { id: number }[];
    accounts.set(username, row!.id);
  }
  const [person] = (await manager.query(
    `INSERT INTO person (naam, sort_key, gemeente_id, created_at, updated_at)
     VALUES ('Voorbeeld, Jan (fictief)', 'voorbeeld jan', (SELECT min(id) FROM gemeente), $1, $1) RETURNING id`,
    [stamp],
  )) as { id: number }[];
  for (const [number, c] of Object.entries(CASES)) {
    const [row] = (await manager.query(
      `INSERT INTO casus (number, person_id, region_id, state, afgeschermd, opened_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'plan_van_aanpak', $4, $5, $5, $5) RETURNING id`,
      [number, person!.id, c.region, c.shielded, stamp],
    )) as { id: number }[];
    const id = row!.id;
    cases.set(number, id);
    for (const name of c.named) {
      await manager.query('INSERT INTO casus_access (casus_id, account_id) VALUES ($1, $2)', [id, accounts.get(name)]);
    }
    const [signal] = (await manager.query(
      `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
       VALUES ($1, $2, 'politie', '2026-11-20', 'Fictief voorbeeld.', 'jihadistisch', 'ernstig', 'online', 'gewogen', $3)
       RETURNING id`,
      [id, person!.id, stamp],
    )) as { id: number }[];
    await manager.query(
      `INSERT INTO weging (signal_id, besluit, motivering, deelnemers, datum, created_at)
       VALUES ($1, 'casus', 'Fictief.', '[]', '2026-11-21', $2)`,
      [signal!.id, stamp],
    );
    await manager.query(
      `INSERT INTO casus_transition (casus_id, to_state, toelichting, at) VALUES ($1, 'aangemeld', 'Fictief.', $2)`,
      [id, stamp],
    );
    await manager.query(`INSERT INTO casus_monitoring (casus_id, gepland) VALUES ($1, '2026-12-15')`, [id]);
    await manager.query(`INSERT INTO casus_note (casus_id, tekst, created_at) VALUES ($1, 'Fictieve notitie.', $2)`, [
      id,
      stamp,
    ]);
    await manager.query(
      `INSERT INTO casus_action (casus_id, soort, omschrijving, actiehouder_partner, actiehouder_naam, deadline, status, created_at, updated_at)
       VALUES ($1, 'actie', 'Fictieve actie.', 'gemeente', 'A. Voorbeeld', '2026-12-20', 'open', $2, $2)`,
      [id, stamp],
    );
    await manager.query(`INSERT INTO casus_search (casus_id, naam) VALUES ($1, 'Jan Voorbeeld')`, [id]);
  }
}

beforeAll(async () => {
  store = await createTestDatabase();
  // The application creates and migrates its database (it owns the tables), then the superuser seeds.
  app = await openDatabase(store);
  admin = await openDatabase(superuserStore(store));
  await admin.source.transaction(seed);
});

afterAll(async () => {
  await app?.close();
  await admin?.close();
  await dropTestDatabase(store);
});

/** Runs `work` in one transaction of the application set for `scope` (as DatabaseHolder does). */
function asApp<T>(scope: TransactionScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return app.source.transaction(async (manager) => {
    await setTransactionScope(manager, scope);
    return work(manager);
  });
}

const session = (name: string) => ({ user: { id: accounts.get(name)! } }) as OpenSession;
const sorted = (values: Iterable<number>) => [...values].sort((a, b) => a - b);

/** The rows of a covered table, by the casus they belong to, from `manager` without any filter. */
async function casesInTable(manager: EntityManager, table: string): Promise<number[]> {
  const text: Record<string, string> = {
    casus: 'SELECT id AS "casus" FROM casus',
    weging: 'SELECT s.casus_id AS "casus" FROM weging w JOIN signal s ON s.id = w.signal_id',
  };
  const rows = (await manager.query(text[table] ?? `SELECT casus_id AS "casus" FROM ${table}`)) as { casus: number }[];
  return sorted(rows.map((row) => row.casus));
}

/** What visibleSql gives the account (as scopeFor reads it), without the wall. */
async function visibleWithoutWall(name: string): Promise<number[]> {
  const scope = await scopeFor(admin.source.manager, session(name));
  const rows = await query<{ id: number }>(
    admin.source.manager,
    sql`SELECT c.id AS "id" FROM casus c WHERE ${visibleSql(scope, 'c')}`,
  );
  return sorted(rows.map((row) => row.id));
}

const numbersOf = (ids: number[]) => ids.map((id) => [...cases].find(([, known]) => known === id)![0]).sort();

describe('the wall', () => {
  it('is up: the application role owns the tables, is subject to row security, and every case table forces it', async () => {
    expect(app.schemaVersion).toBe(SCHEMA_VERSION);
    expect(app.rowSecurity).toBe('enforced');
    expect(admin.rowSecurity).toBe('bypassed');
    const rows = (await admin.source.query(
      `SELECT c.relname AS "table", c.relrowsecurity AS "enabled", c.relforcerowsecurity AS "forced",
              pg_get_userbyid(c.relowner) AS "owner", (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS "policies"
         FROM pg_class c WHERE c.relname = ANY ($1) ORDER BY c.relname`,
      [COVERED_TABLES.map((t) => t.table)],
    )) as { table: string; enabled: boolean; forced: boolean; owner: string; policies: number }[];
    expect(rows).toHaveLength(COVERED_TABLES.length);
    for (const row of rows)
      expect(row).toEqual({ table: row.table, enabled: true, forced: true, owner: store.user, policies: 1 });
    // And no other table: what is left out is left out on purpose (row-security.ts says why).
    const walled = (await admin.source.query(
      `SELECT c.relname AS "table" FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND (c.relrowsecurity OR EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))
        ORDER BY c.relname`,
    )) as { table: string }[];
    expect(walled.map((row) => row.table)).toEqual(COVERED_TABLES.map((t) => t.table).sort());
  });

  it('compiles no query: JIT is off on the application connections (the policies push reads past its threshold)', async () => {
    expect(await app.source.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    expect(await admin.source.query('SELECT setting FROM pg_settings WHERE name = $1', ['jit'])).toEqual([
      { setting: 'off' },
    ]);
  });

  it('leaves the search index to its text indexes: a word is looked up in casus_search_words, as the account', async () => {
    // Behind a policy a text match (not leakproof) may not run ahead of it, so PostgreSQL cannot
    // use the word index and reads every row (0016 took casus_search out for this). Sequential
    // scans are made dear so the few test rows do not decide the plan.
    const plan = await asApp({ accountId: accounts.get('anna')! }, async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows = (await manager.query(
        `EXPLAIN SELECT casus_id FROM casus_search WHERE words @@ to_tsquery('simple', 'jan:*')`,
      )) as { 'QUERY PLAN': string }[];
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('casus_search_words');
  });

  it.each(['anna', 'bram', 'carla', 'dirk'])(
    'gives %s exactly the cases visibleSql gives, in every case table, to a query without any filter',
    async (name) => {
      const expected = await visibleWithoutWall(name);
      const seen = await asApp({ accountId: accounts.get(name)! }, async (manager) => {
        const out: Record<string, number[]> = {};
        for (const { table } of COVERED_TABLES) out[table] = await casesInTable(manager, table);
        const all = (await manager.query('SELECT * FROM casus')) as { id: number }[];
        out.star = sorted(all.map((row) => row.id));
        return out;
      });
      for (const [table, ids] of Object.entries(seen)) expect({ table, ids }).toEqual({ table, ids: expected });
      // What the seed says, so the comparison is not between two empty answers.
      const byName: Record<string, string[]> = {
        anna: ['CTER-2026-0001', 'CTER-2026-0002'],
        bram: ['CTER-2026-0003'],
        carla: ['CTER-2026-0001', 'CTER-2026-0003', 'CTER-2026-0004'],
        dirk: [],
      };
      expect(numbersOf(expected)).toEqual(byName[name]);
    },
  );

  it('shows nothing when no account is set: in a transaction, outside one, and after one that set an account', async () => {
    const none = await asApp(null, async (manager) => {
      const counts: number[] = [];
      for (const { table } of COVERED_TABLES) counts.push((await casesInTable(manager, table)).length);
      return counts;
    });
    expect(none).toEqual(COVERED_TABLES.map(() => 0));
    // The superuser sees them all: the rows are there.
    expect(await casesInTable(admin.source.manager, 'signal')).toHaveLength(Object.keys(CASES).length);
    // A transaction-local setting ends with the transaction, on whichever pooled connection.
    for (let round = 0; round < 3; round += 1) {
      await asApp({ accountId: accounts.get('carla')! }, (manager) => manager.query('SELECT 1'));
      expect(await app.source.query('SELECT * FROM casus')).toEqual([]);
      expect(await app.source.query('SELECT * FROM signal')).toEqual([]);
    }
  });

  it('lets a named system path see every row, and returns to the account afterwards', async () => {
    await asApp({ accountId: accounts.get('bram')! }, async (manager) => {
      const all = await asSystem(manager, 'figures', () => casesInTable(manager, 'casus'));
      expect(all).toHaveLength(Object.keys(CASES).length);
      expect(numbersOf(await casesInTable(manager, 'casus'))).toEqual(['CTER-2026-0003']);
    });
    expect(await asApp({ system: 'retention' }, (manager) => casesInTable(manager, 'casus_action'))).toHaveLength(
      Object.keys(CASES).length,
    );
  });

  it('asks the server no more than it must in asSystem: set and return, nothing when already system', async () => {
    const scopeStatements = (sent: { mock: { calls: unknown[][] } }) =>
      sent.mock.calls.map(([text]) => String(text)).filter((text) => text.includes('cter.scope'));
    const bram = accounts.get('bram')!;
    await asApp({ accountId: bram }, async (manager) => {
      const sent = vi.spyOn(manager.queryRunner!, 'query');
      const all = await asSystem(manager, 'figures', async () => {
        // Nested: the transaction is a system one by now, so nothing is sent for it.
        const inner = await asSystem(manager, 'caseNumber', () => casesInTable(manager, 'casus'));
        expect(inner).toHaveLength(Object.keys(CASES).length);
        return casesInTable(manager, 'signal');
      });
      expect(all).toHaveLength(Object.keys(CASES).length);
      expect(scopeStatements(sent)).toHaveLength(2);
      expect(numbersOf(await casesInTable(manager, 'casus'))).toEqual(['CTER-2026-0003']);
    });
    await asApp({ system: 'retention' }, async (manager) => {
      const sent = vi.spyOn(manager.queryRunner!, 'query');
      expect(await asSystem(manager, 'figures', () => casesInTable(manager, 'casus'))).toHaveLength(
        Object.keys(CASES).length,
      );
      expect(scopeStatements(sent)).toEqual([]);
      expect(await casesInTable(manager, 'casus')).toHaveLength(Object.keys(CASES).length);
    });
    // A transaction set some other way: asSystem reads the scope first, and returns to it.
    await app.source.transaction(async (manager) => {
      await manager.query(`SELECT set_config('cter.account_id', $1, true)`, [String(bram)]);
      const sent = vi.spyOn(manager.queryRunner!, 'query');
      expect(await asSystem(manager, 'figures', () => casesInTable(manager, 'casus'))).toHaveLength(
        Object.keys(CASES).length,
      );
      expect(scopeStatements(sent)).toHaveLength(3);
      expect(numbersOf(await casesInTable(manager, 'casus'))).toEqual(['CTER-2026-0003']);
    });
  });

  it('sets the account in every workspace transaction (DatabaseHolder), and nothing without one', async () => {
    const holder = new DatabaseHolder();
    const audit = new AuditLog(app.source, manualClock());
    holder.attach(app, Buffer.alloc(32), audit);
    try {
      const anna = await holder.transaction((manager) => casesInTable(manager, 'casus'), {
        accountId: accounts.get('anna')!,
      });
      expect(anna).toEqual(await visibleWithoutWall('anna'));
      expect(await holder.transaction((manager) => casesInTable(manager, 'casus'))).toEqual([]);
    } finally {
      holder.detach();
    }
  });

  it('needs FORCE: without it the owning role sees every casus with no account set', async () => {
    await admin.source.query('ALTER TABLE casus NO FORCE ROW LEVEL SECURITY');
    try {
      expect(await asApp(null, (manager) => casesInTable(manager, 'casus'))).toHaveLength(Object.keys(CASES).length);
    } finally {
      await admin.source.query('ALTER TABLE casus FORCE ROW LEVEL SECURITY');
    }
    expect(await asApp(null, (manager) => casesInTable(manager, 'casus'))).toEqual([]);
  });

  it("looks up a dependent row's casus by its key, and reads the settings once per statement (0019)", async () => {
    // Planned as a hashed subplan, the dependent policies read every visible casus into a hash in
    // each statement (Mijn werk: four times 100,000 cases for a few thousand rows; benchmarks.md).
    // Since 0019 the parent row is looked up by its key (an index probe on its id per row read).
    const plans = await asApp({ accountId: accounts.get('anna')! }, async (manager) => {
      const out: Record<string, { plan: string; probe: string }> = {};
      for (const { table, parent } of COVERED_TABLES.filter((t) => t.parent)) {
        const rows = (await manager.query(`EXPLAIN SELECT * FROM ${table}`)) as { 'QUERY PLAN': string }[];
        out[table] = {
          plan: rows.map((row) => row['QUERY PLAN']).join('\n'),
          probe: `Index Cond: (id = ${table}.${parent!.column})`,
        };
      }
      return out;
    });
    for (const [table, { plan, probe }] of Object.entries(plans)) {
      expect({ table, probe: plan.includes(probe) }).toEqual({ table, probe: true });
      // current_setting() only in InitPlans, never in a row filter.
      const perRow = plan.split('\n').filter((line) => line.includes('Filter:') && line.includes('current_setting'));
      expect({ table, perRow }).toEqual({ table, perRow: [] });
    }
  });

  it("tests a casus's region against the account's regions read once as an array (0037)", async () => {
    // As `region_id IN (SELECT …)` the regions were a hashed subplan probed for every casus row
    // read; as `= ANY (ARRAY(SELECT …))` they are an InitPlan, read once per statement, and each
    // row is compared with its elements (who sees what is the rest of this file: anna, bram, carla
    // with two regions, dirk inactive).
    const plan = await asApp({ accountId: accounts.get('carla')! }, async (manager) =>
      ((await manager.query('EXPLAIN SELECT * FROM casus')) as { 'QUERY PLAN': string }[])
        .map((row) => row['QUERY PLAN'])
        .join('\n'),
    );
    const filter = plan.split('\n').find((line) => line.includes('Filter:')) ?? '';
    expect(filter, plan).toMatch(/\(region_id = ANY \(\$\d+\)\)/);
    expect(filter, plan).not.toMatch(/hashed SubPlan \d+\) AND/);
  });
});

describe("the core's own queries behind the wall", () => {
  const scopeOf = (name: string): AccessScope => ({
    accountId: accounts.get(name)!,
    regionIds: ACCOUNTS[name]!.regions,
  });

  it('answer the access functions as without it', async () => {
    for (const name of ['anna', 'bram', 'carla']) {
      const scope = scopeOf(name);
      const ids = [...cases.values()];
      const without = {
        ids: sorted(await visibleCaseIds(admin.source.manager, scope, ids)),
        built: sorted(
          (await whereVisible(admin.source.manager.createQueryBuilder(CaseEntity, 'c'), 'c', scope).getMany()).map(
            (c) => c.id,
          ),
        ),
      };
      const behind = await asApp({ accountId: scope.accountId }, async (manager) => ({
        ids: sorted(await visibleCaseIds(manager, scope, ids)),
        built: sorted(
          (await whereVisible(manager.createQueryBuilder(CaseEntity, 'c'), 'c', scope).getMany()).map((c) => c.id),
        ),
      }));
      expect(behind).toEqual(without);
    }
  });

  it('numbers a new casus after the last of the year in every region, also the unseen ones', async () => {
    const next = await asApp({ accountId: accounts.get('bram')! }, (manager) => nextCaseNumber(manager, 2026));
    expect(next).toBe('CTER-2026-0006');
  });

  it('counts the figures of the whole ZVH', async () => {
    const filter = { fromYear: 2026, toYear: 2026, regionId: null };
    const without = await admin.source.transaction((manager) => computeDashboard(manager, filter));
    const behind = await asApp({ accountId: accounts.get('anna')! }, (manager) => computeDashboard(manager, filter));
    expect(behind).toEqual(without);
    // Anna sees two of the five cases; the figures count the signals of all five.
    expect(behind.years.find((y) => y.year === 2026)?.signals).toBe(Object.keys(CASES).length);
  });

  it('keeps the figure facts of every signal about a corrected person, also in cases the editor does not see', async () => {
    const anna = accounts.get('anna')!;
    await asApp({ accountId: anna }, async (manager) => {
      const person = await manager.findOneByOrFail(PersonEntity, { naam: 'Voorbeeld, Jan (fictief)' });
      await updatePerson(
        manager,
        person,
        {
          naam: person.naam,
          roepnaam: '',
          aliases: [],
          geboortedatum: '2008-03-01',
          geboortejaar: null,
          geslacht: null,
          gemeenteId: person.gemeenteId,
          bsn: '',
          notities: '',
        },
        { reden: 'Geboortedatum gecorrigeerd (fictief).', accountId: anna, now: new Date(stamp) },
      );
    });
    const ages = (await admin.source.query('SELECT leeftijd AS "age" FROM signal')) as { age: number }[];
    expect(ages.map((row) => row.age)).toEqual(Object.keys(CASES).map(() => 18));
  });

  it('lets an account shield a casus it sees, and then only the named accounts see it', async () => {
    // Indexing for search is the search module's own test; here only the casus and its access list.
    const search: CaseSearch = {
      index: async () => undefined,
      remove: async () => undefined,
      search: () => Promise.reject(new Error('not used')),
    };
    const service = new CaseService(search);
    const id = cases.get('CTER-2026-0003')!;
    const bram = accounts.get('bram')!;
    await asApp({ accountId: bram }, async (manager) => {
      const casus = await manager.findOneOrFail(CaseEntity, { where: { id } });
      await service.update(
        manager,
        casus,
        { regionId: 2, procesregisseurId: null, partners: [], afgeschermd: true, namedAccountIds: [] },
        { accountId: bram, now: new Date(stamp) },
      );
    });
    expect(numbersOf(await asApp({ accountId: bram }, (m) => casesInTable(m, 'casus')))).toEqual(['CTER-2026-0003']);
    const carla = await asApp({ accountId: accounts.get('carla')! }, (m) => casesInTable(m, 'casus'));
    expect(numbersOf(carla)).toEqual(['CTER-2026-0001', 'CTER-2026-0004']);
    expect(carla).toEqual(await visibleWithoutWall('carla'));
  });
});
