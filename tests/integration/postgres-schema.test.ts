// The PostgreSQL baseline is the schema of version 9 the entities describe (the twin of
// src-main/core/db/migrations/schema.test.ts). TypeORM's schema builder, asked what it would change
// on the migrated database, adds and alters nothing: every query in its log drops something the
// entities do not declare (foreign keys, CHECKs, composite UNIQUEs, indexes: they live in the
// migrations only), and it drops exactly those. On SQLite its log is not empty either, for the same
// reason (schema.test.ts applies it and checks it keeps every column).
//
// Besides: the rows the SQLite migrations insert are there, the same; the sequences continue after
// them; and the search table folds accents, stems Dutch and finds names with a typing error.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type PostgresDatabase } from '../../src-main/core/db/database';
import { SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase, superuserStore } from '../support/postgres-database';

/** Tables no entity describes: read and written with SQL only, or TypeORM's own. */
const TABLES_WITHOUT_ENTITY = [
  'audit_key',
  'casus_search',
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
  'schema_version',
  'server_session',
];

let store: PostgresStore;
let db: PostgresDatabase;
/**
 * The same database as the superuser, for the search table's test: it writes and reads the case
 * tables with SQL past the application, where row security (postgres-rls.test.ts) would show no row.
 */
let admin: PostgresDatabase;

beforeAll(async () => {
  store = await createTestDatabase();
  db = await openDatabase(store);
  admin = await openDatabase(superuserStore(store));
});

afterAll(async () => {
  await admin?.close();
  await db?.close();
  if (store) await dropTestDatabase(store);
});

const rows = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
  (await db.source.query(text, params)) as T[];
const adminRows = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
  (await admin.source.query(text, params)) as T[];

describe('the PostgreSQL baseline', () => {
  it('is at the current schema version, recorded in schema_version', async () => {
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await rows('SELECT one, version FROM schema_version')).toEqual([{ one: true, version: SCHEMA_VERSION }]);
  });

  it('has a table for every entity, and only the known tables without one', async () => {
    const tables = (
      await rows<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
    ).map((row) => row.name);
    const entityTables = db.source.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(entityTables.filter((table) => !tables.includes(table))).toEqual([]);
    expect(tables.filter((table) => !entityTables.includes(table))).toEqual(TABLES_WITHOUT_ENTITY);
  });

  it("gives TypeORM's schema builder nothing to add or change: it only drops what the entities omit", async () => {
    const entityTables = db.source.entityMetadatas.map((metadata) => metadata.tableName);
    const queries = (await db.source.driver.createSchemaBuilder().log()).upQueries.map((query) => query.query);
    const drops: string[] = [];
    const other: string[] = [];
    for (const query of queries) {
      const constraint = /^ALTER TABLE "(\w+)" DROP CONSTRAINT "(\w+)"$/.exec(query);
      const index = /^DROP INDEX "public"\."(\w+)"$/.exec(query);
      const noDefault = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" DROP DEFAULT$/.exec(query);
      const sequence = /^DROP SEQUENCE "(\w+)"$/.exec(query);
      if (constraint) drops.push(`${constraint[1]}.${constraint[2]}`);
      else if (index) drops.push(index[1]!);
      else if (noDefault) drops.push(`${noDefault[1]}.${noDefault[2]} default`);
      else if (sequence) drops.push(`sequence ${sequence[1]}`);
      else other.push(query);
    }
    expect(other).toEqual([]);
    // What the baseline has beyond the entities: foreign keys (f), CHECKs (c), UNIQUEs over more
    // than one column (u), and the indexes that back no constraint.
    const constraints = await rows<{ name: string }>(
      `SELECT cl.relname || '.' || co.conname AS name
       FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
       WHERE cl.relname = ANY($1) AND (co.contype IN ('f', 'c') OR (co.contype = 'u' AND cardinality(co.conkey) > 1))`,
      [entityTables],
    );
    const indexes = await rows<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes i
       WHERE schemaname = 'public' AND tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conname = i.indexname)`,
      [entityTables],
    );
    // And a sequence behind a column the entity fills itself (0013: audit_entry.id on PostgreSQL,
    // where the chain's position, not the id, is the entity's to set).
    const declared = db.source.entityMetadatas.flatMap((metadata) =>
      metadata.columns
        .filter((column) => !column.isGenerated)
        .map((column) => `${metadata.tableName}.${column.databaseName}`),
    );
    const sequences = await rows<{ column: string; sequence: string }>(
      `SELECT cl.relname || '.' || a.attname AS column, s.relname AS sequence
       FROM pg_depend d
       JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class cl ON cl.oid = d.refobjid
       JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
       WHERE d.deptype = 'a' AND cl.relname = ANY($1)`,
      [entityTables],
    );
    const ownSequences = sequences.filter((row) => declared.includes(row.column));
    expect(ownSequences.map((row) => row.column)).toEqual(['audit_entry.id']);
    const omitted = [
      ...[...constraints, ...indexes].map((row) => row.name),
      ...ownSequences.flatMap((row) => [`${row.column} default`, `sequence ${row.sequence}`]),
    ].sort();
    expect(omitted.length).toBeGreaterThan(100);
    expect([...drops].sort()).toEqual(omitted);
  });

  it('holds the rows the SQLite migrations insert, the same', async () => {
    const sqlite = await openDatabase({
      path: join(mkdtempSync(join(tmpdir(), 'cter-pgtest-ref-')), 'x.db'),
      key: randomBytes(32),
      mode: 'create',
    });
    try {
      for (const [table, order] of [
        ['zvh_region', 'id'],
        ['gemeente', 'id'],
        ['list_value', 'id'],
        ['mentor_module', 'code'],
      ] as const) {
        const statement = `SELECT * FROM ${table} ORDER BY ${order}`;
        // SQLite has no boolean: 1/0 there, true/false here.
        const expected = sqlite.handle
          .prepare(statement)
          .all()
          .map((row) =>
            Object.fromEntries(
              Object.entries(row as Record<string, unknown>).map(([key, value]) => [
                key,
                ['active', 'required'].includes(key) ? value === 1 : value,
              ]),
            ),
          );
        expect({ table, rows: await rows(statement) }).toEqual({ table, rows: expected });
        expect(expected.length).toBeGreaterThan(0);
      }
    } finally {
      await sqlite.close();
    }
  });

  it('continues the id sequences after the rows it inserted', async () => {
    // In a transaction that is rolled back: the other tests see the rows as the baseline made them.
    await db.source
      .transaction(async (manager) => {
        const [region] = (await manager.query(
          "INSERT INTO zvh_region (name) VALUES ('ZVH Oost (fictief)') RETURNING id",
        )) as {
          id: number;
        }[];
        expect(region!.id).toBe(4);
        const [value] = (await manager.query(
          "INSERT INTO list_value (list, code, label, sort) VALUES ('bron', 'nieuw', 'Nieuw (fictief)', 9) RETURNING id, active",
        )) as { id: number; active: boolean }[];
        expect(value).toEqual({ id: 41, active: true });
        throw new Error('rollback');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'rollback') throw error;
      });
  });

  it('searches casus_search with accents folded, Dutch stemming and trigram similarity for typing errors', async () => {
    await admin.source.query(
      `INSERT INTO person (id, naam, sort_key, gemeente_id, created_at, updated_at)
       VALUES (501, 'Çelik Voorbeeld', 'celik voorbeeld', 1, 'x', 'x')`,
    );
    await admin.source.query(
      `INSERT INTO casus (id, number, person_id, region_id, state, opened_at, created_at, updated_at)
       VALUES (501, 'CTER-2026-9001', 501, 1, 'weging', 'x', 'x', 'x')`,
    );
    await admin.source.query(
      `INSERT INTO casus_search (casus_id, naam, aliases, overig)
       VALUES (501, 'Çelik Voorbeeld', 'Zeynep Çelik', 'meldingen over werkzaamheden op scholen')`,
    );
    const match = (query: string) =>
      adminRows<{ casus_id: number }>(
        `SELECT casus_id FROM casus_search WHERE document @@ plainto_tsquery('dutch', cter_unaccent($1))`,
        [query],
      );
    expect(await match('celik')).toEqual([{ casus_id: 501 }]);
    expect(await match('school')).toEqual([{ casus_id: 501 }]);
    expect(await match('zeynep celik')).toEqual([{ casus_id: 501 }]);
    expect(await match('onbekend')).toEqual([]);
    const similar = await adminRows<{ casus_id: number }>(
      `SELECT casus_id FROM casus_search
       WHERE lower(cter_unaccent(naam || ' ' || aliases)) % lower(cter_unaccent($1))`,
      ['Celk Voorbeeld'],
    );
    expect(similar).toEqual([{ casus_id: 501 }]);
    // Removing the casus removes its search row.
    await admin.source.query('DELETE FROM casus WHERE id = 501');
    expect(await adminRows('SELECT casus_id FROM casus_search')).toEqual([]);
  });
});
