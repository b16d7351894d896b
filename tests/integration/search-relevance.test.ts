// The case search gives the same answers on both engines: one fictitious data set (accents,
// tussenvoegsels, hyphens, initials, aliases, case numbers, a shielded casus) is loaded into an
// SQLCipher file and into a PostgreSQL database through the search's own `index`, and every query
// in QUERIES runs on both. A query lists the cases it finds (as a set), and where the ranking
// promises an order (a hit in the name before one in an alias before one in the other texts) the
// order too. Where the engines cannot agree, the query says so with `postgres` and `why`, and the
// difference itself is asserted.
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { AccessScope } from '../../src-main/core/access/access';
import type { Database } from '../../src-main/core/db/database';
import { AccountEntity } from '../../src-main/core/db/entities/account';
import { CaseAccessEntity, CaseEntity } from '../../src-main/core/db/entities/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { dialectOf, query, render, sql, type Dialect } from '../../src-main/core/db/sql';
import {
  caseSearchByDialect,
  postgresCaseSearch,
  sqliteCaseSearch,
  type SearchQuery,
} from '../../src-main/core/search/case-search';
import { postgresTextMatch, searchWords } from '../../src-main/core/search/postgres-text';
import type { CaseState } from '../../src-shared/domain/casus';
import { searchQuery, seedBothEngines } from './search-engines';

// The composition root's choice, so the test goes where core goes.
const search = caseSearchByDialect({ sqlite: sqliteCaseSearch, postgres: postgresCaseSearch });
const stamp = '2026-11-29T09:00:00.000Z';

interface Fixture {
  naam: string;
  roepnaam?: string;
  aliases?: string[];
  geboortejaar: number;
  gemeente: string;
  state?: CaseState;
  /** Shielded, naming only the account `named`. */
  shielded?: boolean;
}

/** The data set, by label; case numbers CTER-2026-0001… in this order. Fictitious people. */
const PEOPLE: Record<string, Fixture> = {
  celik: { naam: 'Ömer Çelik', roepnaam: 'Ömer', aliases: ['Abu Omar'], geboortejaar: 1998, gemeente: 'Beekwolde' },
  berg: { naam: 'Pieter van der Berg', roepnaam: 'Piet', geboortejaar: 1985, gemeente: 'Berkenstein' },
  groot: {
    naam: 'Anna de Groot',
    roepnaam: 'Anneke',
    aliases: ['A. Groothuis'],
    geboortejaar: 2001,
    gemeente: 'Wierdum-Oost',
    state: 'plan_van_aanpak',
  },
  vries: { naam: 'Fatima Jansen-de Vries', aliases: ['F. Jansen'], geboortejaar: 1990, gemeente: 'Molendaal' },
  janssen: { naam: 'Kees Janssen', geboortejaar: 1979, gemeente: 'Beekwolde' },
  bakker: { naam: 'Jan Bakker', geboortejaar: 1996, gemeente: 'Berkenstein' },
  rutten: {
    naam: 'J.P. Rutten',
    roepnaam: 'Jan-Peter',
    aliases: ['Bakker'],
    geboortejaar: 1993,
    gemeente: 'Molendaal',
  },
  maan: { naam: "Ben van 't Maan", geboortejaar: 1988, gemeente: 'Wierdum-Oost', state: 'in_weging' },
  nowak: { naam: 'Łukasz Nowak', geboortejaar: 1994, gemeente: 'Beekwolde' },
  amrani: { naam: 'Noor el Amrani', geboortejaar: 2003, gemeente: 'Berkenstein', shielded: true },
};

interface Case {
  text: string;
  /** The labels found, as a set; in this order where `ordered`. */
  hits: string[];
  ordered?: boolean;
  /** What PostgreSQL finds instead, and why the engines differ. */
  postgres?: string[];
  why?: string;
}

const QUERIES: Case[] = [
  // Accents and letters with diacritics: typed with or without them.
  { text: 'celik', hits: ['celik'] },
  { text: 'Çelik', hits: ['celik'] },
  { text: 'ömer çel', hits: ['celik'] },
  { text: 'omar', hits: ['celik'] },
  // Every word must be the start of a word, in any order, in any of the texts.
  { text: 'ce om', hits: ['celik'] },
  { text: 'elik', hits: [] },
  { text: 'xyz', hits: [] },
  // Tussenvoegsels are words like any other (PostgreSQL's Dutch stop words included).
  { text: 'van der berg', hits: ['berg'] },
  { text: 'berg van', hits: ['berg'] },
  // "van" is also in the state "Plan van aanpak" of Anna de Groot; "de" starts "der" too.
  { text: 'van', hits: ['berg', 'groot', 'maan'] },
  { text: 'de', hits: ['berg', 'groot', 'vries'] },
  { text: "van 't maan", hits: ['maan'] },
  { text: 'ben', hits: ['maan'] },
  // Prefixes of words the Dutch stemmer shortens (groot -> grot, maan -> man, rutten -> rut).
  { text: 'groo', hits: ['groot'] },
  { text: 'groot', hits: ['groot'] },
  { text: 'maa', hits: ['maan'] },
  { text: 'rutt', hits: ['rutten'] },
  // A whole word finds that word, not another with the same stem (jansen, janssen -> jans).
  { text: 'jansen', hits: ['vries'] },
  { text: 'janss', hits: ['janssen'] },
  { text: 'jans', hits: ['vries', 'janssen'] },
  // Hyphens and initials.
  { text: 'jansen-de vries', hits: ['vries'] },
  { text: 'vries fatima', hits: ['vries'] },
  { text: 'J.P. Rutten', hits: ['rutten'] },
  { text: 'j p', hits: ['rutten'] },
  { text: 'jan-peter', hits: ['rutten'] },
  { text: 'jan', hits: ['vries', 'janssen', 'bakker', 'rutten'] },
  // Name before alias: "Bakker" is Jan Bakker's name and J.P. Rutten's alias.
  { text: 'bakker', hits: ['bakker', 'rutten'], ordered: true },
  { text: 'bakker jan', hits: ['bakker', 'rutten'], ordered: true },
  // Alias before the other texts: "Groot" in a name and an alias; "groothuis" only in the alias.
  { text: 'groothuis', hits: ['groot'] },
  // Year of birth, gemeente (hyphenated), state and case number as words.
  { text: '1998', hits: ['celik'] },
  { text: '199', hits: ['vries', 'bakker', 'rutten', 'nowak', 'celik'] },
  { text: 'wierdum', hits: ['groot', 'maan'] },
  { text: 'oost anna', hits: ['groot'] },
  { text: 'in weging', hits: ['maan'] },
  { text: '0003', hits: ['groot'] },
  // A case number (or its start) is looked up by number.
  { text: 'CTER-2026-0003', hits: ['groot'] },
  { text: 'cter 2026-000', hits: ['celik', 'berg', 'groot', 'vries', 'janssen', 'bakker', 'rutten', 'maan', 'nowak'] },
  // Neither engine forgives typing errors: FTS5 has no fuzzy matching, and PostgreSQL keeps its answers.
  { text: 'bakkre', hits: [] },
  { text: 'celk', hits: [] },
  // Letters that have no decomposition into letter + accent (ł, ø, ß).
  {
    text: 'lukasz',
    hits: [],
    postgres: ['nowak'],
    why: 'unaccent folds ł to l; FTS5 (unicode61 remove_diacritics) keeps ł as a letter of its own',
  },
  {
    text: 'Łukasz',
    hits: [],
    postgres: ['nowak'],
    why: 'FTS5 queries drop the ł and look for "ukasz", which starts no word; PostgreSQL folds both sides',
  },
  { text: 'nowak', hits: ['nowak'] },
];

interface Engine {
  db: Database;
  ids: Map<string, number>;
  labels: Map<number, string>;
  scope: AccessScope;
  /** An account in every region that the shielded casus does not name. */
  outsider: AccessScope;
  named: AccessScope;
}

async function seed(db: Database): Promise<Engine> {
  return db.source.transaction(async (manager) => {
    const regions = await query<{ id: number }>(manager, sql`SELECT id FROM zvh_region ORDER BY id`);
    const regionIds = regions.map((row) => Number(row.id));
    const gemeenten = await query<{ id: number; name: string; regionId: number }>(
      manager,
      sql`SELECT id, name, region_id AS "regionId" FROM gemeente`,
    );
    const account = async (username: string) =>
      (
        await manager.save(AccountEntity, {
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
        })
      ).id;
    const named = await account('benoemd');
    const outsider = await account('buitenstaander');
    const ids = new Map<string, number>();
    let n = 0;
    for (const [label, person] of Object.entries(PEOPLE)) {
      const gemeente = gemeenten.find((row) => row.name === person.gemeente);
      if (!gemeente) throw new Error(`no gemeente ${person.gemeente}`);
      const saved = await manager.save(PersonEntity, {
        naam: person.naam,
        sortKey: searchWords(person.naam).join(' '),
        roepnaam: person.roepnaam ?? '',
        aliases: person.aliases ?? [],
        geboortedatum: null,
        geboortejaar: person.geboortejaar,
        geslacht: null,
        gemeenteId: Number(gemeente.id),
        bsn: '',
        notities: '',
        restricted: false,
        restrictedReason: '',
        restrictedAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      n += 1;
      const casus = await manager.save(CaseEntity, {
        number: `CTER-2026-${String(n).padStart(4, '0')}`,
        personId: saved.id,
        regionId: Number(gemeente.regionId),
        state: person.state ?? 'aangemeld',
        outcome: null,
        procesregisseurId: null,
        partners: [],
        afgeschermd: person.shielded ?? false,
        openedAt: stamp,
        closedAt: null,
        retentionUntil: null,
        lastSignalAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (person.shielded) await manager.insert(CaseAccessEntity, { caseId: casus.id, accountId: named });
      await search.index(manager, casus.id);
      ids.set(label, casus.id);
    }
    return {
      db,
      ids,
      labels: new Map([...ids].map(([label, id]) => [id, label])),
      // The one who searches in the table below: all regions, not named on the shielded casus.
      scope: { accountId: outsider, regionIds },
      outsider: { accountId: outsider, regionIds },
      named: { accountId: named, regionIds },
    };
  });
}

const engines = seedBothEngines('cter-search-', seed);

const ask = (text: string, more: Partial<SearchQuery> = {}) => searchQuery(text, { limit: 50, ...more });

async function find(dialect: Dialect, text: string, scope?: AccessScope) {
  const engine = engines.get(dialect)!;
  const result = await engine.db.source.transaction((manager) =>
    search.search(manager, ask(text), scope ?? engine.scope),
  );
  return { labels: result.rows.map((row) => engine.labels.get(row.caseId)!), total: result.total };
}

describe.each(['sqlite', 'postgres'] as const)('the shared relevance table on %s', (dialect) => {
  it.each(QUERIES)('"$text"', async (entry) => {
    const expected = dialect === 'postgres' && entry.postgres ? entry.postgres : entry.hits;
    const { labels, total } = await find(dialect, entry.text);
    if (entry.ordered) expect(labels).toEqual(expected);
    else expect([...labels].sort()).toEqual([...expected].sort());
    expect(total).toBe(expected.length);
  });
});

describe('the same answers on both engines', () => {
  it('differs only where the table says why', async () => {
    for (const entry of QUERIES) {
      const [onSqlite, onPostgres] = await Promise.all([find('sqlite', entry.text), find('postgres', entry.text)]);
      // Hits of equal weight may come in another order: bm25 also weighs rarer words and shorter texts.
      const [a, b] = entry.ordered
        ? [onSqlite.labels, onPostgres.labels]
        : [[...onSqlite.labels].sort(), [...onPostgres.labels].sort()];
      if (entry.postgres) {
        expect(entry.why, entry.text).toBeTruthy();
        expect(b, entry.text).not.toEqual(a);
      } else {
        expect(b, entry.text).toEqual(a);
      }
    }
  });

  it('ranks by the name before the alias and keeps other sorts the same', async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const engine = engines.get(dialect)!;
      const byNumber = await engine.db.source.transaction((manager) =>
        search.search(manager, ask('jan', { sort: 'nummer', descending: true }), engine.scope),
      );
      expect(
        byNumber.rows.map((row) => engine.labels.get(row.caseId)),
        dialect,
      ).toEqual(['rutten', 'bakker', 'janssen', 'vries']);
      const byYear = await engine.db.source.transaction((manager) =>
        search.search(manager, ask('199', { sort: 'geboortejaar' }), engine.scope),
      );
      expect(
        byYear.rows.map((row) => row.geboortejaar),
        dialect,
      ).toEqual([1990, 1993, 1994, 1996, 1998]);
      // By name: the sort key in byte order ("j p" before "jan"), which on PostgreSQL needs a
      // database with the C collation (the test cluster's C.UTF-8; see team-store.md).
      const byName = await engine.db.source.transaction((manager) =>
        search.search(manager, ask('jan', { sort: 'naam' }), engine.scope),
      );
      expect(
        byName.rows.map((row) => engine.labels.get(row.caseId)),
        dialect,
      ).toEqual(['vries', 'rutten', 'bakker', 'janssen']);
    }
  });
});

describe.each(['sqlite', 'postgres'] as const)('the count beside the page on %s', (dialect) => {
  it('counts every hit, on a later page and past the last one too', async () => {
    const engine = engines.get(dialect)!;
    const total = async (text: string, more: Partial<SearchQuery>) =>
      (await engine.db.source.transaction((manager) => search.search(manager, ask(text, more), engine.scope))).total;
    // Ranked text (PostgreSQL counts in the page's query), another sort, no text, a case number.
    for (const [text, more] of [
      ['jan', {}],
      ['jan', { sort: 'naam' }],
      ['', { sort: 'naam' }],
      ['CTER-2026', {}],
    ] as const) {
      const all = await total(text, more);
      expect(all, text).toBeGreaterThan(2);
      expect(await total(text, { ...more, offset: 1, limit: 1 }), text).toBe(all);
      // A page past the last hit has no row to carry a count.
      expect(await total(text, { ...more, offset: all + 5 }), text).toBe(all);
    }
  });
});

describe.each(['sqlite', 'postgres'] as const)('need-to-know in the search on %s', (dialect) => {
  it('does not find a shielded casus for an account it does not name', async () => {
    const engine = engines.get(dialect)!;
    expect(await find(dialect, 'amrani', engine.outsider)).toEqual({ labels: [], total: 0 });
    expect(await find(dialect, 'noor el', engine.outsider)).toEqual({ labels: [], total: 0 });
    expect(await find(dialect, 'amrani', engine.named)).toEqual({ labels: ['amrani'], total: 1 });
    // Nor outside the account's regions.
    const elsewhere = { ...engine.named, regionIds: [999] };
    expect(await find(dialect, 'amrani', elsewhere)).toEqual({ labels: [], total: 0 });
  });
});

describe.each(['sqlite', 'postgres'] as const)('keeping the index current on %s', (dialect) => {
  it('follows a renamed person and forgets a removed casus', async () => {
    const engine = engines.get(dialect)!;
    const id = engine.ids.get('janssen')!;
    await engine.db.source.transaction(async (manager: EntityManager) => {
      const casus = await manager.findOneByOrFail(CaseEntity, { id });
      await manager.update(PersonEntity, { id: casus.personId }, { naam: 'Kees Janszoon' });
      await search.index(manager, id);
    });
    expect((await find(dialect, 'janss')).labels).toEqual([]);
    expect((await find(dialect, 'janszoon')).labels).toEqual(['janssen']);
    await engine.db.source.transaction((manager) => search.remove(manager, id));
    expect((await find(dialect, 'janszoon')).labels).toEqual([]);
    // Put back for the other tests (the files run in any order within the engine's describe).
    await engine.db.source.transaction(async (manager) => {
      const casus = await manager.findOneByOrFail(CaseEntity, { id });
      await manager.update(PersonEntity, { id: casus.personId }, { naam: 'Kees Janssen' });
      await search.index(manager, id);
    });
    expect((await find(dialect, 'janss')).labels).toEqual(['janssen']);
  });
});

describe('the PostgreSQL side of the search', () => {
  it('drops the index row with its casus', async () => {
    const engine = engines.get('postgres')!;
    await engine.db.source
      .transaction(async (manager) => {
        expect(dialectOf(manager)).toBe('postgres');
        const id = engine.ids.get('nowak')!;
        await manager.delete(CaseEntity, { id });
        const left = await query<{ n: string }>(
          manager,
          sql`SELECT count(*) AS "n" FROM casus_search WHERE casus_id = ${id}`,
        );
        expect(Number(left[0]!.n)).toBe(0);
        // Rolled back: the other tests still see the casus.
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    expect((await find('postgres', 'nowak')).labels).toEqual(['nowak']);
  });

  it('lets the word tsvector narrow a search, stop words included', async () => {
    const engine = engines.get('postgres')!;
    const explain = (typed: string) =>
      engine.db.source.transaction(async (manager) => {
        // The data set is too small for the planner to choose an index by itself.
        await manager.query('SET LOCAL enable_seqscan = off');
        const match = postgresTextMatch(typed)!;
        const { text, params } = render(sql`SELECT cs.casus_id FROM casus_search cs WHERE ${match.where}`, 'postgres');
        const plan = (await manager.query(`EXPLAIN ${text}`, params)) as { 'QUERY PLAN': string }[];
        return plan.map((line) => line['QUERY PLAN']).join('\n');
      });
    const text = await explain('van bakker');
    expect(text).toContain('Bitmap Index Scan on casus_search_words');
    expect(text).toContain("Index Cond: (words @@ '''van'':* & ''bakker'':*'::tsquery)");
    // A letter that only the server folds (ı): the word as the server folds it, known when planning.
    expect(await explain('Yılmaz bak')).toContain("Index Cond: (words @@ '''bak'':* & ''yilmaz'':*'::tsquery)");
  });

  it('holds every stored word whole in the word tsvector (so a typed word finds it as a prefix)', async () => {
    const engine = engines.get('postgres')!;
    const rows = await query<{ texts: string; lexemes: string[] }>(
      engine.db.source.manager,
      sql`SELECT naam || ' ' || aliases || ' ' || overig AS "texts", tsvector_to_array(words) AS "lexemes" FROM casus_search`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      const lexemes = new Set(row.lexemes);
      for (const word of row.texts.split(' ').filter(Boolean)) expect(lexemes.has(word), word).toBe(true);
    }
  });
});

class RolledBack extends Error {}
