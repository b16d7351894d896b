// Migration 0036 at version 35 -> 36 on SQLite: the index of each state's cases in name order, with
// the access rule's columns, which the case list of one state sorted by name walks; and the FTS5
// table made again with a prefix index of 4 letters, its rows and 0031's triggers kept. PostgreSQL:
// the same index, its plan in tests/integration/case-list-pages.test.ts (postgres project).
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

  it('makes the text index again with a prefix index of 4 letters, its rows and triggers kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig36-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, '', '[]', 1990, ?, '2026-01-01', '2026-01-01')`,
      );
      const casus = before.handle.prepare(
        `INSERT INTO casus (number, person_id, region_id, state, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
         VALUES (?, ?, 1, 'aangemeld', 0, '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-01')`,
      );
      const indexed = before.handle.prepare(
        'INSERT INTO casus_search (rowid, naam, aliases, overig, kenmerk) VALUES (?, ?, ?, ?, ?)',
      );
      // Fictitious.
      const tahir = Number(person.run('Sam Tahiri', 'tahiri sam', 2).lastInsertRowid);
      const jansen = Number(person.run('Eva Jansen', 'jansen eva', 3).lastInsertRowid);
      const first = Number(casus.run('CTER-2025-0001', tahir).lastInsertRowid);
      const second = Number(casus.run('CTER-2025-0002', jansen).lastInsertRowid);
      indexed.run(first, 'Sam Tahiri ', 'Tahi', '1990 Oudestad CTER-2025-0001 Aangemeld', 'ǥ2');
      indexed.run(second, 'Eva Jansen ', '', '1990 Nieuwdorp CTER-2025-0002 Aangemeld', 'ǥ3');
      const table = (db: typeof before) =>
        (db.handle.prepare(`SELECT sql FROM sqlite_master WHERE name = 'casus_search'`).get() as { sql: string }).sql;
      expect(table(before)).toMatch(/prefix = '2 3'\s*\)$/);
      const rowsOf = (db: typeof before) =>
        db.handle.prepare('SELECT rowid AS id, naam, aliases, overig, kenmerk FROM casus_search ORDER BY rowid').all();
      const rows = rowsOf(before);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(table(after)).toMatch(/prefix = '2 3 4'\s*\)$/);
      expect(rowsOf(after)).toEqual(rows);
      const match = (text: string) =>
        after.handle
          .prepare('SELECT rowid AS id FROM casus_search WHERE casus_search MATCH ? ORDER BY rowid')
          .all(text)
          .map((row) => (row as { id: number }).id);
      expect(match('{naam aliases overig} : ("tahi"*)')).toEqual([first]);
      expect(match('{naam aliases overig} : ("jans"*) AND kenmerk : "ǥ3"')).toEqual([second]);
      // 0031's triggers still keep the gemeente token.
      after.handle.prepare('UPDATE person SET gemeente_id = 4 WHERE id = ?').run(tahir);
      expect(match('kenmerk : "ǥ4"')).toEqual([first]);
      after.handle.prepare('UPDATE casus SET person_id = ? WHERE id = ?').run(tahir, second);
      expect(match('kenmerk : "ǥ4"')).toEqual([first, second]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
