// The schema the migrations build is the schema the entities describe. A fresh database is opened
// through the real openDatabase (all migrations run), then, table by table, the entity metadata
// TypeORM works with is compared with what SQLite reports: column names, declared types,
// NOT NULL, defaults, primary keys, AUTOINCREMENT and single-column UNIQUE.
//
// The entities declare no foreign keys (no relations), no indexes and no composite UNIQUE
// constraints: those live in the migrations only, and TypeORM's own schema sync would drop them.
// So its sync log is not empty (and synchronize must stay off); instead the last test applies that
// sync to the migrated database and checks it leaves every column as it was: the log only concerns
// what the entities omit.
//
// An entity column without an explicit `name` takes its property name as column name: renaming
// such a property renames the column the entity expects, and this test fails.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityMetadata } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqlCipherDatabase } from '../database';

interface ColumnShape {
  name: string;
  type: string;
  notNull: boolean;
  primaryKey: boolean;
  default: string | null;
  autoincrement: boolean;
  unique: boolean;
}

interface TableInfoRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

/**
 * Tables no entity describes, and why. The FTS5 search index (casus_search and the shadow tables
 * SQLite keeps for it) and the audit keys and the failed log-ins and the sessions of a server and their request keys (login_attempt, server_session, request_key) and the figure counts (figure_age, figure_kind, figure_outcome, figure_place: kept by triggers) and the covenant questions reported from the search (convenant_question) and the duplicate check's pairs of name key heads (person_name_pair) and what it scores of a person (person_match) are read and written with SQL only; `migrations` and
 * `sqlite_sequence` belong to TypeORM and SQLite.
 */
const TABLES_WITHOUT_ENTITY = [
  'audit_key',
  'casus_search',
  'casus_search_config',
  'casus_search_content',
  'casus_search_data',
  'casus_search_docsize',
  'casus_search_idx',
  'convenant_question',
  'figure_age',
  'figure_kind',
  'figure_outcome',
  'figure_place',
  'login_attempt',
  'meeting_check_in',
  'meeting_lease',
  'migrations',
  'person_match',
  'person_name_pair',
  'request_key',
  'server_session',
  'sqlite_sequence',
];

/** `DEFAULT ('x')` as TypeORM writes it and `DEFAULT 'x'` as the migrations do are the same. */
function unwrap(value: string | null): string | null {
  let text = value;
  while (text !== null && text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  return text;
}

/** The columns of `table` as SQLite has them. */
function actualColumns(db: SqlCipherDatabase, table: string): ColumnShape[] {
  const handle = db.handle;
  const rows = handle.prepare(`SELECT * FROM pragma_table_info(?)`).all(table) as TableInfoRow[];
  const sql =
    (
      handle.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as
        { sql: string } | undefined
    )?.sql ?? '';
  const autoincrement = /["`]?(\w+)["`]?\s+integer\s+primary\s+key\s+autoincrement/i.exec(sql)?.[1];
  const uniqueColumns = new Set(
    (
      handle.prepare('SELECT name, "unique", origin FROM pragma_index_list(?)').all(table) as {
        name: string;
        unique: number;
        origin: string;
      }[]
    )
      .filter((index) => index.unique === 1 && index.origin === 'u')
      .map((index) => handle.prepare('SELECT name FROM pragma_index_info(?)').all(index.name) as { name: string }[])
      .filter((columns) => columns.length === 1)
      .map((columns) => columns[0]!.name),
  );
  return rows
    .map((row) => ({
      name: row.name,
      type: row.type.toLowerCase(),
      notNull: row.notnull === 1,
      primaryKey: row.pk > 0,
      default: unwrap(row.dflt_value),
      autoincrement: row.name === autoincrement,
      unique: uniqueColumns.has(row.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The columns of an entity as TypeORM expects them, in SQLite's terms (as TypeORM's driver says). */
function expectedColumns(db: SqlCipherDatabase, metadata: EntityMetadata): ColumnShape[] {
  const driver = db.source.driver;
  const singleUniques = new Set(
    metadata.uniques.filter((unique) => unique.columns.length === 1).map((unique) => unique.columns[0]!.databaseName),
  );
  return metadata.columns
    .map((column) => ({
      name: column.databaseName,
      type: driver.normalizeType(column).toLowerCase(),
      notNull: !column.isNullable,
      primaryKey: column.isPrimary,
      default: driver.normalizeDefault(column) ?? null,
      autoincrement: column.isGenerated && column.generationStrategy === 'increment',
      unique: singleUniques.has(column.databaseName),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function allTables(db: SqlCipherDatabase): string[] {
  return (
    db.handle.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

describe('the schema of the migrations and the entities', () => {
  let db: SqlCipherDatabase;
  beforeEach(async () => {
    db = await openDatabase({
      path: join(mkdtempSync(join(tmpdir(), 'cter-schema-')), 'x.db'),
      key: randomBytes(32),
      mode: 'create',
    });
  });
  afterEach(async () => {
    await db.close();
  });

  it('has a table for every entity, and only the known tables without one', () => {
    const tables = allTables(db);
    const entityTables = db.source.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(entityTables.filter((table) => !tables.includes(table))).toEqual([]);
    expect(tables.filter((table) => !entityTables.includes(table))).toEqual(TABLES_WITHOUT_ENTITY);
  });

  it('has, table by table, the columns the entities describe', () => {
    const metadatas = [...db.source.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName));
    expect(metadatas.length).toBeGreaterThan(30);
    for (const metadata of metadatas) {
      expect({ table: metadata.tableName, columns: actualColumns(db, metadata.tableName) }).toEqual({
        table: metadata.tableName,
        columns: expectedColumns(db, metadata),
      });
      const primary = (
        db.handle.prepare('SELECT name, pk FROM pragma_table_info(?)').all(metadata.tableName) as {
          name: string;
          pk: number;
        }[]
      )
        .filter((row) => row.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((row) => row.name);
      expect({ table: metadata.tableName, primary }).toEqual({
        table: metadata.tableName,
        primary: metadata.primaryColumns.map((column) => column.databaseName),
      });
    }
  });

  it("gives TypeORM's column comparison nothing to add, drop or change", async () => {
    const runner = db.source.createQueryRunner();
    try {
      const driver = db.source.driver;
      const tables = await runner.getTables(db.source.entityMetadatas.map((metadata) => metadata.tableName));
      const problems: string[] = [];
      for (const metadata of db.source.entityMetadatas) {
        const table = tables.find((candidate) => candidate.name === metadata.tableName);
        if (!table) {
          problems.push(`${metadata.tableName}: missing`);
          continue;
        }
        // TypeORM finds AUTOINCREMENT only behind a quoted column name, and the migrations do not
        // quote: take it from SQLite (the previous test compares it with the entities).
        const actual = actualColumns(db, metadata.tableName);
        for (const column of table.columns) {
          if (actual.find((shape) => shape.name === column.name)?.autoincrement) {
            column.isGenerated = true;
            column.generationStrategy = 'increment';
          }
        }
        for (const column of metadata.columns) {
          if (!table.columns.some((candidate) => candidate.name === column.databaseName)) {
            problems.push(`${metadata.tableName}.${column.databaseName}: missing`);
          }
        }
        for (const column of table.columns) {
          if (!metadata.columns.some((candidate) => candidate.databaseName === column.name)) {
            problems.push(`${metadata.tableName}.${column.name}: not in the entity`);
          }
        }
        for (const column of driver.findChangedColumns(table.columns, metadata.columns)) {
          problems.push(`${metadata.tableName}.${column.databaseName}: differs`);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await runner.release();
    }
  });

  it("keeps every column when TypeORM's schema sync is applied: its log only drops what the entities omit", async () => {
    const tables = db.source.entityMetadatas.map((metadata) => metadata.tableName).sort();
    const indexes = (table: string) =>
      (
        db.handle.prepare('SELECT name, origin FROM pragma_index_list(?)').all(table) as {
          name: string;
          origin: string;
        }[]
      ).map((index) => ({
        ...index,
        columns: (db.handle.prepare('SELECT name FROM pragma_index_info(?)').all(index.name) as { name: string }[])
          .map((column) => column.name)
          .join(','),
      }));
    /** What the entities describe: the columns, primary keys and single-column UNIQUEs. */
    const described = () =>
      tables.map((table) => ({
        table,
        columns: actualColumns(db, table),
        keys: indexes(table)
          .filter((index) => index.origin === 'pk' || (index.origin === 'u' && !index.columns.includes(',')))
          .map((index) => `${index.origin}(${index.columns})`)
          .sort(),
      }));
    /** What they do not: foreign keys, indexes made with CREATE INDEX and composite UNIQUEs. */
    const omitted = () =>
      tables.flatMap((table) => [
        ...(
          db.handle.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table) as {
            from: string;
            table: string;
          }[]
        ).map((key) => `${table}.${key.from} -> ${key.table}`),
        ...indexes(table)
          .filter((index) => index.origin === 'c' || (index.origin === 'u' && index.columns.includes(',')))
          .map((index) => `${table} ${index.origin}(${index.columns})`),
      ]);
    const before = described();
    expect(omitted().length).toBeGreaterThan(50);
    expect((await db.source.driver.createSchemaBuilder().log()).upQueries.length).toBeGreaterThan(0);

    // Triggers live in the migrations only, as indexes do. The sync rebuilds tables by dropping and
    // renaming them, which SQLite refuses while a trigger names a table that is gone for that moment
    // (0029's triggers on casus read person): so they go first.
    const triggers = db.handle.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).all() as {
      name: string;
    }[];
    for (const { name } of triggers) db.handle.exec(`DROP TRIGGER "${name}"`);
    await db.source.synchronize();

    expect(described()).toEqual(before);
    expect(omitted()).toEqual([]);
    expect((await db.source.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
