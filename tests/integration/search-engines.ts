// What the case-search test files (search-relevance, search-wide, search-gemeente) share: the same
// fictitious rows on both engines, and a search query with the defaults filled in.
//
// The application's role creates the PostgreSQL schema; the rows are written and searched as the
// superuser: these files compare the two engines' search on the same rows and scopes (need-to-know
// through visibleSql on both), and their many transactions set no account, so row security (tested
// in postgres-rls.test.ts and the postgres project, which search as a session) would hide them all.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import type { Dialect } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import type { SearchQuery } from '../../src-main/core/search/case-search';
import { createTestDatabase, dropTestDatabase, superuserStore } from '../support/postgres-database';
import { tempDir } from './helpers';

/**
 * Seeds a new SQLCipher file and a new PostgreSQL database with `seed` before the file's tests and
 * closes (and drops) them after: the map is filled once `beforeAll` has run.
 */
export function seedBothEngines<Engine extends { db: Database }>(
  prefix: string,
  seed: (db: Database) => Promise<Engine>,
): Map<Dialect, Engine> {
  const engines = new Map<Dialect, Engine>();
  let store: PostgresStore | null = null;
  beforeAll(async () => {
    const file = await openDatabase({ path: join(tempDir(prefix), 'cter.db'), key: randomBytes(32), mode: 'create' });
    engines.set('sqlite', await seed(file));
    store = await createTestDatabase();
    await (await openDatabase(store)).close();
    engines.set('postgres', await seed(await openDatabase(superuserStore(store))));
  }, 120_000);
  afterAll(async () => {
    for (const engine of engines.values()) await engine.db.close();
    if (store) await dropTestDatabase(store);
  });
  return engines;
}

/** A search for `text`: no filters, by relevance, the first 100; `more` overrides. */
export function searchQuery(text: string, more: Partial<SearchQuery> = {}): SearchQuery {
  return {
    text,
    states: [],
    gemeenteId: null,
    regionId: null,
    ideologie: null,
    sort: 'relevantie',
    descending: false,
    offset: 0,
    limit: 100,
    ...more,
  };
}
