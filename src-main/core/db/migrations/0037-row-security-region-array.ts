// 0037: casus's policy of row security (0012, 0019) tests a row's region against one array of the
// account's regions instead of a subquery. `region_id IN (SELECT … jsonb_array_elements_text …)`
// was planned as a hashed subplan: for every casus row a statement read (the case list's page and
// its count, each casus Mijn werk's lists look up) PostgreSQL hashed the row's region and probed
// that table. `region_id = ANY (ARRAY(SELECT …))` is read once per statement (an InitPlan, as the
// settings since 0019) and each row is tested against its few elements. Measured with callgrind
// on a backend of the engines benchmark's 100k data (docs/benchmarks.md, "The backend's
// instructions"): the case list as it opens 5.81 → 5.25 M instructions per call.
//
// The rule is unchanged (who sees what: postgres-rls.test.ts): no regions (an inactive or unknown
// account) is the empty array, which matches no row, as the empty subquery did. The expression
// is a frozen copy of what src-main/core/access renders today (access.ts casePolicy);
// access.test.ts compares the two. Nothing to do on SQLite.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROW_SECURITY_POLICIES as BEFORE } from './0019-row-security-lookups';

const POLICY = 'cter_need_to_know';
const SUBQUERY_START = 'casus.region_id IN (SELECT r.value::integer';
const SUBQUERY_END = 'AND a.active) AND (';

/** 0019's casus policy with the region subquery as an array. */
function withRegionArray(using: string): string {
  if (!using.includes(SUBQUERY_START) || !using.includes(SUBQUERY_END)) {
    throw new Error('0037: the casus policy of 0019 is not as expected');
  }
  return using
    .replace(SUBQUERY_START, 'casus.region_id = ANY (ARRAY(SELECT r.value::integer')
    .replace(SUBQUERY_END, 'AND a.active)) AND (');
}

export const ROW_SECURITY_POLICIES: readonly { table: string; using: string }[] = BEFORE.map(({ table, using }) =>
  table === 'casus' ? { table, using: withRegionArray(using) } : { table, using },
);

const policyOf = (policies: typeof BEFORE) => policies.find(({ table }) => table === 'casus')!.using;

export class RowSecurityRegionArray1767600000037 implements MigrationInterface {
  name = 'RowSecurityRegionArray1767600000037';

  async up(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`ALTER POLICY ${POLICY} ON casus USING (${policyOf(ROW_SECURITY_POLICIES)})`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type !== 'postgres') return;
    await runner.query(`ALTER POLICY ${POLICY} ON casus USING (${policyOf(BEFORE)})`);
  }
}
