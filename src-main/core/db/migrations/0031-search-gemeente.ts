// 0031: a search within a gemeente reads the matches in that gemeente, not every match (issue 20).
//
// A text with a gemeente ("bakk" in gemeente 12) was matched in the text index and each match was
// then read with its casus and person to test the person's gemeente: every match of the text, of
// which ever more lie elsewhere as the data grows (30× the steps from 10,000 to 300,000 persons,
// for the ~200 matches in the gemeente). The gemeente now is in the text index itself, so the index
// gives the matches in the gemeente only, by intersecting its lists of rows:
//
// - SQLite: the FTS5 table gets a fourth column, `kenmerk`, holding the token `ǥ<gemeente id>` of
//   the casus's person ("ǥ12"). What is typed never reaches it: the search confines the typed words
//   to naam, aliases and overig (`{naam aliases overig} : …`, search/sqlite-search.ts), and a typed
//   word is only a-z and 0-9, while the token starts with ǥ, which the tokenizer keeps as it is. Its
//   weight in bm25 is 0, so the rank's terms are the typed words' as before. FTS5 cannot add a
//   column: the table is made again with the rows of the old one (their texts as they are) and
//   each casus's gemeente, then takes the old one's name. A row without its casus is left out (the
//   search joins every match to its casus; such a row was never found).
//   The token is kept by the database itself, whoever writes: a person moved to another gemeente
//   gives every casus of theirs the new token (the cases the saving account cannot see included);
//   a casus given to another person takes that person's. CaseSearch.index writes it with the texts.
// - PostgreSQL: casus_search has held the person's gemeente since 0026 (kept by its triggers); an
//   index on it lets the planner intersect the word index's rows with the gemeente's (a BitmapAnd)
//   instead of reading every match's row to test it.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CREATE_SQLITE = (name: string, kenmerk: boolean) => `CREATE VIRTUAL TABLE ${name} USING fts5(
      naam, aliases, overig${kenmerk ? ', kenmerk' : ''},
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    )`;

export class SearchGemeente1767081600031 implements MigrationInterface {
  name = 'SearchGemeente1767081600031';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') {
      await runner.query('CREATE INDEX casus_search_gemeente ON casus_search (gemeente_id)');
      return;
    }
    await runner.query(CREATE_SQLITE('casus_search_0031', true));
    await runner.query(
      `INSERT INTO casus_search_0031 (rowid, naam, aliases, overig, kenmerk)
       SELECT s.rowid, s.naam, s.aliases, s.overig, 'ǥ' || p.gemeente_id
       FROM casus_search s JOIN casus c ON c.id = s.rowid JOIN person p ON p.id = c.person_id
       ORDER BY s.rowid`,
    );
    await runner.query('DROP TABLE casus_search');
    await runner.query('ALTER TABLE casus_search_0031 RENAME TO casus_search');
    await runner.query(
      `CREATE TRIGGER casus_search_person_gemeente AFTER UPDATE OF gemeente_id ON person
       WHEN OLD.gemeente_id IS NOT NEW.gemeente_id
       BEGIN
         UPDATE casus_search SET kenmerk = 'ǥ' || NEW.gemeente_id
           WHERE rowid IN (SELECT c.id FROM casus c WHERE c.person_id = NEW.id);
       END`,
    );
    await runner.query(
      `CREATE TRIGGER casus_search_casus_person AFTER UPDATE OF person_id ON casus
       WHEN OLD.person_id IS NOT NEW.person_id
       BEGIN
         UPDATE casus_search SET kenmerk = (SELECT 'ǥ' || p.gemeente_id FROM person p WHERE p.id = NEW.person_id)
           WHERE rowid = NEW.id;
       END`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') {
      await runner.query('DROP INDEX casus_search_gemeente');
      return;
    }
    await runner.query('DROP TRIGGER casus_search_casus_person');
    await runner.query('DROP TRIGGER casus_search_person_gemeente');
    await runner.query(CREATE_SQLITE('casus_search_0030', false));
    await runner.query(
      `INSERT INTO casus_search_0030 (rowid, naam, aliases, overig)
       SELECT rowid, naam, aliases, overig FROM casus_search ORDER BY rowid`,
    );
    await runner.query('DROP TABLE casus_search');
    await runner.query('ALTER TABLE casus_search_0030 RENAME TO casus_search');
  }
}
