// 0015: a word index for the case search on PostgreSQL (issue 17, benchmarks). The baseline's
// `casus_search.document` is a Dutch tsvector: stemmed and without stop words, so the search could
// only ask it for a typed word's first two letters ("br:*" for "bra"), which matched three or four
// times the rows that the exact test then kept. `words` holds the stored words whole (the `simple`
// configuration: no stemmer, no stop words; the texts are already folded, lower case, one space
// before each word), so a typed word is asked for as itself ("bra:*"), stop words included.
// Nothing to do on SQLite: its FTS5 table matches prefixes itself.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchWords1765612800015 implements MigrationInterface {
  name = 'SearchWords1765612800015';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(
      `ALTER TABLE casus_search ADD COLUMN words tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', naam || ' ' || aliases || ' ' || overig)) STORED`,
    );
    await runner.query('CREATE INDEX casus_search_words ON casus_search USING gin (words)');
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query('DROP INDEX casus_search_words');
    await runner.query('ALTER TABLE casus_search DROP COLUMN words');
  }
}
