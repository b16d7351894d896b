// Migration 0036 at version 35 -> 36 on SQLite: the index of each state's cases in name order, with
// the access rule's columns, which the case list of one state sorted by name walks. PostgreSQL:
// the same statement, its plan in tests/integration/case-list-pages.test.ts (postgres project).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { ListStateName1767513600036 } from './0036-list-state-name';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(ListStateName1767513600036);

describe('migration 0036-list-state-name', () => {
  it('indexes casus by state, name, id, region and shielding, and a state in name order walks it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig36-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      // The list of one state in name order, as search/case-search.ts writes it (access rule on
      // casus's columns, the region test kept off the region index).
      const list = `SELECT c.id FROM casus c
        WHERE +c.region_id IN (1, 2) AND (c.afgeschermd = 0 OR EXISTS (SELECT 1 FROM casus_access named
          WHERE named.casus_id = c.id AND named.account_id = 1)) AND c.state IN ('monitoring')
        ORDER BY c.sort_key ASC, c.id ASC LIMIT 100`;
      const plan = (db: { handle: { prepare: (text: string) => { all: () => unknown[] } } }) =>
        (db.handle.prepare(`EXPLAIN QUERY PLAN ${list}`).all() as { detail: string }[])
          .map((row) => row.detail)
          .join('\n');
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      expect(plan(before)).toContain('TEMP B-TREE FOR ORDER BY');
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('casus_state_name')`).all();
      expect(columns).toEqual([
        { name: 'state' },
        { name: 'sort_key' },
        { name: 'id' },
        { name: 'region_id' },
        { name: 'afgeschermd' },
      ]);
      expect(plan(after)).toContain('SEARCH c USING COVERING INDEX casus_state_name (state=?)');
      expect(plan(after)).not.toContain('TEMP B-TREE');
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
