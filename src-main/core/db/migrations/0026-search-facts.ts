// 0026: the case search on PostgreSQL ranks and counts its matches in `casus_search` alone (issue 17,
// the wide prefixes; core/search/postgres-search.ts). A word typed while searching ("van", "jans")
// matches thousands of cases, and each was joined to its casus (under row security) and person to
// be checked, ordered and counted before the page of 100 could be cut: at 100,000 persons "van"
// looked up 20,000 of each. Each index row now holds what the search needs of its casus and person:
//
// - `person_id`, `region_id`, `afgeschermd`, `state` (the casus's), `gemeente_id`, `sort_key` (the
//   person's), filled here for the existing rows (as a system path: the migration's transaction
//   names no account, so row security would show it no casus);
// - written by CaseSearch.index with the texts, and kept equal afterwards by two triggers: a change
//   of a casus's region, shielding, state or person, and of a person's gemeente or name order,
//   is written to its index rows in the same statement (most saves change none of these: the
//   triggers' WHEN skips them);
// - `casus_search_person` finds a person's rows for the second trigger.
//
// What the table now holds beyond the texts (region, state, shielding flag, name order) is no more
// than its rows already tell: the state and the gemeente are in its `overig` text, the region
// follows from the gemeente, the name order from the name. It stays outside row security (0016
// says why); the search checks the page's rows against casus and its policy again.
//
// Nothing on SQLite: its FTS5 table is joined by rowid, and its search reads casus and person as
// before.
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns added to casus_search, in order. */
export const SEARCH_FACTS = ['person_id', 'region_id', 'afgeschermd', 'state', 'gemeente_id', 'sort_key'] as const;

export class SearchFacts1766649600026 implements MigrationInterface {
  name = 'SearchFacts1766649600026';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(
      `ALTER TABLE casus_search ADD COLUMN person_id integer, ADD COLUMN region_id integer,
        ADD COLUMN afgeschermd boolean, ADD COLUMN state text, ADD COLUMN gemeente_id integer,
        ADD COLUMN sort_key text`,
    );
    await runner.query(`SELECT set_config('cter.scope', 'system', true)`);
    await runner.query(
      `UPDATE casus_search cs SET (${SEARCH_FACTS.join(', ')})
          = (c.person_id, c.region_id, c.afgeschermd, c.state, p.gemeente_id, p.sort_key)
        FROM casus c JOIN person p ON p.id = c.person_id
        WHERE c.id = cs.casus_id`,
    );
    await runner.query(`SELECT set_config('cter.scope', '', true)`);
    await runner.query('CREATE INDEX casus_search_person ON casus_search (person_id)');
    // person has no row security, so the casus trigger reads the (new) person whoever saves.
    await runner.query(
      `CREATE FUNCTION casus_search_casus_facts() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE casus_search cs SET (${SEARCH_FACTS.join(', ')})
             = (NEW.person_id, NEW.region_id, NEW.afgeschermd, NEW.state, p.gemeente_id, p.sort_key)
           FROM person p
           WHERE cs.casus_id = NEW.id AND p.id = NEW.person_id;
         RETURN NULL;
       END $$`,
    );
    await runner.query(
      `CREATE TRIGGER casus_search_casus_facts AFTER UPDATE OF person_id, region_id, afgeschermd, state ON casus
        FOR EACH ROW WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.region_id IS DISTINCT FROM NEW.region_id
          OR OLD.afgeschermd IS DISTINCT FROM NEW.afgeschermd OR OLD.state IS DISTINCT FROM NEW.state)
        EXECUTE FUNCTION casus_search_casus_facts()`,
    );
    await runner.query(
      `CREATE FUNCTION casus_search_person_facts() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE casus_search SET gemeente_id = NEW.gemeente_id, sort_key = NEW.sort_key WHERE person_id = NEW.id;
         RETURN NULL;
       END $$`,
    );
    await runner.query(
      `CREATE TRIGGER casus_search_person_facts AFTER UPDATE OF gemeente_id, sort_key ON person
        FOR EACH ROW WHEN (OLD.gemeente_id IS DISTINCT FROM NEW.gemeente_id OR OLD.sort_key IS DISTINCT FROM NEW.sort_key)
        EXECUTE FUNCTION casus_search_person_facts()`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query('DROP TRIGGER casus_search_person_facts ON person');
    await runner.query('DROP FUNCTION casus_search_person_facts()');
    await runner.query('DROP TRIGGER casus_search_casus_facts ON casus');
    await runner.query('DROP FUNCTION casus_search_casus_facts()');
    await runner.query('DROP INDEX casus_search_person');
    await runner.query(`ALTER TABLE casus_search ${SEARCH_FACTS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
  }
}
