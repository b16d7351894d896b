// 0007: the mentor project ONE-on-ONE and the gemeentelijke experts — training modules (with the
// starting list, the required ones marked), mentorconsultants, mentors and their status history,
// training and intervision sessions with attendance, trajectories with their status timeline,
// contact, evaluation and support moments, network activities, and the experts' municipalities
// and consultations. A trajectory outlives the destruction of a linked casus (the link is cleared);
// it carries no name beyond the mentee's roepnaam.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export const DEFAULT_MODULES: { code: string; label: string; required: boolean }[] = [
  { code: 'basistraining', label: 'Basistraining mentorschap', required: true },
  { code: 'radicalisering', label: 'Radicalisering en ideologie herkennen', required: true },
  { code: 'gespreksvoering', label: 'Motiverende gespreksvoering', required: true },
  { code: 'veiligheid', label: 'Veiligheid, grenzen en melden', required: true },
  { code: 'intervisie', label: 'Intervisie', required: false },
  { code: 'verdieping', label: 'Verdiepingsmodule', required: false },
];

const TRAJECT_RECORD = `
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      traject_id INTEGER NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
      datum TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL`;

export class Mentor1764921600007 implements MigrationInterface {
  name = 'Mentor1764921600007';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE mentor_module (
      code TEXT PRIMARY KEY NOT NULL,
      label TEXT NOT NULL,
      required BOOLEAN NOT NULL DEFAULT 0,
      active BOOLEAN NOT NULL DEFAULT 1,
      sort INTEGER NOT NULL
    )`);
    for (const [sort, m] of DEFAULT_MODULES.entries()) {
      await runner.query('INSERT INTO mentor_module (code, label, required, active, sort) VALUES (?, ?, ?, 1, ?)', [
        m.code,
        m.label,
        m.required ? 1 : 0,
        sort,
      ]);
    }
    await runner.query(`CREATE TABLE mentor_consultant (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      naam TEXT NOT NULL,
      organisatie TEXT NOT NULL DEFAULT '',
      account_id INTEGER REFERENCES account (id),
      active BOOLEAN NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL
    )`);
    await runner.query(`CREATE TABLE mentor (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      naam TEXT NOT NULL,
      contact TEXT NOT NULL DEFAULT '',
      toelichting TEXT NOT NULL DEFAULT '',
      region_id INTEGER NOT NULL REFERENCES zvh_region (id),
      capacity INTEGER NOT NULL CHECK (capacity >= 0),
      consultant_id INTEGER REFERENCES mentor_consultant (id),
      status TEXT NOT NULL CHECK (status IN ('in_opleiding', 'inzetbaar', 'niet_beschikbaar', 'gestopt')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query(`CREATE TABLE mentor_status (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
      from_status TEXT,
      to_status TEXT NOT NULL,
      datum TEXT NOT NULL,
      toelichting TEXT NOT NULL DEFAULT '',
      automatisch BOOLEAN NOT NULL DEFAULT 0,
      account_id INTEGER REFERENCES account (id),
      at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX mentor_status_mentor ON mentor_status (mentor_id, datum)');
    await runner.query(`CREATE TABLE training_session (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      datum TEXT NOT NULL,
      soort TEXT NOT NULL CHECK (soort IN ('training', 'intervisie')),
      module TEXT NOT NULL REFERENCES mentor_module (code),
      trainer TEXT NOT NULL DEFAULT '',
      region_id INTEGER REFERENCES zvh_region (id),
      toelichting TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX training_session_datum ON training_session (datum)');
    await runner.query(`CREATE TABLE training_attendance (
      session_id INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
      mentor_id INTEGER NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
      PRIMARY KEY (session_id, mentor_id)
    )`);
    await runner.query('CREATE INDEX training_attendance_mentor ON training_attendance (mentor_id)');
    await runner.query(`CREATE TABLE mentor_traject (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      code TEXT NOT NULL UNIQUE,
      region_id INTEGER NOT NULL REFERENCES zvh_region (id),
      gemeente_id INTEGER REFERENCES gemeente (id),
      bron TEXT NOT NULL CHECK (bron IN ('casus_interventie', 'aanmelding_partner')),
      casus_id INTEGER REFERENCES casus (id) ON DELETE SET NULL,
      casus_action_id INTEGER REFERENCES casus_action (id) ON DELETE SET NULL,
      aanmelder_partner TEXT,
      aanmeld_datum TEXT NOT NULL,
      mentee_roepnaam TEXT NOT NULL DEFAULT '',
      mentee_geboortejaar INTEGER,
      mentor_id INTEGER REFERENCES mentor (id),
      status TEXT NOT NULL CHECK (status IN ('aangemeld', 'gematcht', 'lopend', 'gepauzeerd', 'afgerond')),
      start_datum TEXT,
      eind_datum TEXT,
      eind_reden TEXT,
      uitkomst TEXT,
      doelen TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX mentor_traject_mentor ON mentor_traject (mentor_id, status)');
    await runner.query('CREATE INDEX mentor_traject_casus ON mentor_traject (casus_id)');
    await runner.query(`CREATE TABLE mentor_traject_status (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      traject_id INTEGER NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
      from_status TEXT,
      to_status TEXT NOT NULL,
      datum TEXT NOT NULL,
      toelichting TEXT NOT NULL DEFAULT '',
      mentor_id INTEGER REFERENCES mentor (id),
      account_id INTEGER REFERENCES account (id),
      at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX mentor_traject_status_traject ON mentor_traject_status (traject_id)');
    await runner.query(`CREATE TABLE mentor_contact (${TRAJECT_RECORD},
      duur_minuten INTEGER NOT NULL CHECK (duur_minuten >= 0),
      type TEXT NOT NULL,
      notitie TEXT NOT NULL DEFAULT ''
    )`);
    await runner.query(`CREATE TABLE mentor_evaluatie (${TRAJECT_RECORD},
      soort TEXT NOT NULL CHECK (soort IN ('mentor', 'mentee')),
      eval_round_id INTEGER REFERENCES eval_round (id) ON DELETE SET NULL,
      notitie TEXT NOT NULL DEFAULT ''
    )`);
    await runner.query(`CREATE TABLE mentor_support (${TRAJECT_RECORD},
      consultant_id INTEGER NOT NULL REFERENCES mentor_consultant (id),
      notitie TEXT NOT NULL DEFAULT ''
    )`);
    for (const table of ['mentor_contact', 'mentor_evaluatie', 'mentor_support']) {
      await runner.query(`CREATE INDEX ${table}_traject ON ${table} (traject_id, datum)`);
    }
    await runner.query(`CREATE TABLE mentor_activiteit (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      datum TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('voorlichting', 'netwerkbijeenkomst', 'training_professionals')),
      titel TEXT NOT NULL,
      doelgroep TEXT NOT NULL DEFAULT '',
      region_id INTEGER NOT NULL REFERENCES zvh_region (id),
      gemeente_id INTEGER REFERENCES gemeente (id),
      bereik INTEGER NOT NULL DEFAULT 0 CHECK (bereik >= 0),
      signalen INTEGER NOT NULL DEFAULT 0 CHECK (signalen >= 0),
      toelichting TEXT NOT NULL DEFAULT '',
      account_id INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX mentor_activiteit_datum ON mentor_activiteit (datum)');
    await runner.query(`CREATE TABLE expert_gemeente (
      account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
      gemeente_id INTEGER NOT NULL REFERENCES gemeente (id) ON DELETE CASCADE,
      PRIMARY KEY (account_id, gemeente_id)
    )`);
    await runner.query(`CREATE TABLE expert_advies (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      account_id INTEGER NOT NULL REFERENCES account (id),
      gemeente_id INTEGER NOT NULL REFERENCES gemeente (id),
      datum TEXT NOT NULL,
      onderwerp TEXT NOT NULL,
      duur_minuten INTEGER NOT NULL CHECK (duur_minuten >= 0),
      toelichting TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX expert_advies_gemeente ON expert_advies (gemeente_id, datum)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'expert_advies',
      'expert_gemeente',
      'mentor_activiteit',
      'mentor_support',
      'mentor_evaluatie',
      'mentor_contact',
      'mentor_traject_status',
      'mentor_traject',
      'training_attendance',
      'training_session',
      'mentor_status',
      'mentor',
      'mentor_consultant',
      'mentor_module',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
