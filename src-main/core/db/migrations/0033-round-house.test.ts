// Migration 0033 at version 32 -> 33 on SQLite: eval_round gets region_id, NULL (every house) for
// every round that was there, a foreign key to zvh_region, and its index. PostgreSQL:
// tests/integration/round-house-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { RoundHouse1767254400033 } from './0033-round-house';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(RoundHouse1767254400033);

describe('migration 0033-round-house', () => {
  it('leaves every existing round for every house and lets a new one name a house that exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig0033-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const template = Number(
        before.handle
          .prepare(
            `INSERT INTO eval_template (sleutel, versie, titel, content, created_at) VALUES ('t', 1, 'T (fictief)', '{}', '2026-01-01')`,
          )
          .run().lastInsertRowid,
      );
      const round = before.handle.prepare(
        `INSERT INTO eval_round (template_id, titel, period_from, period_to, anonymity, created_at, updated_at)
         VALUES (?, ?, '2026-01-01', '2026-01-31', 'anoniem-dag', '2026-01-01', '2026-01-01')`,
      );
      const old = Number(round.run(template, 'Oude ronde (fictief)').lastInsertRowid);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(after.handle.prepare('SELECT id, region_id FROM eval_round').all()).toEqual([
        { id: old, region_id: null },
      ]);
      const house = after.handle.prepare('UPDATE eval_round SET region_id = ? WHERE id = ?');
      house.run(3, old);
      expect(after.handle.prepare('SELECT region_id FROM eval_round').get()).toEqual({ region_id: 3 });
      expect(() => house.run(99, old)).toThrow(/FOREIGN KEY/);
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('eval_round_region')`).all();
      expect(columns).toEqual([{ name: 'region_id' }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
