// What the migration tests share. A migration that changes only PostgreSQL (row security, its
// lookups, the search's facts) still counts on SQLite: the version goes up and nothing else
// changes, which `expectOnlyTheVersionOnSqlite` checks on a fresh encrypted file.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openDatabase } from './database';
import { MIGRATIONS } from './migrations';

/** The schema version a database has once `migration` has run (its place in the list, from 1). */
export function versionAfter(migration: (typeof MIGRATIONS)[number]): number {
  const at = MIGRATIONS.indexOf(migration);
  if (at < 0) throw new Error('not in MIGRATIONS');
  return at + 1;
}

/** Runs `migration` on a SQLCipher file one version before it: only the version may change. */
export async function expectOnlyTheVersionOnSqlite(migration: (typeof MIGRATIONS)[number]): Promise<void> {
  const version = versionAfter(migration);
  const dir = mkdtempSync(join(tmpdir(), 'cter-mig-'));
  try {
    const path = join(dir, 'x.db');
    const key = randomBytes(32);
    const schema = 'SELECT type, name, sql FROM sqlite_master ORDER BY name';
    const before = await openDatabase({ path, key, mode: 'create', upTo: version - 1 });
    const was = before.handle.prepare(schema).all();
    await before.close();
    const after = await openDatabase({ path, key, mode: 'open', upTo: version });
    try {
      expect(after.schemaVersion).toBe(version);
      expect(after.handle.prepare(schema).all()).toEqual(was);
    } finally {
      await after.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
