// 0033: an evaluation round belongs to a house, a ZVH region (issue 18 point 7: several ZVHs on
// one server). `eval_round.region_id` names the house the round is for; NULL is a round for every
// house (province-wide). Every round made before this migration stays NULL, so an installation
// sees exactly what it saw: the rounds of a house are read by that house's accounts only
// (evaluations/queries.ts `roundVisibleSql`), a NULL round by all. The same statements on both
// engines; an index for the list's filter and the foreign key.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoundHouse1767254400033 implements MigrationInterface {
  name = 'RoundHouse1767254400033';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE eval_round ADD COLUMN region_id INTEGER REFERENCES zvh_region (id)');
    await runner.query('CREATE INDEX eval_round_region ON eval_round (region_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX eval_round_region');
    await runner.query('ALTER TABLE eval_round DROP COLUMN region_id');
  }
}
