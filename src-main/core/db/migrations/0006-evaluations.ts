// 0006: evaluations — questionnaire template versions, rounds, responses, recommendations and
// their progress notes. The shipped templates are installed when the workspace opens a database,
// not by the migration (like the example covenant).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluations1764835200006 implements MigrationInterface {
  name = 'Evaluations1764835200006';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE eval_template (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      sleutel TEXT NOT NULL,
      versie INTEGER NOT NULL,
      titel TEXT NOT NULL,
      voorbeeld BOOLEAN NOT NULL DEFAULT 0,
      content TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES account (id),
      UNIQUE (sleutel, versie)
    )`);
    await runner.query(`CREATE TABLE eval_round (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      template_id INTEGER NOT NULL REFERENCES eval_template (id),
      titel TEXT NOT NULL,
      toelichting TEXT NOT NULL DEFAULT '',
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      anonymity TEXT NOT NULL CHECK (anonymity IN ('op-naam', 'anoniem-dag', 'anoniem-week')),
      target_groups TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'concept',
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES account (id),
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX eval_round_template ON eval_round (template_id)');
    // No created/updated time on a response: for anonymous rounds the row must not say when.
    await runner.query(`CREATE TABLE eval_response (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      round_id INTEGER NOT NULL REFERENCES eval_round (id) ON DELETE CASCADE,
      source TEXT NOT NULL CHECK (source IN ('papier', 'kiosk')),
      partner TEXT,
      respondent TEXT,
      submitted_on TEXT NOT NULL,
      submitted_at TEXT,
      entered_by INTEGER REFERENCES account (id),
      answers TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX eval_response_round ON eval_response (round_id)');
    await runner.query(`CREATE TABLE eval_recommendation (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      round_id INTEGER NOT NULL REFERENCES eval_round (id) ON DELETE CASCADE,
      tekst TEXT NOT NULL,
      eigenaar TEXT NOT NULL DEFAULT '',
      deadline TEXT,
      status TEXT NOT NULL DEFAULT 'open',
      created_at TEXT NOT NULL,
      created_by INTEGER REFERENCES account (id),
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX eval_recommendation_round ON eval_recommendation (round_id)');
    await runner.query(`CREATE TABLE eval_recommendation_note (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      recommendation_id INTEGER NOT NULL REFERENCES eval_recommendation (id) ON DELETE CASCADE,
      tekst TEXT NOT NULL,
      status TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX eval_recommendation_note_rec ON eval_recommendation_note (recommendation_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'eval_recommendation_note',
      'eval_recommendation',
      'eval_response',
      'eval_round',
      'eval_template',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
