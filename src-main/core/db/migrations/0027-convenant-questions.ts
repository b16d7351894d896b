// 0027: the questions colleagues asked the covenant search and found no good answer to (issue 22:
// the synonym list grows from the questions people really type). One row per "Staat het antwoord
// er niet bij?": the question's words with every name, number, date, e-mail address, postcode and
// short unknown word replaced by `…` (core/convenant/masking.ts; the question as typed is never
// stored), the covenant version searched, the article the colleague chose as the answer (NULL:
// none answers), the rank the search gave that article then (NULL: not among the results), and
// the day (no time, no account). Rows older than 90 days are removed by core at every write and
// read of the list (core/convenant/questions.ts); the beheerder removes rows too.
//
// Plain TEXT and INTEGER columns: the same statement on both engines. No row-level security on
// PostgreSQL: the rows hang on no casus and hold no name; only the beheerder reads them (the
// permission table).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConvenantQuestions1766736000027 implements MigrationInterface {
  name = 'ConvenantQuestions1766736000027';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE convenant_question (
        id TEXT PRIMARY KEY NOT NULL,
        day TEXT NOT NULL,
        words TEXT NOT NULL,
        version_id INTEGER NOT NULL REFERENCES convenant_version (id) ON DELETE CASCADE,
        article TEXT,
        search_rank INTEGER
      )`,
    );
    await runner.query('CREATE INDEX convenant_question_day ON convenant_question (day)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE convenant_question');
  }
}
