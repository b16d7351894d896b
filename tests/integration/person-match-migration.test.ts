// Migration 0035 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0035-person-match.test.ts):
// a database one version before it, migrated as the application's role: every person gets its row
// of person_match, the names' tokens as the application writes them (`matchNames`), with its birth
// year and date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { PersonMatch1767427200035 } from '../../src-main/core/db/migrations/0035-person-match';
import type { PostgresStore } from '../../src-main/core/db/store';
import { matchNames } from '../../src-main/core/persons/names';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(PersonMatch1767427200035) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

describe('migration 0035-person-match on PostgreSQL', () => {
  it("writes each person's names' tokens, birth year and date, as the application does, and indexes the pairs by year", async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    // Fictitious. Particles, diacritics and the dotless ı; a roepnaam and aliases; a name without a
    // letter; no birth data; and more persons than one batch of the fill.
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
    const ids: number[] = [];
    for (const [naam, roepnaam, aliases, datum, jaar] of persons) {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, roepnaam, aliases, geboortedatum, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, '', $2, $3, $4, $5, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam, roepnaam, JSON.stringify(aliases), datum, jaar],
      )) as { id: number }[];
      ids.push(Number(row!.id));
    }
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      const rows = (await after.source.query(
        'SELECT person_id, birth_year, birth_date, names FROM person_match ORDER BY person_id',
      )) as { person_id: number; birth_year: number; birth_date: string | null; names: string }[];
      expect(rows).toHaveLength(persons.length);
      expect(rows.slice(0, 3)).toEqual([
        { person_id: ids[0], birth_year: 2007, birth_date: '2007-05-12', names: 'sam bakker|sammie' },
        { person_id: ids[1], birth_year: 1999, birth_date: null, names: 'isik kilic||isik k|ayse nur' },
        { person_id: ids[2], birth_year: 0, birth_date: null, names: 'jan vries|||#' },
      ]);
      persons.forEach(([naam, roepnaam, aliases], at) =>
        expect(rows[at]!.names).toBe(matchNames([naam, roepnaam, ...aliases])),
      );
      const [index] = (await after.source.query(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'person_name_pair_year'`,
      )) as { indexdef: string }[];
      expect(index!.indexdef).toContain('(head_a, birth_year, head_b, person_id)');
    } finally {
      await after.close();
    }
  });
});
