// Migration 0014 on a database one version before it, with an account: the accounts stay as they
// were and `server_session` is there, empty, refusing a second row with the same token hash and a
// session of an account that does not exist. Its number is found from the list, so the test holds
// when the migration is renumbered. On PostgreSQL: tests/integration/server-sessions.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { ServerSessions1765526400014 } from './0014-server-sessions';

const VERSION = MIGRATIONS.indexOf(ServerSessions1765526400014) + 1;

describe('migration 0014-server-sessions', () => {
  it('adds an empty server_session table keyed on the token hash, bound to an account', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig14-')), 'x.db');
    const key = randomBytes(32);
    const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
    before.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'bea', 'Bea (fictief)', '["beheerder"]', '[]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT username, key_slot_id FROM account').all()).toEqual([
      { username: 'bea', key_slot_id: 'slot-1' },
    ]);
    expect(after.handle.prepare('SELECT count(*) AS n FROM server_session').get()).toEqual({ n: 0 });
    const insert = after.handle.prepare(
      `INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at)
       VALUES (?, ?, ?, 'Werkplek 1', 1, 1, 2)`,
    );
    insert.run('s1', 'aa', 1);
    expect(() => insert.run('s2', 'aa', 1)).toThrow(/UNIQUE/);
    after.handle.pragma('foreign_keys = ON');
    expect(() => insert.run('s3', 'bb', 99)).toThrow(/FOREIGN KEY/);
    expect(after.handle.prepare('SELECT ended_at, end_reason, kiosk FROM server_session').get()).toEqual({
      ended_at: null,
      end_reason: null,
      kiosk: null,
    });
    await after.close();
  });
});
