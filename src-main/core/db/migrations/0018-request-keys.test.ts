// Migration 0018 on a database one version before it, with a server session: the session stays,
// `request_key` is there, empty, one key per session (the same key in another session is another
// row), bound to an existing session and gone with it. On PostgreSQL:
// tests/integration/server-faults.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { RequestKeys1765872000018 } from './0018-request-keys';

const VERSION = MIGRATIONS.indexOf(RequestKeys1765872000018) + 1;

describe('migration 0018-request-keys', () => {
  it('adds an empty request_key table, one key per session', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig18-')), 'x.db');
    const key = randomBytes(32);
    const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
    before.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'bea', 'Bea (fictief)', '["beheerder"]', '[]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    const session = before.handle.prepare(
      `INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at)
       VALUES (?, ?, 1, 'Werkplek 1', 1, 1, 2)`,
    );
    session.run('s1', 'aa');
    session.run('s2', 'bb');
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT id FROM server_session ORDER BY id').all()).toEqual([
      { id: 's1' },
      { id: 's2' },
    ]);
    expect(after.handle.prepare('SELECT count(*) AS n FROM request_key').get()).toEqual({ n: 0 });
    after.handle.pragma('foreign_keys = ON');
    const insert = after.handle.prepare(
      `INSERT INTO request_key (session_id, idempotency_key, channel, input_hash, created_at, answer)
       VALUES (?, ?, 'signals:register', 'h', 1, NULL)`,
    );
    const uuid = '4b1f0c6e-8d2a-4e5b-9c3d-2a1b0c9d8e7f';
    insert.run('s1', uuid);
    expect(() => insert.run('s1', uuid)).toThrow(/UNIQUE|PRIMARY/);
    insert.run('s2', uuid);
    expect(() => insert.run('s3', uuid)).toThrow(/FOREIGN KEY/);
    after.handle.prepare("DELETE FROM server_session WHERE id = 's1'").run();
    expect(after.handle.prepare('SELECT session_id FROM request_key').all()).toEqual([{ session_id: 's2' }]);
    await after.close();
  });
});
