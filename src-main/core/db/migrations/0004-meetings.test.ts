// Migration 0004 on a database at version 3 with a case action.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0004-meetings', () => {
  it('adds the meeting tables and types, and gives existing actions no meeting of origin', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig4-')), 'x.db');
    const key = randomBytes(32);
    const v3 = await openDatabase({ path, key, mode: 'create', upTo: 3 });
    const run = (sql: string) => v3.handle.prepare(sql).run();
    run(
      `INSERT INTO person (id, naam, sort_key, gemeente_id, created_at, updated_at) VALUES (1, 'A (fictief)', 'a', 1, 'x', 'x')`,
    );
    run(
      `INSERT INTO casus (id, number, person_id, region_id, state, opened_at, created_at, updated_at) VALUES (1, 'CTER-2026-0001', 1, 1, 'monitoring', 'x', 'x', 'x')`,
    );
    run(`INSERT INTO casus_action (casus_id, soort, omschrijving, actiehouder_partner, actiehouder_naam, deadline, status, created_at, updated_at)
         VALUES (1, 'actie', 'Gesprek', 'gemeente', 'J.', '2026-12-01', 'open', 'x', 'x')`);
    await v3.close();

    const v4 = await openDatabase({ path, key, mode: 'open', upTo: 4 });
    expect(v4.schemaVersion).toBe(4);
    expect(v4.handle.prepare('SELECT omschrijving, origin_item_id FROM casus_action').all()).toEqual([
      { omschrijving: 'Gesprek', origin_item_id: null },
    ]);
    expect(v4.handle.prepare("SELECT code FROM list_value WHERE list = 'overlegtype' ORDER BY sort").all()).toEqual([
      { code: 'i2o' },
      { code: 'ico' },
      { code: 'weegoverleg' },
    ]);
    expect(
      v4.handle
        .prepare(
          "SELECT count(*) AS n FROM sqlite_master WHERE name IN ('meeting', 'agenda_item', 'meeting_attendance', 'meeting_addendum')",
        )
        .get(),
    ).toEqual({ n: 4 });
    await v4.close();
  });
});
