// The need-to-know rule in its two forms: the SQL fragment and the query-builder form give the same
// cases on a real (encrypted) database, and the fragment is the same text on both engines.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database';
import { CaseEntity } from '../db/entities/casus';
import { query, render, sql } from '../db/sql';
import { ROW_SECURITY_POLICIES } from '../db/migrations/0037-row-security-region-array';
import { casePolicy, inRegionsSql, visibleCaseIds, visibleSql, whereVisible, type AccessScope } from './access';
import { COVERED_TABLES, policies } from './row-security';

describe('the access rule as a fragment', () => {
  const scope: AccessScope = { accountId: 7, regionIds: [2, 3] };

  it('writes the regions into the text and binds afgeschermd = false and the caller, on both engines', () => {
    const postgres = render(visibleSql(scope, 'c'), 'postgres');
    expect(postgres.text).toBe(
      'c.region_id IN (2, 3) AND (c.afgeschermd = $1 OR EXISTS (SELECT 1 FROM casus_access named WHERE named.casus_id = c.id AND named.account_id = $2))',
    );
    expect(postgres.params).toEqual([false, 7]);
    const sqlite = render(visibleSql(scope, 'x'), 'sqlite');
    expect(sqlite.text).toContain('x.region_id IN (2, 3) AND (x.afgeschermd = ? OR EXISTS');
    expect(sqlite.params).toEqual([0, 7]);
  });

  it('refuses a region that is no integer rather than write it into the text', () => {
    for (const bad of [1.5, Number.NaN, '1) OR (1 = 1' as unknown as number]) {
      expect(() => visibleSql({ accountId: 7, regionIds: [1, bad] }, 'c')).toThrow(/no integer/);
    }
  });

  it('matches nothing for an account without regions', () => {
    expect(render(visibleSql({ accountId: 7, regionIds: [] }, 'c'), 'sqlite')).toEqual({ text: '1 = 0', params: [] });
    expect(render(inRegionsSql({ accountId: 7, regionIds: [] }, 'm'), 'sqlite')).toEqual({ text: '1 = 0', params: [] });
  });

  it('can keep SQLite off the region index', () => {
    expect(render(inRegionsSql(scope, 'c', { regionIndex: false }), 'sqlite').text).toBe('+c.region_id IN (2, 3)');
  });

  it('takes only a plain alias, never text that could change the query', () => {
    expect(() => visibleSql(scope, 'c; DROP TABLE casus')).toThrow(/alias/);
    expect(() => visibleSql(scope, 'named')).toThrow(/alias/);
    expect(() => inRegionsSql(scope, '')).toThrow(/alias/);
  });
});

describe('the access rule as row-level security (PostgreSQL)', () => {
  it('is the same rule as the fragment, with the scope read from the transaction', () => {
    const policy = casePolicy();
    expect(policy).toMatch(
      /^\(SELECT current_setting\('cter\.scope', true\) = 'system'\) OR \(casus\.region_id = ANY \(ARRAY\(SELECT /,
    );
    // The second half is visibleSql's text with the account of the transaction for the caller.
    const account = "(SELECT NULLIF(current_setting('cter.account_id', true), '')::integer)";
    const fragment = render(visibleSql({ accountId: 7, regionIds: [2] }, 'casus'), 'postgres').text;
    const tail = fragment.slice(fragment.indexOf(' AND (')).replace('$1', 'false').replace('$2', account);
    expect(policy.endsWith(`${tail})`)).toBe(true);
    expect(policy).not.toMatch(/\$\d/);
  });

  it('is what the migrations installed (0012, 0016, 0019, 0037): a change to the rule needs a migration that replaces the policies', () => {
    expect(ROW_SECURITY_POLICIES).toEqual(policies());
    expect(ROW_SECURITY_POLICIES.map((p) => p.table)).toEqual(COVERED_TABLES.map((t) => t.table));
  });
});

describe('the access rule on a database', () => {
  let dir: string;
  let db: Database;
  // Cases by number: region, afgeschermd, named accounts.
  const cases: Record<string, { region: number; shielded: boolean; named: number[] }> = {
    A: { region: 1, shielded: false, named: [] },
    B: { region: 1, shielded: true, named: [1] },
    C: { region: 2, shielded: false, named: [] },
    D: { region: 2, shielded: true, named: [2] },
    E: { region: 3, shielded: true, named: [] },
  };
  const ids = new Map<string, number>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cter-access-'));
    db = await openDatabase({ path: join(dir, 'x.db'), key: randomBytes(32), mode: 'create' });
    const h = db.handle;
    for (const name of ['een', 'twee']) {
      h.prepare(
        "INSERT INTO account (username, display_name, roles, created_at, updated_at) VALUES (?, ?, '[]', 'x', 'x')",
      ).run(name, name);
    }
    const person = h
      .prepare(
        `INSERT INTO person (naam, sort_key, aliases, geboortejaar, geslacht, gemeente_id, created_at, updated_at)
         VALUES ('Jan Voorbeeld', 'voorbeeld jan', '[]', 1990, 'm', 1, 'x', 'x')`,
      )
      .run().lastInsertRowid;
    for (const [number, c] of Object.entries(cases)) {
      const id = h
        .prepare(
          `INSERT INTO casus (number, person_id, region_id, state, partners, afgeschermd, opened_at, created_at, updated_at)
           VALUES (?, ?, ?, 'aangemeld', '[]', ?, 'x', 'x', 'x')`,
        )
        .run(`CTER-2026-000${number}`, person, c.region, c.shielded ? 1 : 0).lastInsertRowid;
      ids.set(number, Number(id));
      for (const account of c.named) h.prepare('INSERT INTO casus_access VALUES (?, ?)').run(id, account);
    }
  });

  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const numbers = (found: Iterable<number>) =>
    [...found].map((id) => [...ids].find(([, known]) => known === id)![0]).sort();

  const scopes: [AccessScope, string[]][] = [
    [{ accountId: 1, regionIds: [1, 2, 3] }, ['A', 'B', 'C']],
    [{ accountId: 2, regionIds: [1, 2, 3] }, ['A', 'C', 'D']],
    [{ accountId: 2, regionIds: [1] }, ['A']],
    [{ accountId: 1, regionIds: [3] }, []],
    [{ accountId: 1, regionIds: [] }, []],
  ];

  it.each(scopes)('gives the same cases in both forms (%j)', async (scope, expected) => {
    const manager = db.source.manager;
    const raw = await query<{ id: number }>(
      manager,
      sql`SELECT c.id AS "id" FROM casus c WHERE ${visibleSql(scope, 'c')} ORDER BY c.id`,
    );
    expect(numbers(raw.map((row) => row.id))).toEqual(expected);
    const hinted = await query<{ id: number }>(
      manager,
      sql`SELECT x.id AS "id" FROM casus x WHERE ${visibleSql(scope, 'x', { regionIndex: false })}`,
    );
    expect(numbers(hinted.map((row) => row.id))).toEqual(expected);
    const built = await whereVisible(manager.createQueryBuilder(CaseEntity, 'c'), 'c', scope).getMany();
    expect(numbers(built.map((c) => c.id))).toEqual(expected);
    expect(numbers(await visibleCaseIds(manager, scope, [...ids.values()]))).toEqual(expected);
  });

  it('keeps the parameters of two aliases in one query builder apart', async () => {
    const manager = db.source.manager;
    const one = { accountId: 1, regionIds: [1, 2] };
    const two = { accountId: 2, regionIds: [2] };
    // Pairs (c, o) where c is visible to account 1 and o to account 2.
    const qb = manager
      .createQueryBuilder(CaseEntity, 'c')
      .innerJoin(CaseEntity.options.name, 'o', 'o.person_id = c.person_id')
      .select('c.id', 'c')
      .addSelect('o.id', 'o');
    whereVisible(qb, 'c', one);
    whereVisible(qb, 'o', two);
    const pairs = await qb.getRawMany<{ c: number; o: number }>();
    expect(new Set(numbers(pairs.map((p) => Number(p.c))))).toEqual(new Set(['A', 'B', 'C']));
    expect(new Set(numbers(pairs.map((p) => Number(p.o))))).toEqual(new Set(['C', 'D']));
    expect(pairs).toHaveLength(6);
  });
});
