// Migration 0027 on a database one version before it, with a covenant version: the version stays,
// `convenant_question` is there, empty, keyed by its id, bound to an existing version and gone with
// it. On PostgreSQL: tests/integration/convenant-questions-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { ConvenantQuestions1766736000027 } from './0027-convenant-questions';

const VERSION = MIGRATIONS.indexOf(ConvenantQuestions1766736000027) + 1;

describe('migration 0027-convenant-questions', () => {
  it('adds an empty convenant_question table bound to the covenant versions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig28-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
      before.handle
        .prepare(
          `INSERT INTO convenant_version (id, titel, versie, ingangsdatum, status, content, imported_at)
           VALUES (3, 'C (fictief)', '1.0', '2026-01-01', 'vastgesteld', '{}', 'x')`,
        )
        .run();
      expect(before.handle.prepare(`SELECT name FROM sqlite_master WHERE name = 'convenant_question'`).all()).toEqual(
        [],
      );
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
      expect(after.schemaVersion).toBe(VERSION);
      expect(after.handle.prepare('SELECT id FROM convenant_version').all()).toEqual([{ id: 3 }]);
      expect(after.handle.prepare('SELECT count(*) AS n FROM convenant_question').get()).toEqual({ n: 0 });
      after.handle.pragma('foreign_keys = ON');
      const insert = after.handle.prepare(
        `INSERT INTO convenant_question (id, day, words, version_id, article, search_rank) VALUES (?, '2026-11-29', '["x"]', ?, '16', 7)`,
      );
      insert.run('q1', 3);
      expect(() => insert.run('q1', 3)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => insert.run('q2', 99)).toThrow(/FOREIGN KEY/);
      after.handle.prepare('DELETE FROM convenant_version WHERE id = 3').run();
      expect(after.handle.prepare('SELECT count(*) AS n FROM convenant_question').get()).toEqual({ n: 0 });
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
