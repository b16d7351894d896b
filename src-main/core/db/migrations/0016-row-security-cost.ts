// 0016: what row-level security (0012) cost on PostgreSQL, measured with the engines benchmark at
// 100k persons as the application's role (docs/benchmarks.md), and two changes to the policies:
//
// - casus_search leaves row security. Behind a policy PostgreSQL does not use the table's text
//   indexes: a text match (`@@`, LIKE, trigram similarity) is not leakproof, so the planner does not
//   let it ahead of the policy, and every search read the whole table and looked up each row's
//   casus under its policy (1-12 s per search instead of tens of ms). The table holds what person
//   holds (names, aliases, year of birth, gemeente), which was left uncovered in 0012 for its own
//   reason; the search joins casus, which stays covered, and applies the access rule itself.
// - The dependent tables ask first whether the transaction is a system path's, as casus does, so
//   the figures and the retention run no longer look up the casus of every signal they read.
//
// The expressions are a frozen copy of what src-main/core/access renders today (row-security.ts
// policies); access.test.ts compares the two. Nothing to do on SQLite.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROW_SECURITY_POLICIES as BEFORE } from './0012-row-security';

const POLICY = 'cter_need_to_know';
const SYSTEM = `current_setting('cter.scope', true) = 'system'`;
const LEFT = 'casus_search';

export const ROW_SECURITY_POLICIES: readonly { table: string; using: string }[] = BEFORE.filter(
  ({ table }) => table !== LEFT,
).map(({ table, using }) => ({ table, using: table === 'casus' ? using : `${SYSTEM} OR ${using}` }));

export class RowSecurityCost1765699200016 implements MigrationInterface {
  name = 'RowSecurityCost1765699200016';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`ALTER TABLE ${LEFT} NO FORCE ROW LEVEL SECURITY`);
    await runner.query(`ALTER TABLE ${LEFT} DISABLE ROW LEVEL SECURITY`);
    await runner.query(`DROP POLICY ${POLICY} ON ${LEFT}`);
    for (const { table, using } of ROW_SECURITY_POLICIES) {
      if (table !== 'casus') await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, using } of BEFORE) {
      if (table === LEFT) {
        await runner.query(`CREATE POLICY ${POLICY} ON ${table} USING (${using})`);
        await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
        await runner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      } else if (table !== 'casus') {
        await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
      }
    }
  }
}
