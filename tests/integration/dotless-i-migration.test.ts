// Migration 0030 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0030-dotless-i.test.ts):
// a database one version before it, with a person whose name holds a Turkish dotless ı, migrated as
// the application's role: the sort key and the name keys are those of the name with ı folded to i;
// another person is left alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { DotlessI1766995200030 } from '../../src-main/core/db/migrations/0030-dotless-i';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(DotlessI1766995200030) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0030-dotless-i on PostgreSQL', () => {
  it('recomputes the sort key and the name keys of names with ı', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const person = async (naam: string, sortKey: string, aliases: string[], keys: string[]) => {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, $2, '', $3, 2007, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam, sortKey, JSON.stringify(aliases)],
      )) as { id: number }[];
      for (const key of keys)
        await before.source.query(
          `INSERT INTO person_name_key (person_id, key, head, birth_year) VALUES ($1, $2, substr($2, 1, 3), 2007)`,
          [row!.id, key],
        );
      return row!.id;
    };
    // Fictitious. As stored before: "Aydın" keyed as "ayd" (at), "Işık" as "is", sorted as "ayd n".
    const aydin = await person('Mehmet Aydın', 'mehmet ayd n', ['Işık'], ['mgmt', 'at', 'is']);
    const bakker = await person('Sam Bakker', 'bakker sam', [], ['sm', 'bkr']);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      expect(await after.source.query('SELECT id, sort_key FROM person ORDER BY id')).toEqual([
        { id: aydin, sort_key: 'mehmet aydin' },
        { id: bakker, sort_key: 'bakker sam' },
      ]);
      expect(
        await after.source.query(
          'SELECT person_id, key, head, birth_year, solo FROM person_name_key ORDER BY person_id, key',
        ),
      ).toEqual([
        { person_id: aydin, key: 'atn', head: 'atn', birth_year: 2007, solo: 0 },
        { person_id: aydin, key: 'isk', head: 'isk', birth_year: 2007, solo: 0 },
        { person_id: aydin, key: 'mgmt', head: 'mgm', birth_year: 2007, solo: 0 },
        { person_id: bakker, key: 'bkr', head: 'bkr', birth_year: 2007, solo: 0 },
        { person_id: bakker, key: 'sm', head: 'sm', birth_year: 2007, solo: 0 },
      ]);
    } finally {
      await after.close();
    }
  });
});
