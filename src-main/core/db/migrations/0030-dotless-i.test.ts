// Migration 0030 on SQLite: the names with a Turkish dotless ı get the sort key, name keys and FTS5
// texts they would have been given with ı folded to i; other persons are left as they are.
// PostgreSQL: tests/integration/dotless-i-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { DotlessI1766995200030 } from './0030-dotless-i';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(DotlessI1766995200030);

describe('migration 0030-dotless-i', () => {
  it('recomputes the sort key, the name keys and the search texts of names with ı', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig31-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, 2007, 1, '2026-01-01', '2026-01-01')`,
      );
      const nameKey = before.handle.prepare(
        `INSERT INTO person_name_key (person_id, key, head, birth_year, solo) VALUES (?, ?, substr(?, 1, 3), 2007, ?)`,
      );
      const casus = before.handle.prepare(
        `INSERT INTO casus (number, person_id, region_id, state, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
         VALUES (?, ?, 1, 'aangemeld', 0, '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-01')`,
      );
      const indexed = before.handle.prepare(
        'INSERT INTO casus_search (rowid, naam, aliases, overig) VALUES (?, ?, ?, ?)',
      );
      // Fictitious. As stored before: "Aydın" keyed as "ayd" (at; the lone "n" dropped), "Işık" as "is", sorted as "ayd n".
      const aydin = Number(person.run('Mehmet Aydın', 'mehmet ayd n', '', '["Işık"]').lastInsertRowid);
      for (const k of ['mgmt', 'at', 'is']) nameKey.run(aydin, k, k, 0);
      const aydinCase = Number(casus.run('CTER-2025-0001', aydin).lastInsertRowid);
      indexed.run(aydinCase, 'Mehmet Aydın ', 'Işık', '2007 Aldervoort CTER-2025-0001 Aangemeld');
      // Another person: nothing of theirs changes (the odd sort key stays).
      const bakker = Number(person.run('Sam Bakker', 'bakker sam', '', '[]').lastInsertRowid);
      for (const k of ['sm', 'bkr']) nameKey.run(bakker, k, k, 0);
      const bakkerCase = Number(casus.run('CTER-2025-0002', bakker).lastInsertRowid);
      indexed.run(bakkerCase, 'Sam Bakker ', '', '2007 Aldervoort CTER-2025-0002 Aangemeld');
      const match = (db: typeof before, text: string) =>
        db.handle.prepare('SELECT rowid AS id FROM casus_search WHERE casus_search MATCH ?').all(text);
      expect(match(before, '"aydin"*')).toEqual([]);
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      expect(after.handle.prepare('SELECT id, sort_key FROM person ORDER BY id').all()).toEqual([
        { id: aydin, sort_key: 'mehmet aydin' },
        { id: bakker, sort_key: 'bakker sam' },
      ]);
      expect(
        after.handle
          .prepare('SELECT person_id, key, head, birth_year, solo FROM person_name_key ORDER BY person_id, key')
          .all(),
      ).toEqual([
        { person_id: aydin, key: 'atn', head: 'atn', birth_year: 2007, solo: 0 },
        { person_id: aydin, key: 'isk', head: 'isk', birth_year: 2007, solo: 0 },
        { person_id: aydin, key: 'mgmt', head: 'mgm', birth_year: 2007, solo: 0 },
        { person_id: bakker, key: 'bkr', head: 'bkr', birth_year: 2007, solo: 0 },
        { person_id: bakker, key: 'sm', head: 'sm', birth_year: 2007, solo: 0 },
      ]);
      expect(match(after, '"aydin"*')).toEqual([{ id: aydinCase }]);
      expect(match(after, '"isik"*')).toEqual([{ id: aydinCase }]);
      expect(match(after, '"bakker"*')).toEqual([{ id: bakkerCase }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
