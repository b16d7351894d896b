// 0002: the case work — regions and municipalities, configurable lists (with their defaults),
// persons, signals, wegingen, cases with their transitions, actions, monitoring and notes, the
// search index, and the regions an account works in.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_LISTS, DEFAULT_REGIONS } from './0002-casework.defaults';

export class Casework1764489600002 implements MigrationInterface {
  name = 'Casework1764489600002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE account ADD COLUMN region_ids TEXT NOT NULL DEFAULT '[]'`);
    await runner.query(`CREATE TABLE zvh_region (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      name TEXT NOT NULL UNIQUE
    )`);
    await runner.query(`CREATE TABLE gemeente (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      name TEXT NOT NULL UNIQUE,
      region_id INTEGER NOT NULL REFERENCES zvh_region (id)
    )`);
    await runner.query(`CREATE TABLE list_value (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      list TEXT NOT NULL,
      code TEXT NOT NULL,
      label TEXT NOT NULL,
      sort INTEGER NOT NULL,
      active BOOLEAN NOT NULL DEFAULT 1,
      effect TEXT,
      UNIQUE (list, code)
    )`);
    await runner.query(`CREATE TABLE person (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      naam TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      roepnaam TEXT NOT NULL DEFAULT '',
      aliases TEXT NOT NULL DEFAULT '[]',
      geboortedatum TEXT,
      geboortejaar INTEGER,
      geslacht TEXT,
      gemeente_id INTEGER NOT NULL REFERENCES gemeente (id),
      bsn TEXT NOT NULL DEFAULT '',
      notities TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX person_geboortejaar ON person (geboortejaar)');
    await runner.query('CREATE INDEX person_sort_key ON person (sort_key)');
    await runner.query(`CREATE TABLE person_name_key (
      person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      PRIMARY KEY (person_id, key)
    )`);
    await runner.query('CREATE INDEX person_name_key_key ON person_name_key (key)');
    await runner.query(`CREATE TABLE casus (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      number TEXT NOT NULL UNIQUE,
      person_id INTEGER NOT NULL REFERENCES person (id),
      region_id INTEGER NOT NULL REFERENCES zvh_region (id),
      state TEXT NOT NULL,
      outcome TEXT,
      procesregisseur_id INTEGER REFERENCES account (id),
      partners TEXT NOT NULL DEFAULT '[]',
      afgeschermd BOOLEAN NOT NULL DEFAULT 0,
      opened_at TEXT NOT NULL,
      closed_at TEXT,
      last_signal_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX casus_person ON casus (person_id)');
    await runner.query('CREATE INDEX casus_region_state ON casus (region_id, state)');
    await runner.query(`CREATE TABLE casus_access (
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      account_id INTEGER NOT NULL REFERENCES account (id),
      PRIMARY KEY (casus_id, account_id)
    )`);
    await runner.query(`CREATE TABLE signal (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES person (id),
      melder_partner TEXT NOT NULL,
      melder_contact TEXT NOT NULL DEFAULT '',
      ontvangen TEXT NOT NULL,
      omschrijving TEXT NOT NULL,
      ideologie TEXT NOT NULL,
      ernst TEXT NOT NULL,
      bron TEXT NOT NULL,
      status TEXT NOT NULL,
      registered_by INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX signal_casus ON signal (casus_id)');
    await runner.query('CREATE INDEX signal_status ON signal (status)');
    await runner.query('CREATE INDEX signal_ontvangen ON signal (ontvangen)');
    await runner.query(`CREATE TABLE weging (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      signal_id INTEGER NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
      besluit TEXT NOT NULL,
      motivering TEXT NOT NULL,
      deelnemers TEXT NOT NULL,
      datum TEXT NOT NULL,
      recorded_by INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX weging_signal ON weging (signal_id)');
    await runner.query(`CREATE TABLE casus_transition (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      from_state TEXT,
      to_state TEXT NOT NULL,
      outcome TEXT,
      toelichting TEXT NOT NULL,
      at TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id)
    )`);
    await runner.query('CREATE INDEX casus_transition_casus ON casus_transition (casus_id)');
    await runner.query(`CREATE TABLE casus_action (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      soort TEXT NOT NULL,
      interventietype TEXT,
      omschrijving TEXT NOT NULL,
      actiehouder_partner TEXT NOT NULL,
      actiehouder_naam TEXT NOT NULL,
      actiehouder_account_id INTEGER REFERENCES account (id),
      deadline TEXT NOT NULL,
      status TEXT NOT NULL,
      completed_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX casus_action_casus ON casus_action (casus_id)');
    await runner.query('CREATE INDEX casus_action_deadline ON casus_action (status, deadline)');
    await runner.query(`CREATE TABLE casus_monitoring (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      gepland TEXT NOT NULL,
      uitgevoerd_at TEXT,
      bevindingen TEXT NOT NULL DEFAULT '',
      account_id INTEGER REFERENCES account (id)
    )`);
    await runner.query('CREATE INDEX casus_monitoring_casus ON casus_monitoring (casus_id)');
    await runner.query(`CREATE TABLE casus_note (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
      casus_id INTEGER NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
      tekst TEXT NOT NULL,
      account_id INTEGER REFERENCES account (id),
      created_at TEXT NOT NULL
    )`);
    await runner.query('CREATE INDEX casus_note_casus ON casus_note (casus_id)');
    // One row per casus (rowid = casus id); see search/sqlite-search.ts.
    await runner.query(`CREATE VIRTUAL TABLE casus_search USING fts5(
      naam, aliases, overig,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    )`);

    for (const [index, region] of DEFAULT_REGIONS.entries()) {
      await runner.query('INSERT INTO zvh_region (id, name) VALUES (?, ?)', [index + 1, region.name]);
      for (const gemeente of region.gemeenten) {
        await runner.query('INSERT INTO gemeente (name, region_id) VALUES (?, ?)', [gemeente, index + 1]);
      }
    }
    for (const [list, values] of Object.entries(DEFAULT_LISTS)) {
      for (const [sort, value] of values.entries()) {
        await runner.query(
          'INSERT INTO list_value (list, code, label, sort, active, effect) VALUES (?, ?, ?, ?, 1, ?)',
          [list, value.code, value.label, sort, value.effect ?? null],
        );
      }
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'casus_search',
      'casus_note',
      'casus_monitoring',
      'casus_action',
      'casus_transition',
      'weging',
      'signal',
      'casus_access',
      'casus',
      'person_name_key',
      'person',
      'list_value',
      'gemeente',
      'zvh_region',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('ALTER TABLE account DROP COLUMN region_ids');
  }
}
