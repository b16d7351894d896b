// The rules that keep released migrations frozen. A migration runs on databases made by every
// earlier version, so what it does may never depend on code that changes later:
// - files are NNNN-name.ts, numbered 0001, 0002, ... without duplicates or gaps, in the order of
//   MIGRATIONS in index.ts (data a migration needs may live beside it as NNNN-name.part.ts);
// - each class name ends in a 13-digit timestamp that ends in the file's number, increasing with
//   the number (TypeORM records class name and timestamp of every migration run in `migrations`:
//   they never change once released);
// - a migration file imports only 'typeorm', Node built-ins and the files beside it;
// - SCHEMA_VERSION (PRAGMA user_version) is the number of migrations.
// The PostgreSQL baseline (postgres/: one migration that builds version N on an empty PostgreSQL
// database, with its data beside it) is frozen the same way: the same import rule, its file number
// is the version it builds (BASELINE_VERSION), and its timestamp ends in that number and comes
// before the timestamp of the next shared migration.
// Each rule is a function returning its problems, tested on the real folder and on bad examples.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '.';
import { BASELINE_VERSION, PostgresBaseline1765094400009 } from './postgres';

const FOLDER = __dirname;
const MIGRATION_FILE = /^(\d{4})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/;
const PART_FILE = /^(\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*)\.[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/;

/** The source files of the folder that are not tests. */
function sourceFiles(names: string[]): string[] {
  return names.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).sort();
}

/** The migration files (NNNN-name.ts), in file name order. */
function migrationFiles(names: string[]): string[] {
  return sourceFiles(names).filter((name) => MIGRATION_FILE.test(name));
}

function namingProblems(names: string[]): string[] {
  const problems: string[] = [];
  const migrations = migrationFiles(names);
  const stems = new Set(migrations.map((name) => name.slice(0, -'.ts'.length)));
  for (const name of sourceFiles(names)) {
    if (name === 'index.ts' || MIGRATION_FILE.test(name)) continue;
    const part = PART_FILE.exec(name);
    if (!part) problems.push(`${name}: not NNNN-name.ts (a migration) nor NNNN-name.part.ts (its data)`);
    else if (!stems.has(part[1]!)) problems.push(`${name}: belongs to no migration ${part[1]}.ts`);
  }
  const seen = new Map<number, string>();
  for (const name of migrations) {
    const number = Number(name.slice(0, 4));
    const other = seen.get(number);
    if (other) problems.push(`${name}: number ${number} is also ${other}`);
    seen.set(number, name);
  }
  const numbers = [...seen.keys()];
  numbers.forEach((number, index) => {
    if (number !== index + 1) problems.push(`${seen.get(number)}: expected number ${index + 1} (no gaps, from 0001)`);
  });
  return problems;
}

type MigrationClass = new () => { name?: string | undefined };

/** Each file exports exactly its migration class, and MIGRATIONS lists them in file order. */
function orderProblems(files: { name: string; classes: unknown[] }[], migrations: unknown[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    if (file.classes.length !== 1) problems.push(`${file.name}: exports ${file.classes.length} classes, not 1`);
  }
  if (migrations.length !== files.length) {
    problems.push(`MIGRATIONS has ${migrations.length} entries for ${files.length} files`);
  }
  files.forEach((file, index) => {
    if (file.classes.length === 1 && migrations[index] !== file.classes[0]) {
      problems.push(`MIGRATIONS[${index}] is not the class of ${file.name}`);
    }
  });
  return problems;
}

function timestampProblems(files: { name: string; migration: MigrationClass }[]): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const { name, migration } of files) {
    const className = migration.name;
    // TypeORM records `name` when it is set, else the class name: keep both the same.
    const recorded = new migration().name ?? className;
    if (recorded !== className) problems.push(`${name}: name '${recorded}' is not the class name ${className}`);
    const match = /^[A-Z][A-Za-z0-9]*?(\d{13})$/.exec(className);
    if (!match) {
      problems.push(`${name}: class name ${className} does not end in a 13-digit timestamp`);
      continue;
    }
    const timestamp = Number(match[1]);
    if (!match[1]!.endsWith(name.slice(0, 4))) {
      problems.push(`${name}: timestamp ${timestamp} does not end in ${name.slice(0, 4)}`);
    }
    if (timestamp <= previous) problems.push(`${name}: timestamp ${timestamp} not after ${previous}`);
    previous = timestamp;
  }
  return problems;
}

/** What a file imports (static, type-only, re-exports, dynamic import() and require()). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

function importProblems(name: string, source: string, siblings: string[]): string[] {
  const allowed = new Set(sourceFiles(siblings).map((file) => `./${file.slice(0, -'.ts'.length)}`));
  return importsOf(source)
    .filter(
      (specifier) =>
        specifier !== 'typeorm' &&
        !(specifier.startsWith('node:') && builtinModules.includes(specifier.slice('node:'.length))) &&
        !builtinModules.includes(specifier) &&
        !allowed.has(specifier),
    )
    .map((specifier) => `${name}: imports '${specifier}' (only typeorm, node built-ins and ./ siblings)`);
}

function versionProblems(schemaVersion: number, migrations: unknown[], files: string[]): string[] {
  if (schemaVersion === migrations.length && migrations.length === files.length) return [];
  return [`SCHEMA_VERSION ${schemaVersion}, ${migrations.length} in MIGRATIONS, ${files.length} files`];
}

async function loadClasses(name: string): Promise<unknown[]> {
  const module = (await import(pathToFileURL(join(FOLDER, name)).href)) as Record<string, unknown>;
  return Object.values(module).filter((value) => typeof value === 'function');
}

describe('the migrations folder', () => {
  const names = readdirSync(FOLDER);
  const files = migrationFiles(names);

  it('has files NNNN-name.ts numbered without duplicates or gaps', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(namingProblems(names)).toEqual([]);
  });

  it('lists the migrations in MIGRATIONS in file order, one class per file', async () => {
    const loaded = await Promise.all(files.map(async (name) => ({ name, classes: await loadClasses(name) })));
    expect(orderProblems(loaded, MIGRATIONS)).toEqual([]);
  });

  it('names each class with an increasing timestamp that ends in its number', () => {
    const paired = files.map((name, index) => ({ name, migration: MIGRATIONS[index] as MigrationClass }));
    expect(timestampProblems(paired)).toEqual([]);
  });

  it('imports nothing but typeorm, node built-ins and the files beside it', () => {
    const problems = sourceFiles(names).flatMap((name) =>
      importProblems(name, readFileSync(join(FOLDER, name), 'utf8'), names),
    );
    expect(problems).toEqual([]);
  });

  it('has a schema version equal to the number of migrations', () => {
    expect(versionProblems(SCHEMA_VERSION, MIGRATIONS, files)).toEqual([]);
  });
});

describe('the PostgreSQL baseline folder', () => {
  const folder = join(FOLDER, 'postgres');
  const names = readdirSync(folder);
  const files = migrationFiles(names);

  it('holds one baseline NNNN-name.ts numbered with the version it builds, its data and index.ts', () => {
    expect(files).toHaveLength(1);
    expect(Number(files[0]!.slice(0, 4))).toBe(BASELINE_VERSION);
    const others = sourceFiles(names).filter((name) => name !== 'index.ts' && name !== files[0]);
    const stem = files[0]!.slice(0, -'.ts'.length);
    expect(others.filter((name) => PART_FILE.exec(name)?.[1] !== stem)).toEqual([]);
    expect(BASELINE_VERSION).toBeLessThanOrEqual(SCHEMA_VERSION);
  });

  it('exports exactly the baseline class from its file', async () => {
    const module = (await import(pathToFileURL(join(folder, files[0]!)).href)) as Record<string, unknown>;
    expect(Object.values(module).filter((value) => typeof value === 'function')).toEqual([
      PostgresBaseline1765094400009,
    ]);
  });

  it('names the baseline with a timestamp that ends in its number, before the next shared migration', () => {
    const next = MIGRATIONS[BASELINE_VERSION] as MigrationClass | undefined;
    const paired = [
      { name: files[0]!, migration: PostgresBaseline1765094400009 as MigrationClass },
      ...(next ? [{ name: `${String(BASELINE_VERSION + 1).padStart(4, '0')}-next.ts`, migration: next }] : []),
    ];
    expect(timestampProblems(paired)).toEqual([]);
  });

  it('imports nothing but typeorm, node built-ins and the files beside it', () => {
    const problems = sourceFiles(names).flatMap((name) =>
      importProblems(name, readFileSync(join(folder, name), 'utf8'), names),
    );
    expect(problems).toEqual([]);
  });
});

describe('the rules find what breaks them', () => {
  it('naming: a shared number, a gap, a bad name, data of no migration', () => {
    expect(namingProblems(['0001-a.ts', '0002-b.ts', '0002-c.ts', '0003-d.ts'])).toEqual([
      '0002-c.ts: number 2 is also 0002-b.ts',
    ]);
    expect(namingProblems(['0001-a.ts', '0003-c.ts'])).toEqual(['0003-c.ts: expected number 2 (no gaps, from 0001)']);
    expect(namingProblems(['0002-a.ts'])).toEqual(['0002-a.ts: expected number 1 (no gaps, from 0001)']);
    expect(namingProblems(['0001-a.ts', '2-b.ts'])).toEqual([
      '2-b.ts: not NNNN-name.ts (a migration) nor NNNN-name.part.ts (its data)',
    ]);
    // The data of 0002 as it was named before: a second migration number 0002.
    expect(namingProblems(['0001-a.ts', '0002-casework.ts', '0002-defaults.ts'])).toEqual([
      '0002-defaults.ts: number 2 is also 0002-casework.ts',
    ]);
    expect(namingProblems(['0001-a.ts', '0001-b.defaults.ts'])).toEqual([
      '0001-b.defaults.ts: belongs to no migration 0001-b.ts',
    ]);
    expect(namingProblems(['0001-a.ts', '0001-a.defaults.ts', '0001-a.test.ts', 'index.ts', 'x.test.ts'])).toEqual([]);
  });

  it('order: swapped, missing or extra classes', () => {
    class A {}
    class B {}
    const files = [
      { name: '0001-a.ts', classes: [A] },
      { name: '0002-b.ts', classes: [B] },
    ];
    expect(orderProblems(files, [A, B])).toEqual([]);
    expect(orderProblems(files, [B, A])).toEqual([
      'MIGRATIONS[0] is not the class of 0001-a.ts',
      'MIGRATIONS[1] is not the class of 0002-b.ts',
    ]);
    expect(orderProblems(files, [A])).toEqual([
      'MIGRATIONS has 1 entries for 2 files',
      'MIGRATIONS[1] is not the class of 0002-b.ts',
    ]);
    expect(orderProblems([{ name: '0001-a.ts', classes: [A, B] }], [A])).toEqual([
      '0001-a.ts: exports 2 classes, not 1',
    ]);
  });

  it('timestamps: missing, not ending in the number, not increasing, a different recorded name', () => {
    class First1764403200001 {
      name = 'First1764403200001';
    }
    class Second1764489600002 {
      name = 'Second1764489600002';
    }
    class Undated {}
    class Renamed1764489600002 {
      name = 'Old1764489600002';
    }
    expect(
      timestampProblems([
        { name: '0001-first.ts', migration: First1764403200001 },
        { name: '0002-second.ts', migration: Second1764489600002 },
      ]),
    ).toEqual([]);
    expect(timestampProblems([{ name: '0001-undated.ts', migration: Undated }])).toEqual([
      '0001-undated.ts: class name Undated does not end in a 13-digit timestamp',
    ]);
    expect(timestampProblems([{ name: '0003-second.ts', migration: Second1764489600002 }])).toEqual([
      '0003-second.ts: timestamp 1764489600002 does not end in 0003',
    ]);
    expect(
      timestampProblems([
        { name: '0002-second.ts', migration: Second1764489600002 },
        { name: '0001-first.ts', migration: First1764403200001 },
      ]),
    ).toEqual(['0001-first.ts: timestamp 1764403200001 not after 1764489600002']);
    expect(timestampProblems([{ name: '0002-renamed.ts', migration: Renamed1764489600002 }])).toEqual([
      "0002-renamed.ts: name 'Old1764489600002' is not the class name Renamed1764489600002",
    ]);
  });

  it('imports: live code, shared domain types, packages, dynamic import and require', () => {
    const siblings = ['0001-a.ts', '0002-b.ts', '0002-b.defaults.ts', '0002-b.test.ts', 'index.ts'];
    const fine = [
      "import type { MigrationInterface, QueryRunner } from 'typeorm';",
      "import { createHash } from 'node:crypto';",
      "import { join } from 'path';",
      "import { DEFAULT_LISTS } from './0002-b.defaults';",
      '// import { SIGNAL_FACTS } from "../signal-facts" (a comment is no import)',
      "const sql = 'SELECT 1 FROM x WHERE y = \\'../z\\'';",
    ].join('\n');
    expect(importProblems('0002-b.ts', fine, siblings)).toEqual([]);
    const bad = [
      "import { SIGNAL_FACTS } from '../../signals/signal-facts';",
      "import type { DecisionEffect } from '../../../../src-shared/domain/casus';",
      "export { X } from '../entities';",
      "import 'reflect-metadata';",
      "import { z } from 'zod';",
      "import { T } from './0002-b.test';",
      "import { U } from './sub/u';",
      "const live = await import('../database');",
      "const other = require('node:nothing');",
    ].join('\n');
    expect(importProblems('0002-b.ts', bad, siblings)).toEqual(
      [
        '../../signals/signal-facts',
        '../../../../src-shared/domain/casus',
        '../entities',
        'reflect-metadata',
        'zod',
        './0002-b.test',
        './sub/u',
        '../database',
        'node:nothing',
      ].map((specifier) => `0002-b.ts: imports '${specifier}' (only typeorm, node built-ins and ./ siblings)`),
    );
  });

  it('version: a schema version that is not the count', () => {
    expect(versionProblems(2, [1, 2], ['a', 'b'])).toEqual([]);
    expect(versionProblems(3, [1, 2], ['a', 'b'])).toEqual(['SCHEMA_VERSION 3, 2 in MIGRATIONS, 2 files']);
    expect(versionProblems(2, [1, 2], ['a', 'b', 'c'])).toEqual(['SCHEMA_VERSION 2, 2 in MIGRATIONS, 3 files']);
  });
});
