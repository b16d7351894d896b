// 0033: the rows that hang off a casus carry its region and shielding, so row security tests each
// row itself (issue 17, PostgreSQL within 2× of SQLCipher). Until now a row of signal,
// casus_action, casus_monitoring, casus_note or casus_transition was seen when its casus was: the
// policy looked the casus up by key (0019) under casus's own policy, for every row a statement read.
// Mijn werk's four lists read ~800 rows that way, about 9 buffers each, and that was most of its
// time on the server (docs/benchmarks.md, "Both engines").
//
// - Each of the five tables gets `afgeschermd` (boolean) and `region_id` (integer; signal has had
//   one since the baseline, a figure fact kept by core: db/signal-facts.ts), both NOT NULL, filled
//   here from the casus (as a system path: the migration's transaction names no account, so row
//   security would show it no casus).
// - Kept by the database, whoever writes: a BEFORE trigger sets both from the casus on every insert
//   and on any change of the row's casus_id, region_id or afgeschermd (a value written by hand never
//   stays); an AFTER trigger on casus writes a moved or newly (un)shielded casus's values to all its
//   rows in the same statement. Both read and write as a system path (and give the caller's scope
//   back before they return): the copies are right even when the writer
//   may not see every row, and the writer's own statement is still checked by the policy
//   (WITH CHECK runs after the BEFORE trigger, on the copies, which equal the casus's values).
// - The policy of the five tables is casus's rule on the row's own columns (casus_access by
//   `casus_id`); weging still looks up its signal by key, whose policy is now its own row's.
//
// Who sees what is unchanged (postgres-rls.test.ts); what a row now holds is no more than its casus
// shows to whoever may see the row. The expressions are a frozen copy of what src-main/core/access
// renders today (row-security.ts policies); access.test.ts compares the two. Nothing to do on SQLite
// (one user per file, no row security).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROW_SECURITY_POLICIES as BEFORE } from './0019-row-security-lookups';

const POLICY = 'cter_need_to_know';

/** The tables whose rows carry their casus's region and shielding, and whether it had region_id. */
export const CARRYING: readonly { table: string; hadRegion: boolean }[] = [
  { table: 'signal', hadRegion: true },
  { table: 'casus_transition', hadRegion: false },
  { table: 'casus_monitoring', hadRegion: false },
  { table: 'casus_note', hadRegion: false },
  { table: 'casus_action', hadRegion: false },
];

const CASE_POLICY = BEFORE.find(({ table }) => table === 'casus')!.using;

/** casus's rule on a carrying table's own row: its columns for casus's, its casus_id for the id. */
const ownRow = (table: string) =>
  CASE_POLICY.replace(/\bcasus\.(region_id|afgeschermd|id)\b/g, (_, column: string) =>
    column === 'id' ? `${table}.casus_id` : `${table}.${column}`,
  );

export const ROW_SECURITY_POLICIES: readonly { table: string; using: string }[] = BEFORE.map(({ table, using }) =>
  CARRYING.some((c) => c.table === table) ? { table, using: ownRow(table) } : { table, using },
);

const ON_ROW = 'cter_case_facts_on_row';
/**
 * A trigger reads and writes as a system path and then gives the caller's scope back. Transaction-local,
 * as every scope (SET LOCAL semantics): should the trigger fail, the statement's rollback undoes the
 * change with it. (A function's own `SET cter.scope` clause would be neater, but PostgreSQL lets only a
 * superuser attach a setting it does not know to a function.)
 */
const AS_SYSTEM = `PERFORM set_config('cter.scope', 'system', true);`;
const BACK = `PERFORM set_config('cter.scope', caller, true);`;
const TO_ROWS = 'cter_case_facts_to_rows';

export class CaseFactsOnRows1767254400033 implements MigrationInterface {
  name = 'CaseFactsOnRows1767254400033';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, hadRegion } of CARRYING) {
      await runner.query(
        `ALTER TABLE ${table} ADD COLUMN afgeschermd boolean${hadRegion ? '' : ', ADD COLUMN region_id integer'}`,
      );
    }
    await runner.query(`SELECT set_config('cter.scope', 'system', true)`);
    for (const { table } of CARRYING) {
      await runner.query(
        `UPDATE ${table} t SET (region_id, afgeschermd) = (c.region_id, c.afgeschermd) FROM casus c WHERE c.id = t.casus_id`,
      );
      await runner.query(
        `ALTER TABLE ${table} ALTER COLUMN region_id SET NOT NULL, ALTER COLUMN afgeschermd SET NOT NULL`,
      );
    }
    await runner.query(`SELECT set_config('cter.scope', '', true)`);
    await runner.query(
      `CREATE FUNCTION ${ON_ROW}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE caller text := coalesce(current_setting('cter.scope', true), '');
       BEGIN
         ${AS_SYSTEM}
         SELECT c.region_id, c.afgeschermd INTO NEW.region_id, NEW.afgeschermd FROM casus c WHERE c.id = NEW.casus_id;
         ${BACK}
         RETURN NEW;
       END $$`,
    );
    await runner.query(
      `CREATE FUNCTION ${TO_ROWS}() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE caller text := coalesce(current_setting('cter.scope', true), '');
       BEGIN
         ${AS_SYSTEM}
         ${CARRYING.map(
           ({ table }) =>
             `UPDATE ${table} SET (region_id, afgeschermd) = (NEW.region_id, NEW.afgeschermd) WHERE casus_id = NEW.id;`,
         ).join('\n         ')}
         ${BACK}
         RETURN NULL;
       END $$`,
    );
    for (const { table } of CARRYING) {
      await runner.query(
        `CREATE TRIGGER ${ON_ROW} BEFORE INSERT OR UPDATE OF casus_id, region_id, afgeschermd ON ${table}
          FOR EACH ROW EXECUTE FUNCTION ${ON_ROW}()`,
      );
    }
    await runner.query(
      `CREATE TRIGGER ${TO_ROWS} AFTER UPDATE OF region_id, afgeschermd ON casus
        FOR EACH ROW WHEN (OLD.region_id IS DISTINCT FROM NEW.region_id OR OLD.afgeschermd IS DISTINCT FROM NEW.afgeschermd)
        EXECUTE FUNCTION ${TO_ROWS}()`,
    );
    for (const { table, using } of ROW_SECURITY_POLICIES) {
      await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, using } of BEFORE) await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    await runner.query(`DROP TRIGGER ${TO_ROWS} ON casus`);
    for (const { table } of CARRYING) await runner.query(`DROP TRIGGER ${ON_ROW} ON ${table}`);
    await runner.query(`DROP FUNCTION ${TO_ROWS}()`);
    await runner.query(`DROP FUNCTION ${ON_ROW}()`);
    for (const { table, hadRegion } of CARRYING) {
      await runner.query(
        hadRegion
          ? `ALTER TABLE ${table} DROP COLUMN afgeschermd, ALTER COLUMN region_id DROP NOT NULL`
          : `ALTER TABLE ${table} DROP COLUMN afgeschermd, DROP COLUMN region_id`,
      );
    }
  }
}
