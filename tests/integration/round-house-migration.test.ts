// Migration 0033 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0033-round-house.test.ts):
// a database one version before it, with a round, migrated as the application's role: the round is
// for every house (region_id NULL), a house must exist, and the column has its index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { RoundHouse1767254400033 } from '../../src-main/core/db/migrations/0033-round-house';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(RoundHouse1767254400033) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0033-round-house on PostgreSQL', () => {
  it('leaves every existing round for every house and lets a new one name a house that exists', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const [template] = (await before.source.query(
      `INSERT INTO eval_template (sleutel, versie, titel, content, created_at)
       VALUES ('t', 1, 'T (fictief)', '{}', '2026-01-01') RETURNING id`,
    )) as { id: number }[];
    const [round] = (await before.source.query(
      `INSERT INTO eval_round (template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
       VALUES ($1, 'Oude ronde (fictief)', '2026-01-01', '2026-01-31', 'anoniem-dag', '2026-01-01', '2026-01-01')
       RETURNING id`,
      [template!.id],
    )) as { id: number }[];
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      expect(await after.source.query('SELECT id, region_id FROM eval_round')).toEqual([
        { id: round!.id, region_id: null },
      ]);
      await after.source.query('UPDATE eval_round SET region_id = 3 WHERE id = $1', [round!.id]);
      expect(await after.source.query('SELECT region_id FROM eval_round')).toEqual([{ region_id: 3 }]);
      await expect(
        after.source.query('UPDATE eval_round SET region_id = 99 WHERE id = $1', [round!.id]),
      ).rejects.toThrow(/foreign key/);
      const [index] = (await after.source.query(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'eval_round_region'`,
      )) as { indexdef: string }[];
      expect(index!.indexdef).toContain('(region_id)');
    } finally {
      await after.close();
    }
  });
});
