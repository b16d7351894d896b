// Migration 0023 on a database one version before it, with a meeting and its lease: both stay,
// `meeting_check_in` is there, empty, one row per check-in key, bound to an existing lease and
// meeting and gone with the meeting. On PostgreSQL: tests/integration/meetings-checkin.test.ts
// (the postgres project) and tests/integration/postgres-schema.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { MeetingCheckIns1766304000023 } from './0023-meeting-check-ins';

const VERSION = MIGRATIONS.indexOf(MeetingCheckIns1766304000023) + 1;

describe('migration 0023-meeting-check-ins', () => {
  it('adds an empty meeting_check_in table keyed by the check-in key', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig23-')), 'x.db');
    const key = randomBytes(32);
    const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
    before.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'nora', 'Nora (fictief)', '["notulist"]', '[1]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    before.handle
      .prepare(
        `INSERT INTO meeting (id, type, title, datum, starttijd, region_id, created_at, updated_at)
         VALUES (7, 'i2o', 'Casusoverleg (fictief)', '2026-12-07', '09:30', 1, 'x', 'x')`,
      )
      .run();
    before.handle
      .prepare(
        `INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
         VALUES ('l1', 7, 1, 'Laptop 1', '2026-12-04T09:00:00.000Z', '2026-12-05T22:59:59.999Z')`,
      )
      .run();
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT id FROM meeting_lease').all()).toEqual([{ id: 'l1' }]);
    expect(after.handle.prepare('SELECT count(*) AS n FROM meeting_check_in').get()).toEqual({ n: 0 });
    after.handle.pragma('foreign_keys = ON');
    const insert = after.handle.prepare(
      `INSERT INTO meeting_check_in (check_in_key, lease_id, meeting_id, account_id, workstation, offline_from,
                                     offline_until, received_at, changes, outcome)
       VALUES (?, ?, 7, 1, 'Laptop 1', '2026-12-04T09:30:00.000Z', '2026-12-04T11:00:00.000Z', 'x', '{}', 'applied')`,
    );
    insert.run('k1', 'l1');
    expect(() => insert.run('k1', 'l1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('k2', 'nope')).toThrow(/FOREIGN KEY/);
    after.handle.prepare('DELETE FROM meeting WHERE id = 7').run();
    expect(after.handle.prepare('SELECT count(*) AS n FROM meeting_check_in').get()).toEqual({ n: 0 });
    await after.close();
  });
});
