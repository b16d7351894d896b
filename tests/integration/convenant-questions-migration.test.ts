// Migration 0027 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0027-convenant-
// questions.test.ts): a database one version before it, with a covenant version, migrated as the
// application's role: the version stays, `convenant_question` is there, empty, keyed by its id,
// bound to an existing version, gone with it, and not under row security.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { ConvenantQuestions1766736000027 } from '../../src-main/core/db/migrations/0027-convenant-questions';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(ConvenantQuestions1766736000027) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0027-convenant-questions on PostgreSQL', () => {
  it('adds an empty convenant_question table bound to the covenant versions', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    await before.source.query(
      `INSERT INTO convenant_version (id, titel, versie, ingangsdatum, status, content, imported_at)
       VALUES (3, 'C (fictief)', '1.0', '2026-01-01', 'vastgesteld', '{}', 'x')`,
    );
    expect(await before.source.query(`SELECT to_regclass('convenant_question') AS t`)).toEqual([{ t: null }]);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      const q = (text: string, params: unknown[] = []) => after.source.query(text, params) as Promise<unknown[]>;
      expect(await q('SELECT id FROM convenant_version')).toEqual([{ id: 3 }]);
      expect(await q('SELECT count(*)::int AS n FROM convenant_question')).toEqual([{ n: 0 }]);
      const insert = (id: string, versionId: number) =>
        q(
          `INSERT INTO convenant_question (id, day, words, version_id, article, search_rank)
           VALUES ($1, '2026-11-29', '["x"]', $2, '16', 7)`,
          [id, versionId],
        );
      await insert('q1', 3);
      await expect(insert('q1', 3)).rejects.toThrow(/duplicate key/);
      await expect(insert('q2', 99)).rejects.toThrow(/foreign key/);
      expect(await q(`SELECT relrowsecurity FROM pg_class WHERE relname = 'convenant_question'`)).toEqual([
        { relrowsecurity: false },
      ]);
      await q('DELETE FROM convenant_version WHERE id = 3');
      expect(await q('SELECT count(*)::int AS n FROM convenant_question')).toEqual([{ n: 0 }]);
    } finally {
      await after.close();
    }
  });
});
