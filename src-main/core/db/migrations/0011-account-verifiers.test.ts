// Migration 0011 on a database at version 10 with an account: the account keeps its key slot and
// gets no verifier (SQLCipher accounts keep their slots); the failed-login table is there, empty.
// The same migration on PostgreSQL: tests/integration/postgres-accounts.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';

describe('migration 0011-account-verifiers', () => {
  it('adds an empty password_verifier to accounts and the login_attempt table', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cter-mig11-')), 'x.db');
    const key = randomBytes(32);
    const v10 = await openDatabase({ path, key, mode: 'create', upTo: 10 });
    v10.handle
      .prepare(
        `INSERT INTO account (id, username, display_name, roles, region_ids, active, must_change_password, key_slot_id, created_at, updated_at)
         VALUES (1, 'bea', 'Bea (fictief)', '["beheerder"]', '[]', 1, 0, 'slot-1', 'x', 'x')`,
      )
      .run();
    await v10.close();

    const v11 = await openDatabase({ path, key, mode: 'open', upTo: 11 });
    expect(v11.schemaVersion).toBe(11);
    expect(v11.handle.prepare('SELECT username, key_slot_id, password_verifier FROM account').all()).toEqual([
      { username: 'bea', key_slot_id: 'slot-1', password_verifier: null },
    ]);
    expect(v11.handle.prepare('SELECT count(*) AS n FROM login_attempt').get()).toEqual({ n: 0 });
    v11.handle.prepare(`INSERT INTO login_attempt (username, failures, last_failure_at) VALUES ('bea', 1, 1)`).run();
    expect(() =>
      v11.handle.prepare(`INSERT INTO login_attempt (username, failures, last_failure_at) VALUES ('bea', 2, 2)`).run(),
    ).toThrow(/UNIQUE|PRIMARY/);
    await v11.close();
  });
});
