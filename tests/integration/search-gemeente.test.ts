// A search within a gemeente stays right when a person moves to another gemeente, a casus goes to
// another person or to another region (issue 20, migration 0031). On SQLite the gemeente is a token
// in the FTS5 table, on PostgreSQL a column of casus_search: both kept by the database itself, so a
// casus the saving account cannot see (and therefore does not index again) follows too. Searched as
// an account that sees both regions. Fictitious rows.
import { describe, expect, it } from 'vitest';
import { visibleCasesOfPerson } from '../../src-main/core/access/access';
import type { Database } from '../../src-main/core/db/database';
import { AccountEntity } from '../../src-main/core/db/entities/account';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { query, sql } from '../../src-main/core/db/sql';
import { updatePerson } from '../../src-main/core/persons/person-service';
import { caseSearchByDialect, postgresCaseSearch, sqliteCaseSearch } from '../../src-main/core/search/case-search';
import { searchQuery, seedBothEngines } from './search-engines';

const search = caseSearchByDialect({ sqlite: sqliteCaseSearch, postgres: postgresCaseSearch });
const stamp = '2026-12-05T09:00:00.000Z';

interface Engine {
  db: Database;
  /** Two gemeenten of region A, one of region B. */
  gemeenten: { a1: number; a2: number; b: number };
  regions: { a: number; b: number };
  /** Sees region A only (saves the person); sees both (searches). */
  saver: { accountId: number; regionIds: number[] };
  viewer: { accountId: number; regionIds: number[] };
  person: (naam: string) => Promise<number>;
  casus: (personId: number, regionId: number) => Promise<number>;
}

async function seed(db: Database): Promise<Engine> {
  const gemeenten = await db.source.transaction((manager) =>
    query<{ id: number; regionId: number }>(
      manager,
      sql`SELECT id, region_id AS "regionId" FROM gemeente ORDER BY region_id, id`,
    ),
  );
  const [a, b] = [...new Set(gemeenten.map((g) => Number(g.regionId)))];
  const inA = gemeenten.filter((g) => Number(g.regionId) === a).map((g) => Number(g.id));
  const inB = gemeenten.filter((g) => Number(g.regionId) === b).map((g) => Number(g.id));
  const account = (username: string, regionIds: number[]) =>
    db.source.transaction((manager) =>
      manager.save(AccountEntity, {
        username,
        displayName: username,
        roles: ['procesregisseur'],
        regionIds,
        active: true,
        mustChangePassword: false,
        keySlotId: null,
        createdAt: stamp,
        updatedAt: stamp,
        lastLoginAt: null,
      }),
    );
  const saver = await account('bewaarder', [a!]);
  const viewer = await account('zoeker', [a!, b!]);
  let number = 0;
  return {
    db,
    gemeenten: { a1: inA[0]!, a2: inA[1]!, b: inB[0]! },
    regions: { a: a!, b: b! },
    saver: { accountId: saver.id, regionIds: [a!] },
    viewer: { accountId: viewer.id, regionIds: [a!, b!] },
    person: (naam) =>
      db.source.transaction(async (manager) => {
        const person = await manager.save(PersonEntity, {
          naam,
          sortKey: naam.toLowerCase(),
          roepnaam: '',
          aliases: [],
          geboortedatum: null,
          geboortejaar: 1990,
          geslacht: null,
          gemeenteId: inA[0]!,
          bsn: '',
          notities: '',
          restricted: false,
          restrictedReason: '',
          restrictedAt: null,
          createdAt: stamp,
          updatedAt: stamp,
        });
        return person.id;
      }),
    casus: (personId, regionId) =>
      db.source.transaction(async (manager) => {
        number++;
        const casus = await manager.save(CaseEntity, {
          number: `CTER-2026-${String(number).padStart(4, '0')}`,
          personId,
          regionId,
          state: 'aangemeld',
          outcome: null,
          procesregisseurId: null,
          partners: [],
          afgeschermd: false,
          openedAt: stamp,
          closedAt: null,
          retentionUntil: null,
          lastSignalAt: null,
          createdAt: stamp,
          updatedAt: stamp,
        });
        await search.index(manager, casus.id);
        return casus.id;
      }),
  };
}

const engines = seedBothEngines('cter-search-gemeente-', seed);

const ask = searchQuery;

describe.each(['sqlite', 'postgres'] as const)('a search within a gemeente on %s', (dialect) => {
  /** The case ids the viewer finds for `text` in `gemeenteId` (and a region), sorted; with the count. */
  const found = async (text: string, gemeenteId: number, regionId: number | null = null) => {
    const engine = engines.get(dialect)!;
    const result = await engine.db.source.transaction((manager) =>
      search.search(manager, ask(text, { gemeenteId, regionId }), engine.viewer),
    );
    expect(result.total).toBe(result.rows.length);
    return result.rows.map((row) => row.caseId).sort((x, y) => x - y);
  };

  it('follows a person to another gemeente, with the cases the saving account cannot see', async () => {
    const { db, gemeenten, regions, saver, person, casus } = engines.get(dialect)!;
    const verhuisd = await person('Verhuisd Voorbeeldpersoon');
    const blijft = await person('Verhuisd Anderpersoon');
    const seen = await casus(verhuisd, regions.a);
    const unseen = await casus(verhuisd, regions.b);
    const other = await casus(blijft, regions.a);
    expect(await found('verhuisd', gemeenten.a1)).toEqual([seen, unseen, other].sort((x, y) => x - y));
    expect(await found('verhuisd', gemeenten.a2)).toEqual([]);

    // As persons:update does it: the person saved, the cases the saver sees indexed again.
    await db.source.transaction(async (manager) => {
      const own = await visibleCasesOfPerson(manager, saver, verhuisd);
      expect(own.map((c) => c.id)).toEqual([seen]);
      const current = await manager.findOneOrFail(PersonEntity, { where: { id: verhuisd } });
      await updatePerson(
        manager,
        current,
        {
          naam: current.naam,
          roepnaam: '',
          aliases: [],
          geboortedatum: null,
          geboortejaar: 1990,
          geslacht: null,
          gemeenteId: gemeenten.a2,
          bsn: '',
          notities: '',
        },
        { reden: 'Verhuisd', accountId: saver.accountId, now: new Date(stamp) },
      );
      for (const c of own) await search.index(manager, c.id);
    });
    expect(await found('verhuisd', gemeenten.a2)).toEqual([seen, unseen]);
    expect(await found('verhuisd', gemeenten.a1)).toEqual([other]);
    // The words are kept to the texts: the gemeente's token is no word to find.
    expect(await found('verhuisd voorbeeldpersoon', gemeenten.a2)).toEqual([seen, unseen]);
  });

  it('follows a casus to another person, and to another region', async () => {
    const { db, gemeenten, regions, person, casus } = engines.get(dialect)!;
    const eerste = await person('Overgedragen Eerste');
    const tweede = await person('Overgedragen Tweede');
    await db.source.transaction((manager) => manager.update(PersonEntity, tweede, { gemeenteId: gemeenten.b }));
    const moved = await casus(eerste, regions.a);
    expect(await found('overgedragen', gemeenten.a1)).toEqual([moved]);
    // Given to the other person, without indexing it again (the database keeps the gemeente).
    await db.source.transaction((manager) => manager.update(CaseEntity, moved, { personId: tweede }));
    expect(await found('overgedragen', gemeenten.a1)).toEqual([]);
    expect(await found('overgedragen', gemeenten.b)).toEqual([moved]);
    // To another region: found there, within its person's gemeente, and no longer in the first.
    await db.source.transaction((manager) => manager.update(CaseEntity, moved, { regionId: regions.b }));
    expect(await found('overgedragen', gemeenten.b, regions.b)).toEqual([moved]);
    expect(await found('overgedragen', gemeenten.b, regions.a)).toEqual([]);
  });
});
