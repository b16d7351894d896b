// Migration 0026 (the search's copies of casus and person): nothing on SQLite, whose FTS5 search
// reads casus and person as before (the schema stays as it was). On PostgreSQL (the columns filled
// at version N-1 -> N, the triggers, CaseSearch.index): tests/integration/postgres-search-facts.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { SearchFacts1766649600026 } from './0026-search-facts';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(SearchFacts1766649600026);

describe('migration 0026-search-facts', () => {
  it('changes nothing on SQLite but the version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig27-'));
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
