// What destruction should have removed, looked for in the database on either engine: every table
// read whole through the open connection (rawSql), as someone with access to the database would.
// On SQLite that includes the FTS5 index and its shadow tables; on PostgreSQL `casus_search` with
// its tsvector, whose lexemes are lower case (and stemmed): look for a word in lower case too. The
// comparison is exact, not without case: column names such as `vernietigd_op` and the convenant's
// text would match a common word. The file itself (free pages, the index segments, the write-ahead log) is the SQLCipher-only side:
// sqlcipher-pages.ts and the *-file.test.ts files.
import type { Core } from '../../src-main/core/core';
import { choose, dialectOf, list, raw, sql } from '../../src-main/core/db/sql';
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

/** Where any of `texts` is still in the database: `table: text` for each table with a row that holds it (none: []). */
export async function foundIn(core: Core, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tableNames(core)) {
    const rows = JSON.stringify(await rawSql(core, sql`SELECT * FROM ${raw(`"${table}"`)}`));
    for (const text of texts) if (rows.includes(text)) found.push(`${table}: ${text}`);
  }
  return found;
}

/** Which of the cases still have a row in the search index (SQLite: rowid = casus id; PostgreSQL: casus_id). */
export async function searchRows(core: Core, caseIds: readonly number[]): Promise<number[]> {
  const manager = core.workspace.requireOpen().database.source.manager;
  const statement = choose(manager, {
    sqlite: sql`SELECT rowid AS "id" FROM casus_search WHERE rowid IN ${list(caseIds)} ORDER BY rowid`,
    postgres: sql`SELECT casus_id AS "id" FROM casus_search WHERE casus_id IN ${list(caseIds)} ORDER BY casus_id`,
  });
  return (await rawSql<{ id: number }>(core, statement)).map((row) => Number(row.id));
}
