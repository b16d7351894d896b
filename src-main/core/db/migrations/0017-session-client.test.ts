// Migration 0017 on a database one version before it, with a session of a server: the session
// stays as it was, with no client address (in-process), and a new one may record its address.
// On PostgreSQL: tests/integration/server-http.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { MIGRATIONS } from '.';
import { SessionClient1765785600017 } from './0017-session-client';

const VERSION = MIGRATIONS.indexOf(SessionClient1765785600017) + 1;

describe('migration 0017-session-client', () => {
  it('adds an empty client address to the sessions of a server', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig16-')), 'x.db');
    const key = randomBytes(32);
    const before = await openDatabase({ path, key, mode: 'create', upTo: VERSION - 1 });
    before.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'bea', 'Bea (fictief)', '["beheerder"]', '[]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    before.handle
      .prepare(
        `INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at)
         VALUES ('s1', 'aa', 1, 'Werkplek 1', 1, 1, 2)`,
      )
      .run();
    await before.close();

    const after = await openDatabase({ path, key, mode: 'open', upTo: VERSION });
    expect(after.schemaVersion).toBe(VERSION);
    expect(after.handle.prepare('SELECT id, workstation, client_address FROM server_session').all()).toEqual([
      { id: 's1', workstation: 'Werkplek 1', client_address: null },
    ]);
    after.handle
      .prepare(
        `INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at, client_address)
         VALUES ('s2', 'bb', 1, 'Werkplek 2', 1, 1, 2, '192.0.2.7')`,
      )
      .run();
    expect(after.handle.prepare("SELECT client_address FROM server_session WHERE id = 's2'").get()).toEqual({
      client_address: '192.0.2.7',
    });
    await after.close();
  });
});
