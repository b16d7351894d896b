// What destruction should have removed, looked for in the database on either engine: every table
// read whole through the open connection (rawSql), as someone with access to the database would.
// On SQLite that includes the FTS5 index and its shadow tables; on PostgreSQL `casus_search` with
// its tsvector (lower-case, stemmed lexemes: so the texts are compared without case). The file
// itself (free pages, the index segments, the write-ahead log) is the SQLCipher-only side:
// sqlcipher-pages.ts and the *-file.test.ts files.
import type { Core } from '../../src-main/core/core';
import { dialectOf, raw, sql } from '../../src-main/core/db/sql';
import { rawSql } from './helpers';

/** Every table of the open database, by name. */
export async function tableNames(core: Core): Promise<string[]> {
  const manager = core.workspace.requireOpen().database.source.manager;
  const statement =
    dialectOf(manager) === 'sqlite'
      ? sql`SELECT name AS "name" FROM sqlite_master WHERE type = 'table' ORDER BY name`
      : sql`SELECT table_name AS "name" FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return (await rawSql<{ name: string }>(core, statement)).map((row) => row.name);
}

/**
 * Where any of `texts` is still in the database, compared without case: `table: text` for each
 * table with a row that holds it in any column (none: []).
 */
export async function foundIn(core: Core, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tableNames(core)) {
    const rows = JSON.stringify(await rawSql(core, sql`SELECT * FROM ${raw(`"${table}"`)}`)).toLowerCase();
    for (const text of texts) if (rows.includes(text.toLowerCase())) found.push(`${table}: ${text}`);
  }
  return found;
}
