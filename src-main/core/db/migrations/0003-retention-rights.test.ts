// Migration 0003 on a database at version 2 with a closed and an open casus.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0003-retention-rights', () => {
  it('gives closed cases a retention end date and persons an unrestricted state', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig3-')), 'x.db');
    const key = randomBytes(32);
    const v2 = await openDatabase({ path, key, mode: 'create', upTo: 2 });
    const run = (sql: string) => v2.handle.prepare(sql).run();
    run(
      `INSERT INTO person (id, naam, sort_key, gemeente_id, created_at, updated_at) VALUES (1, 'A (fictief)', 'a', 1, 'x', 'x')`,
    );
    run(`INSERT INTO casus (number, person_id, region_id, state, opened_at, closed_at, created_at, updated_at)
         VALUES ('CTER-2020-0001', 1, 1, 'afgesloten', '2020-01-01', '2020-06-15T10:00:00.000Z', 'x', 'x')`);
    run(`INSERT INTO casus (number, person_id, region_id, state, opened_at, created_at, updated_at)
         VALUES ('CTER-2026-0001', 1, 1, 'monitoring', '2026-01-01', 'x', 'x')`);
    run(`UPDATE person SET geboortedatum = '2008-03-15' WHERE id = 1`);
    run(`INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
         VALUES (2, 1, 'politie', '2026-03-14', 'x', 'jihadistisch', 'laag', 'online', 'nieuw', 'x')`);
    await v2.close();

    const v3 = await openDatabase({ path, key, mode: 'open', upTo: 3 });
    expect(v3.schemaVersion).toBe(3);
    expect(v3.handle.prepare('SELECT number, retention_until FROM casus ORDER BY id').all()).toEqual([
      { number: 'CTER-2020-0001', retention_until: '2025-06-15' },
      { number: 'CTER-2026-0001', retention_until: null },
    ]);
    expect(v3.handle.prepare('SELECT restricted, restricted_reason FROM person').get()).toEqual({
      restricted: 0,
      restricted_reason: '',
    });
    expect(v3.handle.prepare('SELECT count(*) AS n FROM stat_record').get()).toEqual({ n: 0 });
    // The figures' facts are filled in for existing signals (17: the day before the 18th birthday).
    expect(v3.handle.prepare('SELECT leeftijd, gemeente_id, region_id FROM signal').get()).toEqual({
      leeftijd: 17,
      gemeente_id: 1,
      region_id: 1,
    });
    await v3.close();
  });
});
