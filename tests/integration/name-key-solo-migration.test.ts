// Migration 0028 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0028-name-key-solo.test.ts):
// a database one version before it, with persons and their name keys, migrated as the application's
// role: each key says whether it is the only key of its person's name, and the head's index
// holds the flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { NameKeySolo1766822400028 } from '../../src-main/core/db/migrations/0028-name-key-solo';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(NameKeySolo1766822400028) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0028-name-key-solo on PostgreSQL', () => {
  it('marks the keys that are the only key of a name', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const person = async (naam: string, roepnaam: string, aliases: string[], keys: string[]) => {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, $1, $2, $3, 2007, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam, roepnaam, JSON.stringify(aliases)],
      )) as { id: number }[];
      for (const key of keys)
        await before.source.query(
          `INSERT INTO person_name_key (person_id, key, head, birth_year) VALUES ($1, $2, substr($2, 1, 3), 2007)`,
          [row!.id, key],
        );
      return row!.id;
    };
    // Fictitious: known as Jan (not solo: a roepnaam); a surname only (solo), its alias of one word (not); a full name.
    const jan = await person('Johannes de Vries', 'Jan', ['Hansie de Vries'], ['jgns', 'frs', 'jn', 'gns']);
    const dijk = await person('van Dijk', '', ['Momo'], ['tk', 'mm']);
    const plain = await person('Sam Bakker', '', [], ['sm', 'bkr']);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      expect(
        await after.source.query('SELECT person_id, key, solo FROM person_name_key ORDER BY person_id, key'),
      ).toEqual([
        { person_id: jan, key: 'frs', solo: 0 },
        { person_id: jan, key: 'gns', solo: 0 },
        { person_id: jan, key: 'jgns', solo: 0 },
        { person_id: jan, key: 'jn', solo: 0 },
        { person_id: dijk, key: 'mm', solo: 0 },
        { person_id: dijk, key: 'tk', solo: 1 },
        { person_id: plain, key: 'bkr', solo: 0 },
        { person_id: plain, key: 'sm', solo: 0 },
      ]);
      const [index] = (await after.source.query(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'person_name_key_head'`,
      )) as { indexdef: string }[];
      expect(index!.indexdef).toContain('(head, birth_year, person_id, solo)');
    } finally {
      await after.close();
    }
  });
});
