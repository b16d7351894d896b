// Migration 0021 on a database one version before it, with a meeting: the meeting stays,
// `meeting_lease` is there, empty, at most one open lease per meeting (an ended one — revoked,
// checked in or expired — makes room for the next), bound to an existing meeting and gone with it.
// On PostgreSQL: tests/integration/meetings-lease.test.ts (the postgres project).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { MeetingLeases1766131200021 } from './0021-meeting-leases';

const VERSION = MIGRATIONS.indexOf(MeetingLeases1766131200021) + 1;

describe('migration 0021-meeting-leases', () => {
  it('adds an empty meeting_lease table, one open lease per meeting', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig21-')), 'x.db');
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
         VALUES (7, 'i2o', 'Informatieoverleg (fictief)', '2026-12-07', '09:30', 1, 'x', 'x')`,
      )
      .run();
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT id, title FROM meeting').all()).toEqual([
      { id: 7, title: 'Informatieoverleg (fictief)' },
    ]);
    expect(after.handle.prepare('SELECT count(*) AS n FROM meeting_lease').get()).toEqual({ n: 0 });
    after.handle.pragma('foreign_keys = ON');
    const insert = after.handle.prepare(
      `INSERT INTO meeting_lease (id, meeting_id, account_id, workstation, granted_at, expires_at)
       VALUES (?, ?, 1, 'Laptop 1', '2026-12-04T09:00:00.000Z', '2026-12-05T22:59:59.999Z')`,
    );
    insert.run('l1', 7);
    expect(() => insert.run('l2', 7)).toThrow(/UNIQUE/);
    for (const [column, next] of [
      ['revoked_at', 'l2'],
      ['checked_in_at', 'l3'],
      ['expired_at', 'l4'],
    ] as const) {
      const open = after.handle
        .prepare(
          'SELECT id FROM meeting_lease WHERE revoked_at IS NULL AND checked_in_at IS NULL AND expired_at IS NULL',
        )
        .get() as { id: string };
      after.handle.prepare(`UPDATE meeting_lease SET ${column} = 'x' WHERE id = ?`).run(open.id);
      insert.run(next, 7);
    }
    expect(() => insert.run('l9', 8)).toThrow(/FOREIGN KEY/);
    after.handle.prepare('DELETE FROM meeting WHERE id = 7').run();
    expect(after.handle.prepare('SELECT count(*) AS n FROM meeting_lease').get()).toEqual({ n: 0 });
    await after.close();
  });
});
