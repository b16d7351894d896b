// Part of the frozen PostgreSQL baseline (0009-baseline.ts): the tables, primary keys, UNIQUEs,
// foreign keys, CHECKs and indexes that migrations 0001..0009 build on SQLite, in creation order.
// Types as the entities describe them (text, integer, boolean; `serial` ids; dates as ISO text).
// This part: the mentor project (mentors, training, trajectories, activities) and the experts.
export const MENTORING_TABLES = [
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
];
