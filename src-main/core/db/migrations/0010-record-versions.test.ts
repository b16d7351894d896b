// Migration 0010 on a database at version 9 with a questionnaire and a trajectory: the rows
// keep what they held, start at version 1 with nobody as last saver, and the version can be raised.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0010-record-versions', () => {
  it('gives the edited records version 1 and keeps their content', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig10-')), 'x.db');
    const key = randomBytes(32);
    const v9 = await openDatabase({ path, key, mode: 'create', upTo: 9 });
    v9.handle
      .prepare(
        `INSERT INTO eval_template (id, sleutel, versie, titel, content, created_at)
         VALUES (1, 'voorbeeld', 1, 'Voorbeeldvragenlijst', '{}', '2026-01-05T10:00:00.000Z')`,
      )
      .run();
    v9.handle
      .prepare(
        `INSERT INTO mentor_traject (id, code, region_id, bron, aanmelder_partner, aanmeld_datum, mentee_roepnaam, status, doelen, created_at, updated_at)
         VALUES (1, 'MT-2026-001', 1, 'aanmelding_partner', 'onderwijs', '2026-02-01', 'Sam (fictief)', 'aangemeld', '[]', 'x', 'x')`,
      )
      .run();
    await v9.close();

    const v10 = await openDatabase({ path, key, mode: 'open', upTo: 10 });
    expect(v10.schemaVersion).toBe(10);
    expect(v10.handle.prepare('SELECT titel, version, updated_by, updated_at FROM eval_template').all()).toEqual([
      { titel: 'Voorbeeldvragenlijst', version: 1, updated_by: null, updated_at: '2026-01-05T10:00:00.000Z' },
    ]);
    expect(v10.handle.prepare('SELECT mentee_roepnaam, version, updated_by FROM mentor_traject').all()).toEqual([
      { mentee_roepnaam: 'Sam (fictief)', version: 1, updated_by: null },
    ]);
    for (const table of [
      'casus',
      'casus_action',
      'casus_monitoring',
      'meeting',
      'agenda_item',
      'eval_round',
      'mentor',
    ]) {
      const columns = v10.handle.prepare(`PRAGMA table_info(${table})`).all() as {
        name: string;
        dflt_value: string | null;
        notnull: number;
      }[];
      expect(columns.find((c) => c.name === 'version')).toMatchObject({ dflt_value: '1', notnull: 1 });
      expect(columns.find((c) => c.name === 'updated_by')).toMatchObject({ notnull: 0 });
    }
    const raise = v10.handle.prepare('UPDATE mentor_traject SET version = version + 1 WHERE id = 1 AND version = ?');
    expect(raise.run(1).changes).toBe(1);
    expect(raise.run(1).changes).toBe(0);
    expect(v10.handle.prepare('SELECT version FROM mentor_traject').get()).toEqual({ version: 2 });
    await v10.close();
  });
});
