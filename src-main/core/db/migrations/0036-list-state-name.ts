// 0036: the case list of one state in name order reads its page from an index, and a four-letter
// prefix its own FTS5 prefix index (issue 20).
//
// - Both engines: a list without a text, filtered on one state and sorted by name ("every casus in
//   monitoring, A to Z"), walked the persons in name order and looked up each person's casus to
//   test its state and the access rule, until a page of visible cases of that state was found: at
//   300,000 persons 4,680 pages for one page of 100 (docs/benchmarks.md, issue 20). casus keeps its
//   person's name order since 0029 (`sort_key`), so an index of a state's cases in name order, with
//   what the access rule reads of a casus (region, shielding), gives that page by walking the
//   state's range and stops after its rows. The search (search/case-search.ts) orders such a list
//   by casus's copy of the name to use it.
// - SQLite: the FTS5 table kept prefix indexes of 2 and 3 letters; a word typed with 4 letters
//   ("tahi") was matched by merging the lists of every word that starts with it, and bm25 does that
//   once more for the whole table to count the rows that match (its IDF): at 300,000 persons a
//   quarter of such a search's instructions, growing with the data. A prefix index of 4 letters
//   makes it one list (the search's instructions at 300k: 21 M -> 14 M). FTS5 cannot change its
//   options: the table is made again with the rows of the old one (their texts and gemeente token as
//   they are) and takes its name; 0031's two triggers, which name the table, go before and come back
//   after, unchanged.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const CREATE_SQLITE = (name: string, prefix: string) => `CREATE VIRTUAL TABLE ${name} USING fts5(
      naam, aliases, overig, kenmerk,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '${prefix}'
    )`;

/** 0031's triggers that keep the gemeente token, as 0031 wrote them. */
const TRIGGERS = [
  `CREATE TRIGGER casus_search_person_gemeente AFTER UPDATE OF gemeente_id ON person
   WHEN OLD.gemeente_id IS NOT NEW.gemeente_id
   BEGIN
     UPDATE casus_search SET kenmerk = 'ǥ' || NEW.gemeente_id
       WHERE rowid IN (SELECT c.id FROM casus c WHERE c.person_id = NEW.id);
   END`,
  `CREATE TRIGGER casus_search_casus_person AFTER UPDATE OF person_id ON casus
   WHEN OLD.person_id IS NOT NEW.person_id
   BEGIN
     UPDATE casus_search SET kenmerk = (SELECT 'ǥ' || p.gemeente_id FROM person p WHERE p.id = NEW.person_id)
       WHERE rowid = NEW.id;
   END`,
];

/** casus_search made again with the prefix indexes `prefix`, its rows and 0031's triggers kept. */
async function rebuildSearch(runner: QueryRunner, prefix: string): Promise<void> {
  await runner.query('DROP TRIGGER casus_search_casus_person');
  await runner.query('DROP TRIGGER casus_search_person_gemeente');
  await runner.query(CREATE_SQLITE('casus_search_0036', prefix));
  await runner.query(
    `INSERT INTO casus_search_0036 (rowid, naam, aliases, overig, kenmerk)
     SELECT rowid, naam, aliases, overig, kenmerk FROM casus_search ORDER BY rowid`,
  );
  await runner.query('DROP TABLE casus_search');
  await runner.query('ALTER TABLE casus_search_0036 RENAME TO casus_search');
  for (const trigger of TRIGGERS) await runner.query(trigger);
}

export class ListStateName1767513600036 implements MigrationInterface {
  name = 'ListStateName1767513600036';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX casus_state_name ON casus (state, sort_key, id, region_id, afgeschermd)');
    if (runner.connection.options.type !== 'postgres') await rebuildSearch(runner, '2 3 4');
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') await rebuildSearch(runner, '2 3');
    await runner.query('DROP INDEX casus_state_name');
  }
}
