// 0008: the bewaartermijn reaches the mentor trajectories. A trajectory whose personal data has been
// removed (with its casus, or on its own after the retention period) keeps its figures and records
// the month it was anonymised, so it is never listed as due again.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrajectRetention1765008000008 implements MigrationInterface {
  name = 'TrajectRetention1765008000008';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE mentor_traject ADD COLUMN vernietigd_op TEXT');
    await runner.query('CREATE INDEX mentor_traject_einde ON mentor_traject (status, eind_datum)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX mentor_traject_einde');
    await runner.query('ALTER TABLE mentor_traject DROP COLUMN vernietigd_op');
  }
}
