// Migration 0025 at version 24 -> 25 on SQLite: the four partial indexes of Mijn werk exist, with
// the WHERE my-work.ts spells, and the rows are as they were. On PostgreSQL:
// tests/integration/my-work-pages.test.ts (the postgres project runs every migration).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { WORK_INDEXES, WorkIndexes1766476800025 } from './0025-work-indexes';
import { MIGRATIONS, SCHEMA_VERSION } from '.';

const VERSION = MIGRATIONS.indexOf(WorkIndexes1766476800025) + 1;

describe('migration 0025-work-indexes', () => {
  it('adds the four partial indexes of Mijn werk', async () => {
    expect(VERSION).toBe(25);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(25);
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig25-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
      const indexes = (db: typeof before) =>
        db.handle
          .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (?, ?, ?, ?) ORDER BY name`)
          .all(...WORK_INDEXES) as { name: string; sql: string }[];
      expect(indexes(before)).toEqual([]);
      await before.close();
      const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
      expect(after.schemaVersion).toBe(VERSION);
      const made = indexes(after);
      expect(made.map((i) => i.name)).toEqual([...WORK_INDEXES].sort());
      const where = Object.fromEntries(made.map((i) => [i.name, i.sql.slice(i.sql.indexOf('WHERE'))]));
      expect(where).toEqual({
        casus_action_open_deadline: `WHERE status IN ('open', 'lopend')`,
        casus_monitoring_due: 'WHERE uitgevoerd_at IS NULL',
        signal_awaiting_weging: `WHERE status IN ('nieuw', 'meer_informatie')`,
        casus_without_plan_candidates: `WHERE state IN ('casusoverleg', 'plan_van_aanpak')`,
      });
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
