// 0035: what the duplicate check scores of a person, in a narrow table of its own (issue 20).
//
// The check reads its candidates (a median of 219, p95 894 at 300,000 persons with no birth data
// typed) and scores their names. Until now each was read from `person` — a wide row, ~3 µs CPU
// each — and its name, roepnaam and aliases were split and folded in JavaScript (`nameTokens`)
// for every check. `person_match` holds per person only what the scoring needs: the tokens of
// each of its names as `nameTokens` gives them (persons/names.ts `matchNames`: the names in order
// — name, roepnaam, aliases — separated by `|`, tokens by a space, an empty name as nothing and a
// name without a token as `#`), the birth year (0: unknown, as person_name_key's) and the birth
// date. Written with the person's name keys (persons/person-service.ts `writeKeys`: registration
// and correction); removed with the person (ON DELETE CASCADE, and the retention's list of a
// person's tables). Not under row security on PostgreSQL, as person_name_key (row-security.ts): a
// person is written before its first casus.
//
// And with a year or date typed, the pairs of key heads (0032) are read per head of the one typed
// token and year of the band, on `person_name_pair_year (head_a, birth_year, head_b, person_id)`,
// the other token's near heads tested in the index — about 600 ranges of a few rows instead of
// ~4,500 seeks of one pair of heads each (persons/match-candidates.ts; with no birth data typed the
// own head × near heads stay seeks on 0032's index).
//
// Existing persons are filled here, in batches in id order. The tokenising is persons/names.ts's
// as this migration was written (copied: a migration never imports live code).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const PARTICLES = new Set(
  'van von der den de het t te ter ten in op aan uit la le du da di del el al bin ben ibn abu'.split(' '),
);

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0131/g, 'i')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameTokens(name: string): string[] {
  const tokens = plain(name).split(' ').filter(Boolean);
  const meaningful = tokens.filter((token) => !PARTICLES.has(token));
  return meaningful.length ? meaningful : tokens;
}

/** The names' tokens as stored: `|` between names, a space between tokens; '' empty, '#' no token. */
function matchNames(names: readonly string[]): string {
  return names.map((name) => (name ? nameTokens(name).join(' ') || '#' : '')).join('|');
}

interface PersonRow {
  id: number;
  naam: string;
  roepnaam: string | null;
  aliases: string | null;
  geboortedatum: string | null;
  geboortejaar: number | null;
}

/** Persons read per batch; four values a row in the insert (SQLite allows 32,766). */
const BATCH = 1_000;

export class PersonMatch1767427200035 implements MigrationInterface {
  name = 'PersonMatch1767427200035';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.query(
      `CREATE TABLE person_match (
        person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
        birth_year INTEGER NOT NULL DEFAULT 0,
        birth_date TEXT,
        names TEXT NOT NULL
      )`,
    );
    let after = 0;
    for (;;) {
      const persons = (await runner.query(
        `SELECT id, naam, roepnaam, aliases, geboortedatum, geboortejaar FROM person
         WHERE id > ${postgres ? '$1' : '?'} ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as PersonRow[];
      if (!persons.length) break;
      const values: unknown[] = [];
      const rows = persons.map((person, at) => {
        const aliases = person.aliases ? (JSON.parse(person.aliases) as string[]) : [];
        values.push(
          Number(person.id),
          Number(person.geboortejaar ?? 0),
          person.geboortedatum,
          matchNames([person.naam, person.roepnaam ?? '', ...aliases]),
        );
        const n = 4 * at;
        return postgres ? `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4})` : '(?, ?, ?, ?)';
      });
      await runner.query(
        `INSERT INTO person_match (person_id, birth_year, birth_date, names) VALUES ${rows.join(', ')}`,
        values,
      );
      after = Number(persons.at(-1)!.id);
    }
    await runner.query(
      'CREATE INDEX person_name_pair_year ON person_name_pair (head_a, birth_year, head_b, person_id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX person_name_pair_year');
    await runner.query('DROP TABLE person_match');
  }
}
