// A text that matches more than COUNT_LIMIT (1,000) visible cases (issue 20, search at 300,000):
// the list says "more than 1,000" and orders the 1,000 newest of them (by casus id), on both
// engines alike, so a wide search reads at most 1,001 matches instead of ranking all of them. A
// casus the caller may not see takes no place among the 1,000. Fictitious rows.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src-main/core/db/database';
import { AccountEntity } from '../../src-main/core/db/entities/account';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { PersonEntity } from '../../src-main/core/db/entities/person';
import { query, sql, type Dialect } from '../../src-main/core/db/sql';
import {
  caseSearchByDialect,
  COUNT_LIMIT,
  postgresCaseSearch,
  sqliteCaseSearch,
  type SearchQuery,
} from '../../src-main/core/search/case-search';
import { searchQuery, seedBothEngines } from './search-engines';

const search = caseSearchByDialect({ sqlite: sqliteCaseSearch, postgres: postgresCaseSearch });
const stamp = '2026-12-05T09:00:00.000Z';
/** Cases 1..CASES match "wide"; the oldest and the newest carry the name alone (the best rank). */
const CASES = COUNT_LIMIT + 5;
const SHIELDED = CASES - 1;

interface Engine {
  db: Database;
  /** Casus id by its place 1..CASES (ids may not start at 1 on PostgreSQL). */
  ids: number[];
  scope: { accountId: number; regionIds: number[] };
}

async function seed(db: Database): Promise<Engine> {
  return db.source.transaction(async (manager) => {
    const [gemeente] = await query<{ id: number; regionId: number }>(
      manager,
      sql`SELECT id, region_id AS "regionId" FROM gemeente ORDER BY id LIMIT 1`,
    );
    const regionIds = [Number(gemeente!.regionId)];
    const account = await manager.save(AccountEntity, {
      username: 'zoeker',
      displayName: 'Zoeker',
      roles: ['procesregisseur'],
      regionIds,
      active: true,
      mustChangePassword: false,
      keySlotId: null,
      createdAt: stamp,
      updatedAt: stamp,
      lastLoginAt: null,
    });
    const ids: number[] = [];
    for (let n = 1; n <= CASES; n++) {
      const naam = n === 1 || n === CASES ? 'Wide' : `Wide Voorbeeld ${String(n).padStart(4, '0')} Fictief`;
      const person = await manager.save(PersonEntity, {
        naam,
        sortKey: naam.toLowerCase(),
        roepnaam: '',
        aliases: [],
        geboortedatum: null,
        geboortejaar: 1990,
        geslacht: null,
        gemeenteId: Number(gemeente!.id),
        bsn: '',
        notities: '',
        restricted: false,
        restrictedReason: '',
        restrictedAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      const casus = await manager.save(CaseEntity, {
        number: `CTER-2026-${String(n).padStart(4, '0')}`,
        personId: person.id,
        regionId: regionIds[0]!,
        state: 'aangemeld',
        outcome: null,
        procesregisseurId: null,
        partners: [],
        afgeschermd: n === SHIELDED,
        openedAt: stamp,
        closedAt: null,
        retentionUntil: null,
        lastSignalAt: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      await search.index(manager, casus.id);
      ids.push(casus.id);
    }
    return { db, ids, scope: { accountId: account.id, regionIds } };
  });
}

const engines = seedBothEngines('cter-search-wide-', seed);

const ask = searchQuery;

/** Every page of a search, as places 1..CASES, with the first page's count. */
async function allPages(dialect: Dialect, more: Partial<SearchQuery> = {}) {
  const engine = engines.get(dialect)!;
  const place = new Map(engine.ids.map((id, i) => [id, i + 1]));
  const found: number[] = [];
  let first: { total: number; capped: boolean } | null = null;
  for (let offset = 0; ; offset += 100) {
    const result = await engine.db.source.transaction((manager) =>
      search.search(manager, ask('wide', { ...more, offset }), engine.scope),
    );
    first ??= { total: result.total, capped: result.capped };
    found.push(...result.rows.map((row) => place.get(row.caseId)!));
    if (result.rows.length < 100) return { found, ...first };
  }
}

describe.each(['sqlite', 'postgres'] as const)('a search wider than %s can rank', (dialect) => {
  it('says "more than 1,000" and orders the 1,000 newest visible matches', async () => {
    const { found, total, capped } = await allPages(dialect);
    expect({ total, capped }).toEqual({ total: COUNT_LIMIT, capped: true });
    // The newest 1,000 the caller may see: the shielded casus takes no place, so the oldest of
    // them is one further back.
    const newest = Array.from({ length: CASES }, (_, i) => CASES - i).filter((n) => n !== SHIELDED);
    expect([...found].sort((a, b) => a - b)).toEqual(newest.slice(0, COUNT_LIMIT).sort((a, b) => a - b));
    // Ranked among them: the newest "Wide" (name alone) first; the oldest, ranked as well, is not
    // among them.
    expect(found[0]).toBe(CASES);
    expect(found).not.toContain(1);
  });

  it('sorts them by name the same way when asked', async () => {
    const { found } = await allPages(dialect, { sort: 'naam' });
    expect(found).toHaveLength(COUNT_LIMIT);
    expect(found[0]).toBe(CASES);
    expect(found.slice(1)).toEqual([...found.slice(1)].sort((a, b) => a - b));
  });
});
