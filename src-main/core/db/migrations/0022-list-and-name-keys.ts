// 0022: two reads that grew with the data (issue 20 item 2).
//
// - The duplicate-person check read every person who shared a sound-alike name key or the birth
//   year, up to 2,000 of them in no order, and scored those: a real match past the 2,000th was
//   dropped, and a birth year holds thousands of persons. Each name key row now also holds its
//   key's first three letters (`head`: a spelling variant the key itself misses, "Jansen" and
//   "Janssens", still shares them) and the person's birth year (`birth_year`, 0 when unknown), with
//   an index on both. The check reads the persons that share a head and were born within a year of
//   the typed year (or whose year is unknown): two names more than a year apart never match, so
//   no real match is left out, and nothing is capped. persons/person-service.ts keeps the columns
//   on every write of a person (the keys are written again with the person).
// - The case list opens sorted by the last signal's date and pages by a keyset (search/keyset.ts):
//   `casus_last_signal` lets both engines walk the cases in that order and stop at the page's end
//   instead of sorting every visible casus for each page.
//
// Existing rows are filled here: the head from the stored key (the key is plain ASCII letters, so
// substr is the same on both engines), the year from the person. person_name_key is not under row
// security (persons are written before their first casus; row-security.ts), so the UPDATE sees
// every row on PostgreSQL too.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListAndNameKeys1766217600022 implements MigrationInterface {
  name = 'ListAndNameKeys1766217600022';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE person_name_key ADD COLUMN head TEXT NOT NULL DEFAULT ''`);
    await runner.query(`ALTER TABLE person_name_key ADD COLUMN birth_year INTEGER NOT NULL DEFAULT 0`);
    await runner.query(
      `UPDATE person_name_key SET head = substr(key, 1, 3),
         birth_year = COALESCE((SELECT p.geboortejaar FROM person p WHERE p.id = person_name_key.person_id), 0)`,
    );
    await runner.query('CREATE INDEX person_name_key_head ON person_name_key (head, birth_year, person_id)');
    await runner.query('CREATE INDEX casus_last_signal ON casus (last_signal_at, id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX casus_last_signal');
    await runner.query('DROP INDEX person_name_key_head');
    await runner.query('ALTER TABLE person_name_key DROP COLUMN birth_year');
    await runner.query('ALTER TABLE person_name_key DROP COLUMN head');
  }
}
