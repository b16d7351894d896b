// 0003: retention and the rights of the person concerned — the retention end date of a casus,
// restriction of processing and the record of corrections on a person, the anonymous statistical
// records that remain after destruction — and, for the year figures, the facts of each signal
// that otherwise need two joins (age at signal, municipality, region), kept on the signal.
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The SET clause that fills the new facts columns of the existing signals: a frozen copy of
// SIGNAL_FACTS (then in core/signals/signal-facts.ts, now core/db/signal-facts.ts) as it was when
// this migration was released. A released migration must do the same on every database it ever runs on, so it imports no live
// code: when the live clause changes (or a column is renamed), this copy stays as it is.
const SIGNAL_FACTS_0003 = `
  leeftijd = (
    SELECT CASE
      WHEN p.geboortedatum IS NOT NULL THEN
        CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - CAST(substr(p.geboortedatum, 1, 4) AS INTEGER)
        - (substr(signal.ontvangen, 6, 5) < substr(p.geboortedatum, 6, 5))
      WHEN p.geboortejaar IS NOT NULL THEN CAST(substr(signal.ontvangen, 1, 4) AS INTEGER) - p.geboortejaar
    END
    FROM person p WHERE p.id = signal.person_id),
  gemeente_id = (SELECT p.gemeente_id FROM person p WHERE p.id = signal.person_id),
  region_id = (SELECT c.region_id FROM casus c WHERE c.id = signal.casus_id)`;

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
    await runner.query('ALTER TABLE signal ADD COLUMN leeftijd INTEGER');
    await runner.query('ALTER TABLE signal ADD COLUMN gemeente_id INTEGER');
    await runner.query('ALTER TABLE signal ADD COLUMN region_id INTEGER');
    await runner.query(`UPDATE signal SET ${SIGNAL_FACTS_0003}`);
    // Deleting a person checks signal.person_id (a foreign key): without this index every deleted
    // person cost a full scan of the signals (8 s for 500 persons on 150,000 signals).
    await runner.query('CREATE INDEX signal_person ON signal (person_id)');
    // Covers every figure query: one index scan, no table pages, no joins.
    await runner.query(
      'CREATE INDEX signal_figures ON signal (ontvangen, leeftijd, ideologie, ernst, gemeente_id, region_id)',
    );
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
    await runner.query('DROP INDEX signal_figures');
    await runner.query('DROP INDEX signal_person');
    for (const column of ['region_id', 'gemeente_id', 'leeftijd'])
      await runner.query(`ALTER TABLE signal DROP COLUMN ${column}`);
    await runner.query('DROP TABLE stat_record');
    await runner.query('DROP TABLE person_correction');
    await runner.query('ALTER TABLE person DROP COLUMN restricted_at');
    await runner.query('ALTER TABLE person DROP COLUMN restricted_reason');
    await runner.query('ALTER TABLE person DROP COLUMN restricted');
    await runner.query('DROP INDEX casus_retention');
    await runner.query('ALTER TABLE casus DROP COLUMN retention_until');
  }
}
