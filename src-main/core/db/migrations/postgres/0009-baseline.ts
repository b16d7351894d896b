// The PostgreSQL baseline: the schema of version 9 — every table, primary key, UNIQUE, foreign key,
// CHECK and index that the migrations 0001..0009 build on SQLite — and the rows they insert, on an
// empty PostgreSQL database, in one migration (one transaction). Generated once from a SQLite
// database at version 9 and then frozen: it imports only typeorm and the data beside it, and never
// changes. Migrations 0010 and later are shared with SQLite (see docs/developer/recipes.md).
//
// Types as the entities describe them, so one set of entities serves both engines: text, integer,
// boolean; ids the database assigns are `serial` (TypeORM's `generated: 'increment'`); dates and
// timestamps stay ISO text as on SQLite.
//
// The FTS5 search table of SQLite has no twin here. Instead: the extensions unaccent and pg_trgm,
// an immutable unaccent wrapper (unaccent() itself is only stable, so it cannot be indexed), and a
// `casus_search` table keyed on the casus id with the same three texts, a stored tsvector (Dutch
// configuration, accents folded, weights A/B/C for naam/aliases/overig as bm25's 10/5/1) with a
// GIN index, and a trigram GIN index on the folded names for typing errors.
//
// The schema version lives in the one-row table `schema_version` (SQLite: PRAGMA user_version).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GEMEENTEN, LIST_VALUES, MENTOR_MODULES, REGIONS } from './0009-baseline.data';

const TABLES = [
  `CREATE TABLE setting (
    key text PRIMARY KEY,
    value text NOT NULL
  )`,
  `CREATE TABLE account (
    id serial PRIMARY KEY,
    username text NOT NULL UNIQUE,
    display_name text NOT NULL,
    roles text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    must_change_password boolean NOT NULL DEFAULT false,
    key_slot_id text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    last_login_at text,
    region_ids text NOT NULL DEFAULT '[]'
  )`,
  `CREATE TABLE audit_entry (
    id integer PRIMARY KEY,
    at text NOT NULL,
    actor_id integer,
    actor_name text,
    action text NOT NULL,
    kind text NOT NULL,
    object_type text,
    object_id text,
    result text NOT NULL,
    reason text,
    legal_ground text,
    details text,
    prev_hash text NOT NULL,
    hash text NOT NULL
  )`,
  `CREATE INDEX audit_entry_at ON audit_entry (at)`,
  `CREATE INDEX audit_entry_actor ON audit_entry (actor_id, at)`,
  `CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id)`,
  `CREATE TABLE zvh_region (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE
  )`,
  `CREATE TABLE gemeente (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    region_id integer NOT NULL REFERENCES zvh_region (id)
  )`,
  `CREATE TABLE list_value (
    id serial PRIMARY KEY,
    list text NOT NULL,
    code text NOT NULL,
    label text NOT NULL,
    sort integer NOT NULL,
    active boolean NOT NULL DEFAULT true,
    effect text,
    UNIQUE (list, code)
  )`,
  `CREATE TABLE person (
    id serial PRIMARY KEY,
    naam text NOT NULL,
    sort_key text NOT NULL,
    roepnaam text NOT NULL DEFAULT '',
    aliases text NOT NULL DEFAULT '[]',
    geboortedatum text,
    geboortejaar integer,
    geslacht text,
    gemeente_id integer NOT NULL REFERENCES gemeente (id),
    bsn text NOT NULL DEFAULT '',
    notities text NOT NULL DEFAULT '',
    created_at text NOT NULL,
    updated_at text NOT NULL,
    restricted boolean NOT NULL DEFAULT false,
    restricted_reason text NOT NULL DEFAULT '',
    restricted_at text
  )`,
  `CREATE INDEX person_geboortejaar ON person (geboortejaar)`,
  `CREATE INDEX person_sort_key ON person (sort_key)`,
  `CREATE TABLE person_name_key (
    person_id integer NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    key text NOT NULL,
    PRIMARY KEY (person_id, key)
  )`,
  `CREATE INDEX person_name_key_key ON person_name_key (key)`,
  `CREATE TABLE casus (
    id serial PRIMARY KEY,
    number text NOT NULL UNIQUE,
    person_id integer NOT NULL REFERENCES person (id),
    region_id integer NOT NULL REFERENCES zvh_region (id),
    state text NOT NULL,
    outcome text,
    procesregisseur_id integer REFERENCES account (id),
    partners text NOT NULL DEFAULT '[]',
    afgeschermd boolean NOT NULL DEFAULT false,
    opened_at text NOT NULL,
    closed_at text,
    last_signal_at text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    retention_until text
  )`,
  `CREATE INDEX casus_person ON casus (person_id)`,
  `CREATE INDEX casus_region_state ON casus (region_id, state)`,
  `CREATE INDEX casus_retention ON casus (retention_until)`,
  `CREATE TABLE casus_access (
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    account_id integer NOT NULL REFERENCES account (id),
    PRIMARY KEY (casus_id, account_id)
  )`,
  `CREATE TABLE signal (
    id serial PRIMARY KEY,
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    person_id integer NOT NULL REFERENCES person (id),
    melder_partner text NOT NULL,
    melder_contact text NOT NULL DEFAULT '',
    ontvangen text NOT NULL,
    omschrijving text NOT NULL,
    ideologie text NOT NULL,
    ernst text NOT NULL,
    bron text NOT NULL,
    status text NOT NULL,
    registered_by integer REFERENCES account (id),
    created_at text NOT NULL,
    leeftijd integer,
    gemeente_id integer,
    region_id integer
  )`,
  `CREATE INDEX signal_casus ON signal (casus_id)`,
  `CREATE INDEX signal_status ON signal (status)`,
  `CREATE INDEX signal_ontvangen ON signal (ontvangen)`,
  `CREATE INDEX signal_person ON signal (person_id)`,
  `CREATE INDEX signal_figures ON signal (ontvangen, leeftijd, ideologie, ernst, gemeente_id, region_id)`,
  `CREATE TABLE weging (
    id serial PRIMARY KEY,
    signal_id integer NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
    besluit text NOT NULL,
    motivering text NOT NULL,
    deelnemers text NOT NULL,
    datum text NOT NULL,
    recorded_by integer REFERENCES account (id),
    created_at text NOT NULL
  )`,
  `CREATE INDEX weging_signal ON weging (signal_id)`,
  `CREATE TABLE casus_transition (
    id serial PRIMARY KEY,
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    from_state text,
    to_state text NOT NULL,
    outcome text,
    toelichting text NOT NULL,
    at text NOT NULL,
    account_id integer REFERENCES account (id)
  )`,
  `CREATE INDEX casus_transition_casus ON casus_transition (casus_id)`,
  `CREATE TABLE casus_monitoring (
    id serial PRIMARY KEY,
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    gepland text NOT NULL,
    uitgevoerd_at text,
    bevindingen text NOT NULL DEFAULT '',
    account_id integer REFERENCES account (id)
  )`,
  `CREATE INDEX casus_monitoring_casus ON casus_monitoring (casus_id)`,
  `CREATE TABLE casus_note (
    id serial PRIMARY KEY,
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    tekst text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL
  )`,
  `CREATE INDEX casus_note_casus ON casus_note (casus_id)`,
  `CREATE TABLE person_correction (
    id serial PRIMARY KEY,
    person_id integer NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    field text NOT NULL,
    old_value text NOT NULL,
    new_value text NOT NULL,
    reden text NOT NULL,
    account_id integer REFERENCES account (id),
    at text NOT NULL
  )`,
  `CREATE INDEX person_correction_person ON person_correction (person_id)`,
  `CREATE TABLE stat_record (
    id serial PRIMARY KEY,
    signal_month text NOT NULL,
    age_band text NOT NULL,
    gemeente_id integer,
    region_id integer,
    ideologie text NOT NULL,
    ernst text NOT NULL,
    outcome text,
    closed_month text,
    case_record boolean NOT NULL DEFAULT false
  )`,
  `CREATE TABLE meeting (
    id serial PRIMARY KEY,
    type text NOT NULL,
    title text NOT NULL,
    datum text NOT NULL,
    starttijd text NOT NULL,
    locatie text NOT NULL DEFAULT '',
    region_id integer NOT NULL REFERENCES zvh_region (id),
    voorzitter_id integer REFERENCES account (id),
    notulist_id integer REFERENCES account (id),
    invited_partners text NOT NULL DEFAULT '[]',
    invited_persons text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'concept',
    content_hash text,
    vastgesteld_at text,
    vastgesteld_by integer REFERENCES account (id),
    created_at text NOT NULL,
    updated_at text NOT NULL,
    hash_scheme integer NOT NULL DEFAULT 1,
    redacted_at text,
    redaction_years integer,
    redaction_base_hash text
  )`,
  `CREATE INDEX meeting_datum ON meeting (region_id, datum)`,
  `CREATE TABLE meeting_attendance (
    meeting_id integer NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    partner text NOT NULL,
    status text NOT NULL,
    namen text NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, partner)
  )`,
  `CREATE TABLE agenda_item (
    id serial PRIMARY KEY,
    meeting_id integer NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position integer NOT NULL,
    kind text NOT NULL,
    casus_id integer REFERENCES casus (id) ON DELETE SET NULL,
    signal_id integer REFERENCES signal (id) ON DELETE SET NULL,
    title text NOT NULL DEFAULT '',
    planned_minutes integer NOT NULL DEFAULT 10,
    spent_seconds integer NOT NULL DEFAULT 0,
    minutes text NOT NULL DEFAULT '{}',
    updated_at text NOT NULL,
    redacted_at text,
    original_digest text
  )`,
  `CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position)`,
  `CREATE INDEX agenda_item_casus ON agenda_item (casus_id)`,
  `CREATE INDEX agenda_item_signal ON agenda_item (signal_id)`,
  `CREATE TABLE casus_action (
    id serial PRIMARY KEY,
    casus_id integer NOT NULL REFERENCES casus (id) ON DELETE CASCADE,
    soort text NOT NULL,
    interventietype text,
    omschrijving text NOT NULL,
    actiehouder_partner text NOT NULL,
    actiehouder_naam text NOT NULL,
    actiehouder_account_id integer REFERENCES account (id),
    deadline text NOT NULL,
    status text NOT NULL,
    completed_at text,
    created_at text NOT NULL,
    updated_at text NOT NULL,
    origin_item_id integer REFERENCES agenda_item (id) ON DELETE SET NULL
  )`,
  `CREATE INDEX casus_action_casus ON casus_action (casus_id)`,
  `CREATE INDEX casus_action_deadline ON casus_action (status, deadline)`,
  `CREATE INDEX casus_action_origin ON casus_action (origin_item_id)`,
  `CREATE TABLE meeting_addendum (
    id serial PRIMARY KEY,
    meeting_id integer NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    tekst text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL,
    redacted_at text,
    original_digest text
  )`,
  `CREATE TABLE convenant_version (
    id serial PRIMARY KEY,
    titel text NOT NULL,
    versie text NOT NULL,
    ingangsdatum text NOT NULL,
    status text NOT NULL,
    content text NOT NULL,
    imported_at text NOT NULL,
    imported_by integer REFERENCES account (id),
    UNIQUE (titel, versie)
  )`,
  `CREATE TABLE eval_template (
    id serial PRIMARY KEY,
    sleutel text NOT NULL,
    versie integer NOT NULL,
    titel text NOT NULL,
    voorbeeld boolean NOT NULL DEFAULT false,
    content text NOT NULL,
    created_at text NOT NULL,
    created_by integer REFERENCES account (id),
    UNIQUE (sleutel, versie)
  )`,
  `CREATE TABLE eval_round (
    id serial PRIMARY KEY,
    template_id integer NOT NULL REFERENCES eval_template (id),
    titel text NOT NULL,
    toelichting text NOT NULL DEFAULT '',
    period_from text NOT NULL,
    period_to text NOT NULL,
    anonymity text NOT NULL CHECK (anonymity IN ('op-naam', 'anoniem-dag', 'anoniem-week')),
    target_groups text NOT NULL DEFAULT '[]',
    status text NOT NULL DEFAULT 'concept',
    created_at text NOT NULL,
    created_by integer REFERENCES account (id),
    updated_at text NOT NULL
  )`,
  `CREATE INDEX eval_round_template ON eval_round (template_id)`,
  `CREATE TABLE eval_response (
    id serial PRIMARY KEY,
    round_id integer NOT NULL REFERENCES eval_round (id) ON DELETE CASCADE,
    source text NOT NULL CHECK (source IN ('papier', 'kiosk')),
    partner text,
    respondent text,
    submitted_on text NOT NULL,
    submitted_at text,
    entered_by integer REFERENCES account (id),
    answers text NOT NULL
  )`,
  `CREATE INDEX eval_response_round ON eval_response (round_id)`,
  `CREATE TABLE eval_recommendation (
    id serial PRIMARY KEY,
    round_id integer NOT NULL REFERENCES eval_round (id) ON DELETE CASCADE,
    tekst text NOT NULL,
    eigenaar text NOT NULL DEFAULT '',
    deadline text,
    status text NOT NULL DEFAULT 'open',
    created_at text NOT NULL,
    created_by integer REFERENCES account (id),
    updated_at text NOT NULL
  )`,
  `CREATE INDEX eval_recommendation_round ON eval_recommendation (round_id)`,
  `CREATE TABLE eval_recommendation_note (
    id serial PRIMARY KEY,
    recommendation_id integer NOT NULL REFERENCES eval_recommendation (id) ON DELETE CASCADE,
    tekst text NOT NULL,
    status text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL
  )`,
  `CREATE INDEX eval_recommendation_note_rec ON eval_recommendation_note (recommendation_id)`,
  `CREATE TABLE mentor_module (
    code text PRIMARY KEY,
    label text NOT NULL,
    required boolean NOT NULL DEFAULT false,
    active boolean NOT NULL DEFAULT true,
    sort integer NOT NULL
  )`,
  `CREATE TABLE mentor_consultant (
    id serial PRIMARY KEY,
    naam text NOT NULL,
    organisatie text NOT NULL DEFAULT '',
    account_id integer REFERENCES account (id),
    active boolean NOT NULL DEFAULT true,
    created_at text NOT NULL
  )`,
  `CREATE TABLE mentor (
    id serial PRIMARY KEY,
    naam text NOT NULL,
    contact text NOT NULL DEFAULT '',
    toelichting text NOT NULL DEFAULT '',
    region_id integer NOT NULL REFERENCES zvh_region (id),
    capacity integer NOT NULL CHECK (capacity >= 0),
    consultant_id integer REFERENCES mentor_consultant (id),
    status text NOT NULL CHECK (status IN ('in_opleiding', 'inzetbaar', 'niet_beschikbaar', 'gestopt')),
    created_at text NOT NULL,
    updated_at text NOT NULL
  )`,
  `CREATE TABLE mentor_status (
    id serial PRIMARY KEY,
    mentor_id integer NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    from_status text,
    to_status text NOT NULL,
    datum text NOT NULL,
    toelichting text NOT NULL DEFAULT '',
    automatisch boolean NOT NULL DEFAULT false,
    account_id integer REFERENCES account (id),
    at text NOT NULL
  )`,
  `CREATE INDEX mentor_status_mentor ON mentor_status (mentor_id, datum)`,
  `CREATE TABLE training_session (
    id serial PRIMARY KEY,
    datum text NOT NULL,
    soort text NOT NULL CHECK (soort IN ('training', 'intervisie')),
    module text NOT NULL REFERENCES mentor_module (code),
    trainer text NOT NULL DEFAULT '',
    region_id integer REFERENCES zvh_region (id),
    toelichting text NOT NULL DEFAULT '',
    created_at text NOT NULL,
    updated_at text NOT NULL
  )`,
  `CREATE INDEX training_session_datum ON training_session (datum)`,
  `CREATE TABLE training_attendance (
    session_id integer NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    mentor_id integer NOT NULL REFERENCES mentor (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, mentor_id)
  )`,
  `CREATE INDEX training_attendance_mentor ON training_attendance (mentor_id)`,
  `CREATE TABLE mentor_traject (
    id serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    region_id integer NOT NULL REFERENCES zvh_region (id),
    gemeente_id integer REFERENCES gemeente (id),
    bron text NOT NULL CHECK (bron IN ('casus_interventie', 'aanmelding_partner')),
    casus_id integer REFERENCES casus (id) ON DELETE SET NULL,
    casus_action_id integer REFERENCES casus_action (id) ON DELETE SET NULL,
    aanmelder_partner text,
    aanmeld_datum text NOT NULL,
    mentee_roepnaam text NOT NULL DEFAULT '',
    mentee_geboortejaar integer,
    mentor_id integer REFERENCES mentor (id),
    status text NOT NULL CHECK (status IN ('aangemeld', 'gematcht', 'lopend', 'gepauzeerd', 'afgerond')),
    start_datum text,
    eind_datum text,
    eind_reden text,
    uitkomst text,
    doelen text NOT NULL DEFAULT '[]',
    created_at text NOT NULL,
    updated_at text NOT NULL,
    vernietigd_op text
  )`,
  `CREATE INDEX mentor_traject_mentor ON mentor_traject (mentor_id, status)`,
  `CREATE INDEX mentor_traject_casus ON mentor_traject (casus_id)`,
  `CREATE INDEX mentor_traject_einde ON mentor_traject (status, eind_datum)`,
  `CREATE TABLE mentor_traject_status (
    id serial PRIMARY KEY,
    traject_id integer NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
    from_status text,
    to_status text NOT NULL,
    datum text NOT NULL,
    toelichting text NOT NULL DEFAULT '',
    mentor_id integer REFERENCES mentor (id),
    account_id integer REFERENCES account (id),
    at text NOT NULL
  )`,
  `CREATE INDEX mentor_traject_status_traject ON mentor_traject_status (traject_id)`,
  `CREATE TABLE mentor_contact (
    id serial PRIMARY KEY,
    traject_id integer NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
    datum text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL,
    duur_minuten integer NOT NULL CHECK (duur_minuten >= 0),
    type text NOT NULL,
    notitie text NOT NULL DEFAULT ''
  )`,
  `CREATE INDEX mentor_contact_traject ON mentor_contact (traject_id, datum)`,
  `CREATE TABLE mentor_evaluatie (
    id serial PRIMARY KEY,
    traject_id integer NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
    datum text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL,
    soort text NOT NULL CHECK (soort IN ('mentor', 'mentee')),
    eval_round_id integer REFERENCES eval_round (id) ON DELETE SET NULL,
    notitie text NOT NULL DEFAULT ''
  )`,
  `CREATE INDEX mentor_evaluatie_traject ON mentor_evaluatie (traject_id, datum)`,
  `CREATE TABLE mentor_support (
    id serial PRIMARY KEY,
    traject_id integer NOT NULL REFERENCES mentor_traject (id) ON DELETE CASCADE,
    datum text NOT NULL,
    account_id integer REFERENCES account (id),
    created_at text NOT NULL,
    consultant_id integer NOT NULL REFERENCES mentor_consultant (id),
    notitie text NOT NULL DEFAULT ''
  )`,
  `CREATE INDEX mentor_support_traject ON mentor_support (traject_id, datum)`,
  `CREATE TABLE mentor_activiteit (
    id serial PRIMARY KEY,
    datum text NOT NULL,
    type text NOT NULL CHECK (type IN ('voorlichting', 'netwerkbijeenkomst', 'training_professionals')),
    titel text NOT NULL,
    doelgroep text NOT NULL DEFAULT '',
    region_id integer NOT NULL REFERENCES zvh_region (id),
    gemeente_id integer REFERENCES gemeente (id),
    bereik integer NOT NULL DEFAULT 0 CHECK (bereik >= 0),
    signalen integer NOT NULL DEFAULT 0 CHECK (signalen >= 0),
    toelichting text NOT NULL DEFAULT '',
    account_id integer REFERENCES account (id),
    created_at text NOT NULL,
    updated_at text NOT NULL
  )`,
  `CREATE INDEX mentor_activiteit_datum ON mentor_activiteit (datum)`,
  `CREATE TABLE expert_gemeente (
    account_id integer NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    gemeente_id integer NOT NULL REFERENCES gemeente (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, gemeente_id)
  )`,
  `CREATE TABLE expert_advies (
    id serial PRIMARY KEY,
    account_id integer NOT NULL REFERENCES account (id),
    gemeente_id integer NOT NULL REFERENCES gemeente (id),
    datum text NOT NULL,
    onderwerp text NOT NULL,
    duur_minuten integer NOT NULL CHECK (duur_minuten >= 0),
    toelichting text NOT NULL DEFAULT '',
    created_at text NOT NULL,
    updated_at text NOT NULL
  )`,
  `CREATE INDEX expert_advies_gemeente ON expert_advies (gemeente_id, datum)`,
  `CREATE TABLE audit_key (
    scope text PRIMARY KEY,
    key text NOT NULL
  )`,
];

const SEARCH = [
  'CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public',
  'CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public',
  `CREATE FUNCTION cter_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
  `CREATE TABLE casus_search (
    casus_id integer PRIMARY KEY REFERENCES casus (id) ON DELETE CASCADE,
    naam text NOT NULL DEFAULT '',
    aliases text NOT NULL DEFAULT '',
    overig text NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('dutch', cter_unaccent(naam)), 'A') ||
      setweight(to_tsvector('dutch', cter_unaccent(aliases)), 'B') ||
      setweight(to_tsvector('dutch', cter_unaccent(overig)), 'C')
    ) STORED
  )`,
  'CREATE INDEX casus_search_document ON casus_search USING gin (document)',
  `CREATE INDEX casus_search_names_trgm ON casus_search
    USING gin (lower(cter_unaccent(naam || ' ' || aliases)) gin_trgm_ops)`,
];

/** One multi-row INSERT: `INSERT INTO table (columns) VALUES ($1, $2), ($3, $4)`. */
async function insertRows(runner: QueryRunner, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const values = rows.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  await runner.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, rows.flat());
}

export class PostgresBaseline1765094400009 implements MigrationInterface {
  name = 'PostgresBaseline1765094400009';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of TABLES) await runner.query(statement);
    for (const statement of SEARCH) await runner.query(statement);
    await insertRows(runner, 'zvh_region', ['id', 'name'], REGIONS);
    await insertRows(runner, 'gemeente', ['id', 'name', 'region_id'], GEMEENTEN);
    await insertRows(runner, 'list_value', ['id', 'list', 'code', 'label', 'sort', 'active', 'effect'], LIST_VALUES);
    await insertRows(runner, 'mentor_module', ['code', 'label', 'required', 'active', 'sort'], MENTOR_MODULES);
    // The rows above carry their ids: the sequences continue after them.
    for (const table of ['zvh_region', 'gemeente', 'list_value']) {
      await runner.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    await runner.query(`CREATE TABLE schema_version (
      one boolean PRIMARY KEY DEFAULT true CHECK (one),
      version integer NOT NULL
    )`);
    await runner.query('INSERT INTO schema_version (version) VALUES (9)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE schema_version');
    await runner.query('DROP TABLE casus_search');
    await runner.query('DROP FUNCTION cter_unaccent(text)');
    for (const statement of [...TABLES].reverse()) {
      const table = /^CREATE TABLE (\w+)/.exec(statement)?.[1];
      if (table) await runner.query(`DROP TABLE ${table}`);
    }
  }
}
