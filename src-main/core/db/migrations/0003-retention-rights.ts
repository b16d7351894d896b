// 0003: retention and the rights of the person concerned — the retention end date of a casus,
// restriction of processing and the record of corrections on a person, and the anonymous
// statistical records that remain after destruction.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionRights1764576000003 implements MigrationInterface {
  name = 'RetentionRights1764576000003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE casus ADD COLUMN retention_until TEXT');
    await runner.query('CREATE INDEX casus_retention ON casus (retention_until)');
    // Cases closed before this version get their retention end date from the default policy.
    await runner.query(
      "UPDATE casus SET retention_until = date(closed_at, '+5 years') WHERE closed_at IS NOT NULL AND retention_until IS NULL",
    );
    await runner.query('ALTER TABLE person ADD COLUMN restricted BOOLEAN NOT NULL DEFAULT 0');
    await runner.query("ALTER TABLE person ADD COLUMN restricted_reason TEXT NOT NULL DEFAULT ''");
    await runner.query('ALTER TABLE person ADD COLUMN restricted_at TEXT');
    await runner.query(`CREATE TABLE person_correction (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      field TEXT NOT NULL,
      old_value TEXT NOT NULL,
      new_value TEXT NOT NULL,
      reden TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX person_correction_person ON person_correction (person_id)');
    // One row per destroyed signal; no names, no exact dates, no link back to anyone.
    await runner.query(`CREATE TABLE stat_record (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      signal_month TEXT NOT NULL,
      age_band TEXT NOT NULL,
      gemeente_id INTEGER,
      region_id INTEGER,
      ideologie TEXT NOT NULL,
      ernst TEXT NOT NULL,
      outcome TEXT,
      closed_month TEXT,
      case_record BOOLEAN NOT NULL DEFAULT 0
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE stat_record');
    await runner.query('DROP TABLE person_correction');
    await runner.query('ALTER TABLE person DROP COLUMN restricted_at');
    await runner.query('ALTER TABLE person DROP COLUMN restricted_reason');
    await runner.query('ALTER TABLE person DROP COLUMN restricted');
    await runner.query('DROP INDEX casus_retention');
    await runner.query('ALTER TABLE casus DROP COLUMN retention_until');
  }
}
