// 0010: optimistic concurrency (issue 17). The records two people edit carry a version, raised by
// one on every save, and the account that saved last: a save that names a version that is no longer
// the current one is refused, so nobody silently overwrites a colleague's change.
// Written for both engines: ALTER TABLE ... ADD COLUMN with a constant default is the same on
// SQLite and PostgreSQL, so no branch on `runner.connection.options.type` is needed. The table list
// is copied here on purpose: a migration must not change when the application's code changes later.
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = [
  'casus',
  'casus_action',
  'casus_monitoring',
  'meeting',
  'agenda_item',
  'eval_template',
  'eval_round',
  'mentor',
  'mentor_traject',
] as const;

export class RecordVersions1765180800010 implements MigrationInterface {
  name = 'RecordVersions1765180800010';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1`);
      await runner.query(`ALTER TABLE ${table} ADD COLUMN updated_by INTEGER`);
    }
    // A template edited in place had no moment of change; it starts from its creation.
    await runner.query('ALTER TABLE eval_template ADD COLUMN updated_at TEXT');
    await runner.query('UPDATE eval_template SET updated_at = created_at');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE eval_template DROP COLUMN updated_at');
    for (const table of [...TABLES].reverse()) {
      await runner.query(`ALTER TABLE ${table} DROP COLUMN updated_by`);
      await runner.query(`ALTER TABLE ${table} DROP COLUMN version`);
    }
  }
}
