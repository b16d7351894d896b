// 0036: the case list of one state in name order reads its page from an index (issue 20).
//
// A list without a text, filtered on one state and sorted by name ("every casus in monitoring,
// A to Z"), walked the persons in name order and looked up each person's casus to test its state
// and the access rule, until a page of visible cases of that state was found: at 300,000 persons
// 4,680 pages for one page of 100 (docs/benchmarks.md, issue 20). casus keeps its person's name
// order since 0029 (`sort_key`), so an index of a state's cases in name order, with what the access
// rule reads of a casus (region, shielding), gives that page by walking the state's range and stops
// after its rows; the casus and its person are read for the page's rows only. The search
// (search/case-search.ts) orders such a list by casus's copy of the name to use it. The same
// statement on both engines.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListStateName1767513600036 implements MigrationInterface {
  name = 'ListStateName1767513600036';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX casus_state_name ON casus (state, sort_key, id, region_id, afgeschermd)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX casus_state_name');
  }
}
