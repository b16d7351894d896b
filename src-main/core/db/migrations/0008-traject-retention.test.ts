// Migration 0008 on a database at version 7 with a trajectory: it keeps all it held and is not
// marked as anonymised; the new column takes the month of a later anonymisation.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0008-traject-retention', () => {
  it('adds the anonymisation month to the trajectories and keeps them as they were', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig8-')), 'x.db');
    const key = randomBytes(32);
    const v7 = await openDatabase({ path, key, mode: 'create', upTo: 7 });
    v7.handle
      .prepare(
        `INSERT INTO mentor_traject (id, code, region_id, bron, aanmelder_partner, aanmeld_datum, mentee_roepnaam, status, eind_datum, doelen, created_at, updated_at)
         VALUES (1, 'MT-2026-001', 1, 'aanmelding_partner', 'onderwijs', '2026-02-01', 'Sam (fictief)', 'afgerond', '2026-05-01', '[]', 'x', 'x')`,
      )
      .run();
    await v7.close();

    const v8 = await openDatabase({ path, key, mode: 'open', upTo: 8 });
    expect(v8.schemaVersion).toBe(8);
    expect(
      v8.handle.prepare('SELECT code, mentee_roepnaam, eind_datum, vernietigd_op FROM mentor_traject').all(),
    ).toEqual([
      { code: 'MT-2026-001', mentee_roepnaam: 'Sam (fictief)', eind_datum: '2026-05-01', vernietigd_op: null },
    ]);
    v8.handle.prepare("UPDATE mentor_traject SET vernietigd_op = '2031-06' WHERE id = 1").run();
    expect(v8.handle.prepare('SELECT vernietigd_op FROM mentor_traject').get()).toEqual({ vernietigd_op: '2031-06' });
    await v8.close();
  });
});
