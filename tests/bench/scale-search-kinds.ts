// Issue 20: which kinds of the case search's mix grow from 10k to 300k persons, and what they read,
// without the clock. `npx tsx tests/bench/scale-search-kinds.ts PERSONS FOLDER`:
//
// - makes (or reuses) the scale suite's database of PERSONS persons in FOLDER (as scale-explain.ts,
//   whose unencrypted copy `plain.sqlite3` it reuses or makes);
// - runs EVERY query of casework's mix of 200 (the page's statement, and the count where the page
//   does not carry it) in the sqlite3 shell with `.stats on`, a fresh connection per statement:
//   virtual machine steps and pages fetched (cache hits + misses), which do not depend on the
//   machine's load; and the number of matches (the capped count);
// - prints per kind the median, p95 and largest of each, so the growth per kind can be read off two
//   runs (10k and 300k).
//
// Not part of `npm run bench`; docs/benchmarks.md ("Per kind, what the search reads …") has its output.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../src-main/core/core';
import { applyCipher } from '../../src-main/core/db/database';
import { render } from '../../src-main/core/db/sql';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { searchSql } from '../../src-main/core/search/case-search';
import { ADMIN, ok, options } from './bench-core';
import { percentile } from './bench';
import { QUERY_KINDS, queries } from './casework.bench';
import { prepare, SCOPE } from './mijn-werk.bench';
import { searchSqlBeforeBounds } from './search-before-bounds';

/** A statement's text with its values written in, for the sqlite3 shell (as scale-explain.ts). */
function inline({ text, params }: { text: string; params: unknown[] }): string {
  let n = 0;
  return text.replace(/\?/g, () => {
    const value = params[n++];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}

/** The shell's `.stats` of a statement on a fresh connection: VM steps, pages fetched and read. */
export function shellStats(plainPath: string, text: string): { steps: number; pages: number } {
  const out = execFileSync('sqlite3', [plainPath], {
    input: `PRAGMA cache_size=-131072;\n.stats on\n${text.replace(/\s+/g, ' ')};\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const number = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(out)?.[1] ?? Number.NaN);
  return { steps: number('Virtual Machine Steps'), pages: number('Page cache hits') + number('Page cache misses') };
}

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-scale-kinds-${persons}`;
  mkdirSync(folder, { recursive: true });
  if (readdirSync(folder).length === 0) await prepare(folder, persons);
  const plainPath = join(folder, 'plain.sqlite3');
  if (!existsSync(plainPath)) {
    const core = createCore(options(folder));
    await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
    await core.workspace.integrity.settled();
    const { database, key } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    database.handle.exec(`VACUUM INTO '${plainPath}'`);
    const copy = new Driver(plainPath);
    applyCipher(copy, Buffer.from(key));
    copy.pragma("rekey=''");
    copy.close();
    await core.close();
  }
  const db = new Driver(plainPath, { readonly: true });
  const mix = queries(generateDemoPersons(persons, 34, 4242)).map((q) => ({ ...q, offset: 0, limit: 100 }));
  const perKind = QUERY_KINDS.map(() => ({
    steps: [] as number[],
    pages: [] as number[],
    matches: [] as number[],
    windows: [] as number[],
  }));
  mix.forEach((q, i) => {
    const { rows, count, countInRows } = searchSql(q, SCOPE);
    const page = render(rows, 'sqlite');
    const found = db.prepare(page.text).all(...page.params) as { total?: number }[];
    const counted = render(count, 'sqlite');
    const n = (db.prepare(counted.text).get(...counted.params) as { n: number }).n;
    let { steps, pages } = shellStats(plainPath, inline(page));
    // The service runs the count apart unless the page carries it (a text) and has a row.
    if (!countInRows || found.length === 0) {
      const more = shellStats(plainPath, inline(counted));
      steps += more.steps;
      pages += more.pages;
    }
    const kind = perKind[i % QUERY_KINDS.length]!;
    // The page's statement as before bounds (window functions); the count as now.
    const windows = searchSqlBeforeBounds(q, SCOPE);
    kind.windows.push(
      steps - shellStats(plainPath, inline(page)).steps + shellStats(plainPath, inline(windows.rows)).steps,
    );
    kind.steps.push(steps);
    kind.pages.push(pages);
    kind.matches.push(n);
  });
  db.close();
  const show = (values: number[]) =>
    `${percentile(values, 50)} / ${percentile(values, 95)} / ${Math.max(...values)}`.padEnd(26);
  console.info(`${persons} persons, per kind (${mix.length / QUERY_KINDS.length} queries each), median / p95 / max:`);
  console.info(
    `  ${'kind'.padEnd(24)}${'VM steps'.padEnd(26)}${'steps with the windows'.padEnd(26)}${'pages fetched'.padEnd(26)}matches (capped at 1,001)`,
  );
  QUERY_KINDS.forEach((name, k) => {
    const kind = perKind[k]!;
    console.info(
      `  ${name.padEnd(24)}${show(kind.steps)}${show(kind.windows)}${show(kind.pages)}${show(kind.matches)}`,
    );
  });
  const all = (field: 'steps' | 'pages' | 'windows') => perKind.flatMap((kind) => kind[field]);
  console.info(`  ${'the whole mix'.padEnd(24)}${show(all('steps'))}${show(all('windows'))}${show(all('pages'))}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
