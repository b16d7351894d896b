// Part of the frozen PostgreSQL baseline (0009-baseline.ts): the tables, primary keys, UNIQUEs,
// foreign keys, CHECKs and indexes that migrations 0001..0009 build on SQLite, in creation order.
// Types as the entities describe them (text, integer, boolean; `serial` ids; dates as ISO text).
// This part: settings, accounts, the audit log, reference lists, persons, cases, signals, figures.
export const CASEWORK_TABLES = [
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
  `CREATE TABLE audit_key (
    scope text PRIMARY KEY,
    key text NOT NULL
  )`,
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
];
