// Migration 0019 (the policies' lookups): nothing on SQLite (the schema stays as it was). On
// PostgreSQL (the policies as access/row-security.ts renders them, how they are planned, and what
// they let through): tests/integration/postgres-rls.test.ts; the text: access/access.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { RowSecurityLookups1765958400019 } from './0019-row-security-lookups';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(RowSecurityLookups1765958400019);

describe('migration 0019-row-security-lookups', () => {
  it('changes nothing on SQLite but the version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig19-'));
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
