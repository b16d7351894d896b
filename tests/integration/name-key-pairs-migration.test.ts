// Migration 0032 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0032-name-key-pairs.test.ts):
// a database one version before it, with persons and their name keys, migrated as the application's
// role: each person gets a row per ordered pair of the heads of two of its keys, the pairs' index
// exists, and a person's pairs go with the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { NameKeyPairs1767168000032 } from '../../src-main/core/db/migrations/0032-name-key-pairs';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(NameKeyPairs1767168000032) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0032-name-key-pairs on PostgreSQL', () => {
  it("writes the pairs of each person's key heads, both orders, once each", async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const person = async (naam: string, year: number | null, keys: string[]) => {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, $1, '', '[]', $2, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam, year],
      )) as { id: number }[];
      for (const key of keys)
        await before.source.query(
          `INSERT INTO person_name_key (person_id, key, head, birth_year) VALUES ($1, $2, substr($2, 1, 3), $3)`,
          [row!.id, key, year ?? 0],
        );
      return row!.id;
    };
    // Fictitious. Two heads; one head twice ("Bart Bartels"); one key only.
    const sam = await person('Sam Bakker', 2007, ['sm', 'bkr']);
    const bart = await person('Bart Bartels', null, ['brt', 'brtls']);
    const dijk = await person('van Dijk', 1999, ['tk']);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      const pairs = () =>
        after.source.query(
          'SELECT person_id, head_a, head_b, birth_year FROM person_name_pair ORDER BY person_id, head_a, head_b',
        );
      expect(await pairs()).toEqual([
        { person_id: sam, head_a: 'bkr', head_b: 'sm', birth_year: 2007 },
        { person_id: sam, head_a: 'sm', head_b: 'bkr', birth_year: 2007 },
        { person_id: bart, head_a: 'brt', head_b: 'brt', birth_year: 0 },
      ]);
      expect(await after.source.query('SELECT 1 FROM person_name_pair WHERE person_id = $1', [dijk])).toEqual([]);
      const [index] = (await after.source.query(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'person_name_pair_heads'`,
      )) as { indexdef: string }[];
      expect(index!.indexdef).toContain('(head_a, head_b, person_id, birth_year)');
      await after.source.query('DELETE FROM person WHERE id = $1', [sam]);
      expect(await pairs()).toEqual([{ person_id: bart, head_a: 'brt', head_b: 'brt', birth_year: 0 }]);
    } finally {
      await after.close();
    }
  });
});
