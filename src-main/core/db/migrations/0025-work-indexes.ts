// 0025: Mijn werk (`work:mine`, core/work/my-work.ts) without reading all due work (issue 20 item 2).
//
// Each of its four lists is "the first 200 in date order" of a small set, but every list was read
// whole and sorted: actions with two statuses (two ranges of `casus_action_deadline`, merged by a
// sort), monitoring and cases without a plan from the region index (every casus in the caller's
// regions), signals from `signal_status` (every waiting signal). At 100,000 persons that was
// ~0.3-1.5 s per list on SQLCipher. Four partial indexes hold exactly the rows a list can show, in
// its order, so both engines walk them and stop after the page:
//
// - `casus_action_open_deadline`: open and running actions by deadline (overdue / due soon);
// - `casus_monitoring_due`: monitoring not yet done, by planned date;
// - `signal_awaiting_weging`: signals that wait for a weging (nieuw, meer informatie), by date;
// - `casus_without_plan_candidates`: cases in casusoverleg or plan van aanpak, by last change.
//
// The WHERE of each index is spelled as the query spells it (SQLite uses a partial index only when
// the query's WHERE contains the index's terms); my-work.ts keeps them the same. They are small:
// only open work is in them. Nothing else changes; no row is touched.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const WORK_INDEXES = [
  'casus_action_open_deadline',
  'casus_monitoring_due',
  'signal_awaiting_weging',
  'casus_without_plan_candidates',
] as const;

export class WorkIndexes1766476800025 implements MigrationInterface {
  name = 'WorkIndexes1766476800025';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX casus_action_open_deadline ON casus_action (deadline, id) WHERE status IN ('open', 'lopend')`,
    );
    await runner.query(
      'CREATE INDEX casus_monitoring_due ON casus_monitoring (gepland, id) WHERE uitgevoerd_at IS NULL',
    );
    await runner.query(
      `CREATE INDEX signal_awaiting_weging ON signal (ontvangen, id) WHERE status IN ('nieuw', 'meer_informatie')`,
    );
    await runner.query(
      `CREATE INDEX casus_without_plan_candidates ON casus (updated_at, id) WHERE state IN ('casusoverleg', 'plan_van_aanpak')`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const name of [...WORK_INDEXES].reverse()) await runner.query(`DROP INDEX ${name}`);
  }
}
