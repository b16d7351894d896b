// The case search of the PostgreSQL baseline, part of the frozen migration 0009-baseline.ts:
// unaccent and pg_trgm, an immutable unaccent wrapper (unaccent() itself is only stable, so it
// cannot be indexed), and `casus_search` keyed on the casus id with a stored Dutch tsvector
// (weights A/B/C for naam/aliases/overig) and a trigram index on the folded names.

export const SEARCH = [
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
