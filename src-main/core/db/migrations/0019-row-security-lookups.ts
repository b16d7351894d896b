// 0019: the policies of row security (0012, 0016) look up what they need once per statement, and a
// dependent row's casus by its key. Measured with the engines benchmark's 100k data as `cter_app`
// (docs/benchmarks.md, "Behind row security"):
//
// - A dependent table's policy (`EXISTS (SELECT 1 FROM casus p WHERE p.id = signal.casus_id)`) was
//   planned as a hashed subplan: each statement that read a few hundred rows of signal, action or
//   monitoring first read every casus the account may see (100,000, each through casus's policy)
//   into a hash. Mijn werk did that four times. `OFFSET 0` keeps the EXISTS from being turned into
//   that hash: the casus of each row read is looked up by its primary key. Mijn werk: 2.0 s → 0.5 s
//   (median, loaded machine, the same data and process, policies swapped in turns).
// - The settings (`cter.scope`, `cter.account_id`) are read in a scalar subquery, which PostgreSQL
//   evaluates once per statement (an InitPlan) instead of calling current_setting() for every row.
//
// The rule itself is unchanged (who sees what: postgres-rls.test.ts). The expressions are a frozen
// copy of what src-main/core/access renders today (row-security.ts policies); access.test.ts
// compares the two. Nothing to do on SQLite.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROW_SECURITY_POLICIES as BEFORE } from './0016-row-security-cost';

const POLICY = 'cter_need_to_know';
const SYSTEM_PER_ROW = `current_setting('cter.scope', true) = 'system'`;
const ACCOUNT_PER_ROW = `NULLIF(current_setting('cter.account_id', true), '')::integer`;
const SYSTEM = `(SELECT ${SYSTEM_PER_ROW})`;
const ACCOUNT = `(SELECT ${ACCOUNT_PER_ROW})`;

/** 0012's casus policy (0016 kept it) with the settings read once per statement. */
const CASE_POLICY = BEFORE.find(({ table }) => table === 'casus')!
  .using.replaceAll(ACCOUNT_PER_ROW, ACCOUNT)
  .replace(SYSTEM_PER_ROW, SYSTEM);

/** A dependent row is seen when the row it hangs off is, looked up by its key for each row. */
const via = (table: string, parent: string, column: string) =>
  `${SYSTEM} OR EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${table}.${column} OFFSET 0)`;

export const ROW_SECURITY_POLICIES: readonly { table: string; using: string }[] = BEFORE.map(({ table, using }) => {
  if (table === 'casus') return { table, using: CASE_POLICY };
  const parent = /FROM (\w+) p WHERE p\.id = \w+\.(\w+)\)$/.exec(using);
  if (!parent) throw new Error(`0019: no parent in the policy of ${table}`);
  return { table, using: via(table, parent[1]!, parent[2]!) };
});

export class RowSecurityLookups1765958400019 implements MigrationInterface {
  name = 'RowSecurityLookups1765958400019';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, using } of ROW_SECURITY_POLICIES) {
      await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    for (const { table, using } of BEFORE) await runner.query(`ALTER POLICY ${POLICY} ON ${table} USING (${using})`);
  }
}
