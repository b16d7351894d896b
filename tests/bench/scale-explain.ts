// Issue 20: what in the case list's and the case search's statements still grows with the data,
// measured without the clock. `npx tsx tests/bench/scale-explain.ts PERSONS FOLDER`:
//
// - makes (or reuses, when FOLDER already holds one) the scale suite's database of PERSONS persons
//   (mijn-werk.bench.ts's prepare(): core's set-up, then the engines bench's generate/loadSqlite);
// - prints, for the list as it opens and for one query of each kind of casework's mix (rows and
//   count statements), the query plan (the application's SQLite) and, from an unencrypted copy
//   run by the sqlite3 shell with `.stats on` (a fresh connection per statement, so every page is
//   a miss the first time), the virtual machine steps and the pages fetched (cache hits + misses):
//   the work per call, whatever the machine's load;
// - prints the facts of the data behind them: the size of the newest last-signal day, and per text
//   query how many cases match.
//
// - each text query also as before migration 0031 (search-before-0031.ts), and whether every page of
//   the mix is the same as before 0031 on the FTS5 table as it was then (the three texts alone).
//
// Not part of `npm run bench`; docs/benchmarks.md ("What still grew…", and "The gemeente in the
// text index") has its output. FOLDER may be a folder the scale suite kept (CTER_BENCH_SCALE_KEEP=1).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Driver from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../src-main/core/core';
import { applyCipher } from '../../src-main/core/db/database';
import { render, type Sql } from '../../src-main/core/db/sql';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { searchSql, type SearchQuery } from '../../src-main/core/search/case-search';
import { ADMIN, ok, options } from './bench-core';
import { QUERY_KINDS, queries } from './casework.bench';
import { opening } from './engines.bench';
import { prepare, SCOPE } from './mijn-werk.bench';
import { LIST_INDEX_BEFORE, listBefore } from './list-before';
import { searchSqlBefore0031 } from './search-before-0031';

/** casus_search as migration 0002 made it, beside the one of 0031. */
const FTS_BEFORE_0031 = `CREATE VIRTUAL TABLE casus_search_0030 USING fts5(naam, aliases, overig,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`;

type Rendered = { text: string; params: unknown[] };

/** A statement's text with its values written in, for the sqlite3 shell. */
export function inline({ text, params }: Rendered): string {
  let n = 0;
  return text.replace(/\?/g, () => {
    const value = params[n++];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    return `'${String(value).replace(/'/g, "''")}'`;
  });
}

/** The shell's `.stats` of one statement on a fresh connection: VM steps and pages fetched. */
function shellStats(plainPath: string, text: string): { steps: number; pages: number; misses: number } {
  const out = execFileSync('sqlite3', [plainPath], {
    input: `PRAGMA cache_size=-131072;\n.stats on\n${text.replace(/\s+/g, ' ')};\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const number = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(out)?.[1] ?? Number.NaN);
  const hits = number('Page cache hits');
  const misses = number('Page cache misses');
  return { steps: number('Virtual Machine Steps'), pages: hits + misses, misses };
}

async function main() {
  const persons = Number(process.argv[2] ?? 10_000);
  const folder = process.argv[3] ?? `/tmp/cter-scale-explain-${persons}`;
  mkdirSync(folder, { recursive: true });
  const fresh = readdirSync(folder).length === 0;
  if (fresh) {
    const start = Date.now();
    await prepare(folder, persons);
    console.info(`loaded ${persons} persons in ${((Date.now() - start) / 1000).toFixed(0)} s`);
  }
  const core = createCore(options(folder));
  await ok(core, 'session:login', { username: ADMIN.username, password: ADMIN.password });
  await core.workspace.integrity.settled();
  const { database, key } = core.workspace.requireOpen();
  if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
  const plainPath = join(folder, 'plain.sqlite3');
  if (!existsSync(plainPath)) {
    database.handle.exec(`VACUUM INTO '${plainPath}'`);
    const copy = new Driver(plainPath);
    applyCipher(copy, Buffer.from(key));
    copy.pragma("rekey=''");
    // The list's index before migration 0029, for the statement as it was (listBefore).
    copy.exec(LIST_INDEX_BEFORE);
    // The FTS5 table as it was before 0031 (the three texts alone), to see whether the token
    // beside them changes any rank (bm25 weighs a row's length in tokens, all columns counted).
    copy.exec(`${FTS_BEFORE_0031};
      INSERT INTO casus_search_0030 (rowid, naam, aliases, overig) SELECT rowid, naam, aliases, overig FROM casus_search`);
    copy.close();
  }
  await core.close();

  // Plans and rows from the unencrypted copy (the same schema, and casus_last_signal for the list as
  // it was), with the application's SQLite.
  const db = new Driver(plainPath, { readonly: true });
  const people = generateDemoPersons(persons, 34, 4242);
  const mix = queries(people).map((q) => ({ ...q, offset: 0, limit: 100 }));
  const newest = db
    .prepare(
      `SELECT last_signal_at AS day, count(*) AS n FROM casus WHERE last_signal_at = (SELECT max(last_signal_at) FROM casus)`,
    )
    .get() as { day: string; n: number };
  console.info(`${persons} persons: the newest last-signal day ${newest.day} holds ${newest.n} cases`);

  const report = (label: string, statement: Sql | Rendered) => {
    const rendered = 'text' in statement ? statement : render(statement, 'sqlite');
    const { text, params } = rendered;
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[])
      .map((row) => row.detail)
      .join(' | ');
    const found = db.prepare(text).all(...params) as Record<string, unknown>[];
    const rows =
      'n' in (found[0] ?? {})
        ? `n = ${String(found[0]!['n'])}`
        : `${found.length} rows (total ${String(found[0]?.['total'] ?? '-')})`;
    const stats = shellStats(plainPath, inline(rendered));
    console.info(
      `${label}: ${rows}, ${stats.steps} VM steps, ${stats.pages} pages fetched (${stats.misses} read)\n    plan: ${plan}`,
    );
  };
  const run = (label: string, q: SearchQuery) => {
    const statements = searchSql(q, SCOPE);
    report(`${label}, rows`, statements.rows);
    report(`${label}, count`, statements.count);
    if (!q.text || statements.order) return;
    // A text: the same as before migration 0031 (the gemeente tested on each match's person).
    const before = searchSqlBefore0031(q, SCOPE);
    report(`${label}, rows before 0031`, before.rows);
    report(`${label}, count before 0031`, before.count);
  };
  run('list as it opens', opening);
  report('list as it opens before 0029, rows', listBefore(searchSql(opening, SCOPE).rows));
  for (let k = 0; k < QUERY_KINDS.length; k++) {
    for (const q of mix.filter((_, i) => i % QUERY_KINDS.length === k).slice(0, 3)) {
      run(`${QUERY_KINDS[k]} ${JSON.stringify(q.text)}${q.gemeenteId ? ` in ${q.gemeenteId}` : ''}`, q);
    }
  }
  // Every query of the mix, now, against the statement before 0031 on the FTS5 table before 0031:
  // the same cases in the same order with the same count?
  let same = 0;
  for (const q of mix) {
    const page = (statement: Rendered) =>
      JSON.stringify(
        (db.prepare(statement.text).all(...statement.params) as { caseId: number; total?: number }[]).map((row) => [
          row.caseId,
          row.total,
        ]),
      );
    const old = render(searchSqlBefore0031(q, SCOPE).rows, 'sqlite');
    const onOldTable = { text: old.text.replace(/\bcasus_search\b/g, 'casus_search_0030'), params: old.params };
    if (page(render(searchSql(q, SCOPE).rows, 'sqlite')) === page(onOldTable)) same++;
  }
  console.info(`${same} of ${mix.length} pages of the mix the same as before 0031, on the index before 0031`);
  db.close();
  if (process.env['CTER_EXPLAIN_CLEAN'] === '1') rmSync(folder, { recursive: true, force: true });
}

void main();
