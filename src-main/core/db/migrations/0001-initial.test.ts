// Migration 0001 on an empty database (the "previous version" of the first migration), and the
// refusal of a database written by a newer version.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src-shared/ipc/errors';
import { openDatabase } from '../database';
import { MIGRATIONS, SCHEMA_VERSION } from '.';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'cter-mig-')), 'x.db');

describe('migration 0001-initial', () => {
  it('creates the tables on an empty database and records the schema version', async () => {
    const key = randomBytes(32);
    const db = await openDatabase({ path: fresh(), key, mode: 'create' });
    const tables = db.handle
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['account', 'audit_entry', 'setting', 'migrations']));
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(MIGRATIONS[0]!.name ?? new MIGRATIONS[0]!().name).toMatch(/\d{13}$/);
    // The columns the entities expect, with their constraints.
    db.handle
      .prepare(
        "INSERT INTO account (username, display_name, roles, created_at, updated_at) VALUES ('a', 'A', '[\"beheerder\"]', 'x', 'x')",
      )
      .run();
    expect(() =>
      db.handle
        .prepare(
          "INSERT INTO account (username, display_name, roles, created_at, updated_at) VALUES ('a', 'B', '[]', 'x', 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(db.handle.prepare('SELECT active, must_change_password FROM account').get()).toEqual({
      active: 1,
      must_change_password: 0,
    });
    await db.close();
  });

  it('refuses a database from a newer version without changing it', async () => {
    const key = randomBytes(32);
    const path = fresh();
    const db = await openDatabase({ path, key, mode: 'create' });
    db.handle.pragma(`user_version=${SCHEMA_VERSION + 1}`);
    await db.close();
    const error = await openDatabase({ path, key, mode: 'open' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DATABASE_TOO_NEW');
    const again = await openDatabase({ path, key, mode: 'open', readonly: true }).catch((e: unknown) => e);
    expect((again as AppError).code).toBe('DATABASE_TOO_NEW');
  });
});
