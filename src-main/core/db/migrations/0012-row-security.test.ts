// Migration 0012 (row-level security): nothing on SQLite (the schema stays as it was). On
// PostgreSQL (a policy on every case table, enabled and forced, and what it lets through):
// tests/integration/postgres-rls.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { RowSecurity1765353600012 } from './0012-row-security';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(RowSecurity1765353600012);

describe('migration 0012-row-security', () => {
  it('changes nothing on SQLite but the version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig12-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const schema = () => before.handle.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
      const was = schema();
      await before.close();
      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(after.handle.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(was);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
