// 0032: the duplicate check reads only the persons near two typed name tokens (issue 20).
//
// Since 0028 the check asked, for a name typed with two tokens or more, for the persons with keys
// near two of its tokens; but to find them it walked every key row whose head is near *either*
// token (about 150 heads each) and grouped them per person: a tenth of all key rows, 60,000 at
// 300,000 persons with no birth data typed, for some 1,400 persons kept. Each person now also has
// a row per ordered pair of two of its keys' heads (`person_name_pair`: first name × surname and
// surname × first name, with the roepnaam's and aliases' keys too), with the birth year, and an
// index on the two heads: the check seeks the pairs (near heads of one token × near heads of the
// other) and reads only the persons near both (persons/person-service.ts, `matchCandidatesSql`).
// Both orders are stored, so one seek per pair of heads finds a person however the name was typed.
// Two keys of a person with the same head ("Bart Bartels": brt, brtls) give the pair (brt, brt).
// The birth year comes after the person in the index: a seek per pair of heads reads the pair's
// persons of every year and keeps those of the typed band from the index (a seek per year too
// made four times the seeks, ~18,000 per check, more than the rows they spared).
//
// Existing rows are filled here from person_name_key (every two distinct keys of a person), the
// same statement on both engines. A person is removed with its pairs (ON DELETE CASCADE, and the
// retention's list of a person's tables). Not under row security on PostgreSQL, as person_name_key
// (row-security.ts): a person is written before its first casus.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NameKeyPairs1767168000032 implements MigrationInterface {
  name = 'NameKeyPairs1767168000032';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE person_name_pair (
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        head_a TEXT NOT NULL,
        head_b TEXT NOT NULL,
        birth_year INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (person_id, head_a, head_b)
      )`,
    );
    await runner.query(
      `INSERT INTO person_name_pair (person_id, head_a, head_b, birth_year)
       SELECT DISTINCT a.person_id, a.head, b.head, a.birth_year
       FROM person_name_key a JOIN person_name_key b ON b.person_id = a.person_id AND b.key <> a.key`,
    );
    await runner.query(
      'CREATE INDEX person_name_pair_heads ON person_name_pair (head_a, head_b, person_id, birth_year)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE person_name_pair');
  }
}
