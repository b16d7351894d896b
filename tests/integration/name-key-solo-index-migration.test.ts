// Migration 0034 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0034-name-key-solo-index.test.ts):
// a database one version before it, migrated as the application's role: the partial index of the
// key rows that are the only key of their person's name exists, and the read of solo names
// answers as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { NameKeySoloIndex1767340800034 } from '../../src-main/core/db/migrations/0034-name-key-solo-index';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(NameKeySoloIndex1767340800034) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0034-name-key-solo-index on PostgreSQL', () => {
  it('indexes the solo key rows by head, year and person', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const person = async (naam: string, keys: [string, number][]) => {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, $1, '', '[]', 2007, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam],
      )) as { id: number }[];
      for (const [key, solo] of keys)
        await before.source.query(
          `INSERT INTO person_name_key (person_id, key, head, birth_year, solo) VALUES ($1, $2, substr($2, 1, 3), 2007, $3)`,
          [row!.id, key, solo],
        );
      return row!.id;
    };
    // Fictitious: "van Dijk" is one key (solo), "Sam Bakker" two.
    const dijk = await person('van Dijk', [['tk', 1]]);
    await person('Sam Bakker', [
      ['sm', 0],
      ['bkr', 0],
    ]);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      const [index] = (await after.source.query(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'person_name_key_solo'`,
      )) as { indexdef: string }[];
      expect(index!.indexdef).toContain('(head, birth_year, person_id) WHERE (solo = 1)');
      expect(
        await after.source.query('SELECT k.person_id FROM person_name_key k WHERE k.head IN ($1, $2) AND k.solo = 1', [
          'tk',
          'sm',
        ]),
      ).toEqual([{ person_id: dijk }]);
    } finally {
      await after.close();
    }
  });
});
