// 0012: row-level security on PostgreSQL, the second wall behind need-to-know (issue 17). The case
// tables show a row only to the account the transaction was set for (`cter.account_id`, set per
// transaction with SET LOCAL semantics by the workspace) when that account may see its casus, or to
// a named system path (`cter.scope = 'system'`); with nothing set they show nothing. FORCE makes the
// owner subject too: the application role owns the tables (it runs the migrations) and is neither
// superuser nor BYPASSRLS (docs/beheer.md, "Rijbeveiliging (RLS)").
//
// The expressions are a frozen copy of what src-main/core/access (access.ts casePolicy,
// row-security.ts policies) renders today: the rule is written once there, and access.test.ts fails
// when the two differ, so a change to the rule comes with a new migration that replaces the policies.
// One policy per table for every command: USING for what is read, updated and deleted, and as
// WITH CHECK for what is written. Nothing to do on SQLite (one user per file).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACCOUNT = `NULLIF(current_setting('cter.account_id', true), '')::integer`;

/** The casus policy: a system path, or the need-to-know rule for the transaction's account. */
const CASE_POLICY = [
  `current_setting('cter.scope', true) = 'system' OR (casus.region_id IN (SELECT r.value::integer`,
  `FROM account a CROSS JOIN LATERAL jsonb_array_elements_text(a.region_ids::jsonb) r WHERE a.id = ${ACCOUNT}`,
  `AND a.active) AND (casus.afgeschermd = false OR EXISTS (SELECT 1 FROM casus_access named`,
  `WHERE named.casus_id = casus.id AND named.account_id = ${ACCOUNT})))`,
].join(' ');

/** A row of a dependent table is seen when the row it refers to is (under that table's policy). */
const via = (table: string, parent: string, column: string) =>
  `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${table}.${column})`;

export const ROW_SECURITY_POLICIES: readonly { table: string; using: string }[] = [
  { table: 'casus', using: CASE_POLICY },
  { table: 'signal', using: via('signal', 'casus', 'casus_id') },
  { table: 'weging', using: via('weging', 'signal', 'signal_id') },
  { table: 'casus_transition', using: via('casus_transition', 'casus', 'casus_id') },
  { table: 'casus_monitoring', using: via('casus_monitoring', 'casus', 'casus_id') },
  { table: 'casus_note', using: via('casus_note', 'casus', 'casus_id') },
  { table: 'casus_action', using: via('casus_action', 'casus', 'casus_id') },
  { table: 'casus_search', using: via('casus_search', 'casus', 'casus_id') },
];

const POLICY = 'cter_need_to_know';

export class RowSecurity1765353600012 implements MigrationInterface {
  name = 'RowSecurity1765353600012';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, using } of ROW_SECURITY_POLICIES) {
      await runner.query(`CREATE POLICY ${POLICY} ON ${table} USING (${using})`);
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table } of [...ROW_SECURITY_POLICIES].reverse()) {
      await runner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await runner.query(`DROP POLICY ${POLICY} ON ${table}`);
    }
  }
}
