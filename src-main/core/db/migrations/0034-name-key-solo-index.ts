// 0034: the duplicate check's read of the names of one token by a partial index (issue 20).
//
// Since 0028 a person registered under a name of one token ("Jansen", "Momo") answers any typed
// token with the same key head (`person_name_key.solo`), read on `person_name_key_head (head,
// birth_year, person_id, solo)`: with no birth data typed that index holds the flag after the year,
// so the read walked every key row of the typed heads — 4,620 rows (median, p95 10,877) at 300,000
// persons for 0 or 1 solo name — and kept the few with the flag. An index of the solo rows alone
// makes it a seek per head (per head and year with a year typed): a few rows at any size. The
// rows are written with their flag already (persons/person-service.ts `writeKeys`); nothing to
// fill. The same statement on both engines (a partial index; person_name_key is not under row
// security on PostgreSQL).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NameKeySoloIndex1767340800034 implements MigrationInterface {
  name = 'NameKeySoloIndex1767340800034';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX person_name_key_solo ON person_name_key (head, birth_year, person_id) WHERE solo = 1',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX person_name_key_solo');
  }
}
