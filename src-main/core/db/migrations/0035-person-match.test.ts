// Migration 0035 at version 34 -> 35 on SQLite: every person gets its row of person_match, the
// names' tokens as the duplicate check scores them, with its birth year and date; the same as the
// application writes (persons/names.ts `matchNames`). PostgreSQL: tests/integration/person-match-migration.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchNames } from '../../persons/names';
import { openDatabase } from '../database';
import { PersonMatch1767427200035 } from './0035-person-match';
import { MIGRATIONS } from '.';

const BEFORE = MIGRATIONS.indexOf(PersonMatch1767427200035);

describe('migration 0035-person-match', () => {
  it("writes each person's names' tokens, birth year and date, as the application does, and indexes the pairs by year", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-mig35-'));
    try {
      const path = join(dir, 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      const person = before.handle.prepare(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortedatum, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES (?, '', ?, ?, ?, ?, 1, '2026-01-01', '2026-01-01')`,
      );
      // Fictitious. Particles, diacritics and the dotless ı; a roepnaam and aliases; a name without
      // a letter; no birth data; and more persons than one batch of the fill.
      const persons: [string, string, string[], string | null, number | null][] = [
        ['Sam van der Bakker', 'Sammie', [], '2007-05-12', 2007],
        ['Işık Kılıç', '', ['Isik K.', 'Ayşe-Nur'], null, 1999],
        ['Jan de Vries', '', ['', '123'], null, null],
        ...Array.from({ length: 1_234 }, (_, i): [string, string, string[], string | null, number | null] => [
          `Noor Visscher ${i}`,
          '',
          [],
          null,
          2001,
        ]),
      ];
      const ids = persons.map(([naam, roepnaam, aliases, datum, jaar]) =>
        Number(person.run(naam, roepnaam, JSON.stringify(aliases), datum, jaar).lastInsertRowid),
      );
      await before.close();

      const after = await openDatabase({ path, key, mode: 'open', upTo: BEFORE + 1 });
      expect(after.schemaVersion).toBe(BEFORE + 1);
      const rows = after.handle
        .prepare('SELECT person_id, birth_year, birth_date, names FROM person_match ORDER BY person_id')
        .all();
      expect(rows).toHaveLength(persons.length);
      expect(rows.slice(0, 3)).toEqual([
        { person_id: ids[0], birth_year: 2007, birth_date: '2007-05-12', names: 'sam bakker|sammie' },
        { person_id: ids[1], birth_year: 1999, birth_date: null, names: 'isik kilic||isik k|ayse nur' },
        { person_id: ids[2], birth_year: 0, birth_date: null, names: 'jan vries|||#' },
      ]);
      // The same text as the application writes.
      persons.forEach(([naam, roepnaam, aliases], at) =>
        expect((rows[at] as { names: string }).names).toBe(matchNames([naam, roepnaam, ...aliases])),
      );
      // The pairs' year index, for the read with a year typed.
      const columns = after.handle.prepare(`SELECT name FROM pragma_index_info('person_name_pair_year')`).all();
      expect(columns).toEqual([{ name: 'head_a' }, { name: 'birth_year' }, { name: 'head_b' }, { name: 'person_id' }]);
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
