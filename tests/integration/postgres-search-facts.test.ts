// What the case search keeps of its casus and person on PostgreSQL (migration 0026,
// core/search/postgres-search.ts): the search ranks, filters and counts in `casus_search` alone, so
// each index row's copies (person, region, shielding, state, gemeente, name order) must equal the
// casus and person at every moment, or a shielded casus would still be counted, a renamed person
// sorted by the old name. Checked here: the migration fills them for the rows it finds (seeded at
// version N-1 past the application), CaseSearch.index writes them, and the triggers follow every
// change of them as the application's role with an account set (row security on), including a
// person whose other casus the writer cannot see; and the search answers from them at once, without
// a new index run. The search's answers themselves: search-relevance.test.ts (both engines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { SEARCH_FACTS, SearchFacts1766649600026 } from '../../src-main/core/db/migrations/0026-search-facts';
import type { PostgresStore } from '../../src-main/core/db/store';
import { postgresCaseSearch, type SearchQuery } from '../../src-main/core/search/case-search';
import { createTestDatabase, dropTestDatabase, superuserStore } from '../support/postgres-database';

const BEFORE = MIGRATIONS.indexOf(SearchFacts1766649600026);
const stamp = '2026-12-05T09:00:00.000Z';

let store: PostgresStore;
let admin: Database;
let app: Database;
const ids = { anna: 0, other: 0, anna1: 0, anna3: 0, other1: 0, annaPerson: 0, otherPerson: 0 };

/** The index rows whose copies differ from their casus and person (as the superuser: every row). */
async function differing(): Promise<unknown[]> {
  return (await admin.source.query(
    `SELECT cs.casus_id FROM casus_search cs JOIN casus c ON c.id = cs.casus_id JOIN person p ON p.id = c.person_id
     WHERE (${SEARCH_FACTS.map((column) => `cs.${column}`).join(', ')})
       IS DISTINCT FROM (c.person_id, c.region_id, c.afgeschermd, c.state, p.gemeente_id, p.sort_key)`,
  )) as unknown[];
}

const facts = async (caseId: number) =>
  (
    (await admin.source.query(`SELECT ${SEARCH_FACTS.join(', ')} FROM casus_search WHERE casus_id = $1`, [
      caseId,
    ])) as Record<string, unknown>[]
  )[0];

/** A transaction of the application's role for the account `accountId` (row security on). */
const as = <T>(accountId: number, work: (manager: EntityManager) => Promise<T>) =>
  app.source.transaction(async (manager) => {
    await setTransactionScope(manager, { accountId });
    return work(manager);
  });

const ask = (text: string): SearchQuery => ({
  text,
  states: [],
  gemeenteId: null,
  regionId: null,
  ideologie: null,
  sort: 'relevantie',
  descending: false,
  offset: 0,
  limit: 50,
});

beforeAll(async () => {
  store = await createTestDatabase();
  await (await openDatabase({ ...store, upTo: BEFORE })).close();
  // Seeded at version N-1 as the superuser, past the application (no account could write a casus of
  // every region), with index rows as they were before 0026: the texts only.
  admin = await openDatabase({ ...superuserStore(store), upTo: BEFORE });
  const one = async (statement: string, params: unknown[]) =>
    Number(((await admin.source.query(statement, params)) as { id: number }[])[0]!.id);
  for (const [name, regions] of [
    ['anna', [1]],
    ['other', [1, 2, 3]],
  ] as const) {
    ids[name] = await one(
      `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
       VALUES ($1, $1, '["procesregisseur"]', true, $2, $2, $3) RETURNING id`,
      [name, stamp, JSON.stringify(regions)],
    );
  }
  const person = (naam: string, sortKey: string) =>
    one(
      `INSERT INTO person (naam, sort_key, gemeente_id, created_at, updated_at)
       VALUES ($1, $2, (SELECT min(id) FROM gemeente WHERE region_id = 1), $3, $3) RETURNING id`,
      [naam, sortKey, stamp],
    );
  ids.annaPerson = await person('Anna Voorbeeld (fictief)', 'anna voorbeeld fictief');
  ids.otherPerson = await person('Bram Proef (fictief)', 'bram proef fictief');
  const casus = (number: string, personId: number, region: number) =>
    one(
      `INSERT INTO casus (number, person_id, region_id, state, afgeschermd, partners, opened_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'aangemeld', false, '[]', $4, $4, $4) RETURNING id`,
      [number, personId, region, stamp],
    );
  ids.anna1 = await casus('CTER-2026-0001', ids.annaPerson, 1);
  ids.anna3 = await casus('CTER-2026-0002', ids.annaPerson, 3);
  ids.other1 = await casus('CTER-2026-0003', ids.otherPerson, 1);
  for (const [id, naam] of [
    [ids.anna1, ' anna voorbeeld fictief'],
    [ids.anna3, ' anna voorbeeld fictief'],
    [ids.other1, ' bram proef fictief'],
  ] as const) {
    await admin.source.query(
      `INSERT INTO casus_search (casus_id, naam, aliases, overig) VALUES ($1, $2, '', ' aangemeld')`,
      [id, naam],
    );
  }
  // `other` is named on two cases, so it may shield them (a shielded casus must stay visible to its saver).
  for (const id of [ids.anna1, ids.other1]) {
    await admin.source.query('INSERT INTO casus_access (casus_id, account_id) VALUES ($1, $2)', [id, ids.other]);
  }
  app = await openDatabase(store);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await admin?.close();
  if (store) await dropTestDatabase(store);
});

describe('the copies of casus and person on the search index (PostgreSQL)', () => {
  it('are filled by the migration for the rows it finds', async () => {
    expect(await facts(ids.anna3)).toEqual({
      person_id: ids.annaPerson,
      region_id: 3,
      afgeschermd: false,
      state: 'aangemeld',
      gemeente_id: expect.any(Number),
      sort_key: 'anna voorbeeld fictief',
    });
    expect(await differing()).toEqual([]);
  });

  it('follow the casus and the person through the triggers, whoever writes', async () => {
    // Anna (region 1) renames her person and moves her gemeente: the index row of the casus in
    // region 3, which she cannot see, follows too.
    const gemeente = Number(
      ((await admin.source.query('SELECT max(id) AS id FROM gemeente WHERE region_id = 1')) as { id: number }[])[0]!.id,
    );
    await as(ids.anna, async (manager) => {
      expect(await manager.count(CaseEntity)).toBe(2);
      await manager.update(
        PersonEntity,
        { id: ids.annaPerson },
        { sortKey: 'anna gewijzigd fictief', gemeenteId: gemeente },
      );
    });
    expect(await differing()).toEqual([]);
    expect(await facts(ids.anna3)).toMatchObject({ sort_key: 'anna gewijzigd fictief', gemeente_id: gemeente });
    // The casus: state, shielding and region, one at a time and together.
    await as(ids.other, (manager) => manager.update(CaseEntity, { id: ids.other1 }, { state: 'in_weging' }));
    expect(await differing()).toEqual([]);
    await as(ids.other, (manager) =>
      manager.update(CaseEntity, { id: ids.other1 }, { afgeschermd: true, regionId: 2 }),
    );
    expect(await facts(ids.other1)).toMatchObject({ afgeschermd: true, region_id: 2, state: 'in_weging' });
    // A save that changes none of them leaves the row alone (the triggers' WHEN).
    await as(ids.other, (manager) => manager.update(CaseEntity, { id: ids.other1 }, { updatedAt: stamp }));
    expect(await differing()).toEqual([]);
    // The person of a casus.
    await as(ids.other, (manager) => manager.update(CaseEntity, { id: ids.other1 }, { personId: ids.annaPerson }));
    expect(await facts(ids.other1)).toMatchObject({ person_id: ids.annaPerson, sort_key: 'anna gewijzigd fictief' });
    await as(ids.other, (manager) => manager.update(CaseEntity, { id: ids.other1 }, { personId: ids.otherPerson }));
    expect(await differing()).toEqual([]);
  });

  it('are written by CaseSearch.index with the texts', async () => {
    await admin.source.query(`UPDATE casus_search SET ${SEARCH_FACTS.map((c) => `${c} = NULL`).join(', ')}`);
    expect(await differing()).toHaveLength(3);
    await as(ids.other, async (manager) => {
      for (const id of [ids.anna1, ids.anna3, ids.other1]) await postgresCaseSearch.index(manager, id);
    });
    expect(await differing()).toEqual([]);
  });

  it('are what the search answers from, at once: a casus shielded or moved is gone without a new index run', async () => {
    const found = (accountId: number, text: string) =>
      as(accountId, async (manager) => {
        const result = await postgresCaseSearch.search(manager, ask(text), {
          accountId,
          regionIds: accountId === ids.anna ? [1] : [1, 2, 3],
        });
        return { ids: result.rows.map((row) => row.caseId).sort(), total: result.total };
      });
    expect(await found(ids.anna, 'anna')).toEqual({ ids: [ids.anna1], total: 1 });
    expect(await found(ids.other, 'anna')).toEqual({ ids: [ids.anna1, ids.anna3].sort(), total: 2 });
    await as(ids.other, (manager) => manager.update(CaseEntity, { id: ids.anna1 }, { afgeschermd: true }));
    expect(await found(ids.anna, 'anna')).toEqual({ ids: [], total: 0 });
    // `other` is named on it.
    expect(await found(ids.other, 'anna')).toEqual({ ids: [ids.anna1, ids.anna3].sort(), total: 2 });
    await as(ids.other, (manager) =>
      manager.update(CaseEntity, { id: ids.anna1 }, { afgeschermd: false, regionId: 2 }),
    );
    expect(await found(ids.anna, 'anna')).toEqual({ ids: [], total: 0 });
    expect(await found(ids.other, 'anna')).toEqual({ ids: [ids.anna1, ids.anna3].sort(), total: 2 });
  });
});
