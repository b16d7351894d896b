// The PostgreSQL baseline: one migration that builds the schema of version 9 (what 0001..0009 build
// on SQLite) on an empty PostgreSQL database. Migrations after it are shared with SQLite (one class
// per migration, branching on `queryRunner.connection.options.type`), listed in ../index.ts.
export { PostgresBaseline1765094400009 } from './0009-baseline';

/** The schema version the baseline produces. */
export const BASELINE_VERSION = 9;
