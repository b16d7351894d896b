// 0029: the case list as it opens reads a page, not a day (issue 20).
//
// The list opens with the newest last signal first and, among cases of the same day, in name order
// (`ORDER BY last_signal_at DESC, p.sort_key, c.id`). 0022's `casus_last_signal` holds the date
// but not the name, which lives on person: so both engines read every casus of the newest day,
// and its person for the name, and sorted them before the first 100 could be given. How many
// cases share a day grows with the data (at 300,000 persons the newest day of the benches' data
// holds about 3,000; of a real region with ten times as many signals, ten times as many as now).
//
// casus now keeps its person's name order (`sort_key`, equal to person.sort_key), and
// `casus_list_signal` holds the list's whole order (date descending, name, id) with what the
// access rule reads of a casus (region, shielding), so the list walks the index and stops after
// its page. The copy is kept by the database itself, whoever writes:
//
// - SQLite: after a casus is inserted or moved to another person, its row takes the person's
//   name order; after a person's name order changes, every casus of the person takes it;
// - PostgreSQL: the same, the first before the row is written; the second as a system path
//   (row security would hide the casus of other regions from whoever renames the person, and
//   their copy would go stale), the transaction's scope given back after it.
//
// A casus whose person is not (yet) there keeps what it had (never NULL): a data load in another
// order does not fail on it.
//
// `casus_last_signal` goes: the new index starts with the same date. And `casus_region_state` also
// holds the shielding flag, so the list's capped count (at most 1,001 visible cases) reads that
// index alone instead of each casus row.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListNameOrder1766908800029 implements MigrationInterface {
  name = 'ListNameOrder1766908800029';

  async up(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.query(`ALTER TABLE casus ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''`);
    if (postgres) {
      await runner.query(`SELECT set_config('cter.scope', 'system', true)`);
      await runner.query(`UPDATE casus c SET sort_key = p.sort_key FROM person p WHERE p.id = c.person_id`);
      await runner.query(`SELECT set_config('cter.scope', '', true)`);
      await runner.query(
        `CREATE FUNCTION casus_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           NEW.sort_key := COALESCE((SELECT p.sort_key FROM person p WHERE p.id = NEW.person_id), NEW.sort_key);
           RETURN NEW;
         END $$`,
      );
      await runner.query(
        `CREATE TRIGGER casus_sort_key BEFORE INSERT OR UPDATE OF person_id ON casus
          FOR EACH ROW EXECUTE FUNCTION casus_sort_key()`,
      );
      await runner.query(
        `CREATE FUNCTION person_sort_key_casus() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE
           scope text := current_setting('cter.scope', true);
         BEGIN
           PERFORM set_config('cter.scope', 'system', true);
           UPDATE casus SET sort_key = NEW.sort_key WHERE person_id = NEW.id;
           PERFORM set_config('cter.scope', COALESCE(scope, ''), true);
           RETURN NULL;
         END $$`,
      );
      await runner.query(
        `CREATE TRIGGER person_sort_key_casus AFTER UPDATE OF sort_key ON person
          FOR EACH ROW WHEN (OLD.sort_key IS DISTINCT FROM NEW.sort_key) EXECUTE FUNCTION person_sort_key_casus()`,
      );
    } else {
      await runner.query(
        `UPDATE casus SET sort_key = COALESCE((SELECT p.sort_key FROM person p WHERE p.id = casus.person_id), '')`,
      );
      await runner.query(
        `CREATE TRIGGER casus_sort_key_insert AFTER INSERT ON casus BEGIN
           UPDATE casus SET sort_key = COALESCE((SELECT p.sort_key FROM person p WHERE p.id = NEW.person_id), sort_key) WHERE id = NEW.id;
         END`,
      );
      await runner.query(
        `CREATE TRIGGER casus_sort_key_person AFTER UPDATE OF person_id ON casus
          WHEN OLD.person_id IS NOT NEW.person_id BEGIN
           UPDATE casus SET sort_key = COALESCE((SELECT p.sort_key FROM person p WHERE p.id = NEW.person_id), sort_key) WHERE id = NEW.id;
         END`,
      );
      await runner.query(
        `CREATE TRIGGER person_sort_key_casus AFTER UPDATE OF sort_key ON person
          WHEN OLD.sort_key IS NOT NEW.sort_key BEGIN
           UPDATE casus SET sort_key = NEW.sort_key WHERE person_id = NEW.id;
         END`,
      );
    }
    await runner.query(
      'CREATE INDEX casus_list_signal ON casus (last_signal_at DESC, sort_key, id, region_id, afgeschermd)',
    );
    await runner.query('DROP INDEX casus_last_signal');
    // The capped count of the list reads the region index up to 1,001 visible cases; with the
    // shielding flag in it, it reads no casus row for them.
    await runner.query('DROP INDEX casus_region_state');
    await runner.query('CREATE INDEX casus_region_state ON casus (region_id, state, afgeschermd)');
  }

  async down(runner: QueryRunner): Promise<void> {
    const postgres = runner.connection.options.type === 'postgres';
    await runner.query('DROP INDEX casus_region_state');
    await runner.query('CREATE INDEX casus_region_state ON casus (region_id, state)');
    await runner.query('CREATE INDEX casus_last_signal ON casus (last_signal_at, id)');
    await runner.query('DROP INDEX casus_list_signal');
    if (postgres) {
      await runner.query('DROP TRIGGER person_sort_key_casus ON person');
      await runner.query('DROP FUNCTION person_sort_key_casus()');
      await runner.query('DROP TRIGGER casus_sort_key ON casus');
      await runner.query('DROP FUNCTION casus_sort_key()');
    } else {
      for (const name of ['person_sort_key_casus', 'casus_sort_key_person', 'casus_sort_key_insert'])
        await runner.query(`DROP TRIGGER ${name}`);
    }
    await runner.query('ALTER TABLE casus DROP COLUMN sort_key');
  }
}
