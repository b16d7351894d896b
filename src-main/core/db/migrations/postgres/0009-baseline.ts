// The PostgreSQL baseline: the schema of version 9 — every table, primary key, UNIQUE, foreign key,
// CHECK and index that the migrations 0001..0009 build on SQLite — and the rows they insert, on an
// empty PostgreSQL database, in one migration (one transaction). Generated once from a SQLite
// database at version 9 and then frozen: it imports only typeorm and its parts beside it (tables per area,
// search, data), and never changes. Migrations 0010 and later are shared with SQLite (see docs/developer/recipes.md).
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
import { CASEWORK_TABLES } from './0009-baseline.casework';
import { MEETING_TABLES } from './0009-baseline.meetings';
import { MENTORING_TABLES } from './0009-baseline.mentoring';
import { SEARCH } from './0009-baseline.search';

const TABLES = [...CASEWORK_TABLES, ...MEETING_TABLES, ...MENTORING_TABLES];

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
