// Migration 0031 on SQLite: the FTS5 table made again with each casus's gemeente token beside its
// texts (as they were), and kept by triggers when a person moves gemeente or a casus goes to
// another person. PostgreSQL (an index on casus_search's gemeente): tests/integration/search-gemeente.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { SearchGemeente1767081600031 } from './0031-search-gemeente';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(SearchGemeente1767081600031);

describe('migration 0031-search-gemeente', () => {
  it('gives every indexed casus its gemeente token and keeps it when the gemeente or the person changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig0031-'));
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
        'INSERT INTO casus_search (rowid, naam, aliases, overig) VALUES (?, ?, ?, ?)',
      );
      // Fictitious.
      const bakker = Number(person.run('Sam Bakker', 'bakker sam', 2).lastInsertRowid);
      const jansen = Number(person.run('Eva Jansen', 'jansen eva', 3).lastInsertRowid);
      const first = Number(casus.run('CTER-2025-0001', bakker).lastInsertRowid);
      const second = Number(casus.run('CTER-2025-0002', bakker).lastInsertRowid);
      const third = Number(casus.run('CTER-2025-0003', jansen).lastInsertRowid);
      indexed.run(first, 'Sam Bakker ', 'Bakkie', '1990 Oudestad CTER-2025-0001 Aangemeld');
      indexed.run(second, 'Sam Bakker ', 'Bakkie', '1990 Oudestad CTER-2025-0002 Aangemeld');
      indexed.run(third, 'Eva Jansen ', '', '1990 Nieuwdorp CTER-2025-0003 Aangemeld');
      // An index row whose casus is gone: never found by the search (it joins casus), left out.
      indexed.run(third + 100, 'Weg Weggehaald', '', '');
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      const rows = () =>
        after.handle.prepare('SELECT rowid AS id, naam, aliases, overig, kenmerk FROM casus_search').all();
      expect(rows()).toEqual([
        {
          id: first,
          naam: 'Sam Bakker ',
          aliases: 'Bakkie',
          overig: '1990 Oudestad CTER-2025-0001 Aangemeld',
          kenmerk: 'ǥ2',
        },
        {
          id: second,
          naam: 'Sam Bakker ',
          aliases: 'Bakkie',
          overig: '1990 Oudestad CTER-2025-0002 Aangemeld',
          kenmerk: 'ǥ2',
        },
        {
          id: third,
          naam: 'Eva Jansen ',
          aliases: '',
          overig: '1990 Nieuwdorp CTER-2025-0003 Aangemeld',
          kenmerk: 'ǥ3',
        },
      ]);
      const match = (text: string) =>
        after.handle
          .prepare('SELECT rowid AS id FROM casus_search WHERE casus_search MATCH ? ORDER BY rowid')
          .all(text)
          .map((row) => (row as { id: number }).id);
      expect(match('{naam aliases overig} : ("bak"*) AND kenmerk : "ǥ2"')).toEqual([first, second]);
      expect(match('{naam aliases overig} : ("bak"*) AND kenmerk : "ǥ3"')).toEqual([]);

      // Bakker moves to gemeente 4: both cases follow.
      after.handle.prepare('UPDATE person SET gemeente_id = 4 WHERE id = ?').run(bakker);
      expect(match('kenmerk : "ǥ4"')).toEqual([first, second]);
      expect(match('kenmerk : "ǥ2"')).toEqual([]);
      // The third casus goes to Bakker: it takes his gemeente; Jansen's texts stay until indexed again.
      after.handle.prepare('UPDATE casus SET person_id = ? WHERE id = ?').run(bakker, third);
      expect(match('kenmerk : "ǥ4"')).toEqual([first, second, third]);
      expect(match('kenmerk : "ǥ3"')).toEqual([]);
      // A save that changes neither leaves the rows alone.
      after.handle.prepare("UPDATE person SET notities = 'x' WHERE id = ?").run(jansen);
      expect(match('kenmerk : "ǥ4"')).toEqual([first, second, third]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
