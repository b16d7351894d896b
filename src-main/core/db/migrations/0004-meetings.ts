// 0004: meetings (casusoverleg, informatieoverleg, weegoverleg) with attendance per partner,
// agenda items carrying their minutes, addenda after vaststellen, the meeting types as a
// configurable list, and the origin of case actions agreed in a meeting.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1764662400004 implements MigrationInterface {
  name = 'Meetings1764662400004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE meeting (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      type TEXT NOT NULL,
      title TEXT NOT NULL,
      datum TEXT NOT NULL,
      starttijd TEXT NOT NULL,
      locatie TEXT NOT NULL DEFAULT '',
      region_id INTEGER NOT NULL REFERENCES zvh_region (id),
      voorzitter_id INTEGER REFERENCES account (id),
      notulist_id INTEGER REFERENCES account (id),
      invited_partners TEXT NOT NULL DEFAULT '[]',
      invited_persons TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'concept',
      content_hash TEXT,
      vastgesteld_at TEXT,
      vastgesteld_by INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX meeting_datum ON meeting (region_id, datum)');
    await runner.query(`CREATE TABLE meeting_attendance (
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      partner TEXT NOT NULL,
      status TEXT NOT NULL,
      namen TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (meeting_id, partner)
    )`);
    await runner.query(`CREATE TABLE agenda_item (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL,
      casus_id INTEGER REFERENCES casus (id) ON DELETE SET NULL,
      signal_id INTEGER REFERENCES signal (id) ON DELETE SET NULL,
      title TEXT NOT NULL DEFAULT '',
      planned_minutes INTEGER NOT NULL DEFAULT 10,
      spent_seconds INTEGER NOT NULL DEFAULT 0,
      minutes TEXT NOT NULL DEFAULT '{}',
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position)');
    await runner.query('CREATE INDEX agenda_item_casus ON agenda_item (casus_id)');
    await runner.query('CREATE INDEX agenda_item_signal ON agenda_item (signal_id)');
    await runner.query(`CREATE TABLE meeting_addendum (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
      tekst TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL
    )`);
    await runner.query(
      'ALTER TABLE casus_action ADD COLUMN origin_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL',
    );
    await runner.query('CREATE INDEX casus_action_origin ON casus_action (origin_item_id)');
    const types = [
      ['i2o', 'Informatieoverleg (i2o)'],
      ['ico', 'Individueel casusoverleg (ICO)'],
      ['weegoverleg', 'Weegoverleg'],
    ];
    for (const [sort, [code, label]] of types.entries()) {
      await runner.query(
        "INSERT INTO list_value (list, code, label, sort, active) VALUES ('overlegtype', ?, ?, ?, 1)",
        [code, label, sort],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM list_value WHERE list = 'overlegtype'");
    await runner.query('DROP INDEX casus_action_origin');
    await runner.query('ALTER TABLE casus_action DROP COLUMN origin_item_id');
    for (const table of ['meeting_addendum', 'agenda_item', 'meeting_attendance', 'meeting'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
