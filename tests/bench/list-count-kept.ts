// Throw-away measurement before migration 0038 (issue 17): would a count kept per region move the
// case list's PostgreSQL ÷ SQLCipher ratio? Both engines get the same shortcut, so only the ratio
// decides whether the migration is worth its risk (docs/benchmarks.md, "The list's count from kept
// counts, measured first: not built" — it was not).
//
// On the engines bench's kept data (CTER_BENCH_KEEP, see engines.bench.ts), per engine, the list as
// it opens (searchSql's page and count, in one round trip on PostgreSQL as the core sends them):
//   (a) today: the capped count reads casus rows until COUNT_LIMIT + 1 are visible;
//   (b) kept:  the same page, the count from a hand-filled table of unshielded cases per region
//       (under a region policy on PostgreSQL, as the real one would be) plus the shielded cases in
//       those regions that name the caller (casus_access by account), as the design brief has it;
//   (c) regions: the same page, the count from the table alone, as if the shielded cases naming
//       the caller were kept per account too (the best any kept count can do);
//   (d) no count: the page alone (the floor: what the list costs if its count cost nothing).
// Interleaved call by call in an order shuffled anew each round (a fixed or alternating order put
// the same call after PostgreSQL's (a) every round, and what Node does after that call fell on it),
// after a warm-up, as `cter_app` for the bench account. Per call: wall, this process's CPU and, on PostgreSQL, the
// backend's CPU (/proc/<pid>/schedstat; the cluster runs on this machine), so the ratio can be
// read in CPU time when the machine is loaded.
//
// The probe adds what it needs to the kept data (as the superuser on PostgreSQL, on the file on
// SQLite): a second account, casus_access rows (each shielded casus names that account, every
// 50th also the bench account: the few shielded cases naming the caller), an index of casus_access
// by account, and the probe's count table (left in place for list-count-kept-statements.ts; the
// kept data goes with the bench's process). It checks that (a) and (b) answer the same total and
// capped flag, for the bench account and for one with region 2 only.
//
//   npx tsx tests/bench/list-count-kept.ts /tmp/keep.json [rounds]
import { openSync, readFileSync, readSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { readTogether } from '../../src-main/core/db/kept';
import { dialectOf, raw, sql, type Sql } from '../../src-main/core/db/sql';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { COUNT_LIMIT, searchSql } from '../../src-main/core/search/case-search';
import { random } from '../../src-shared/domain/random';
import { percentile } from './bench';
import { opening } from './engines.bench';

const PROBE = 'count17_probe_casus_count';
const OTHER = 2;
const scopes = { bench: { accountId: 1, regionIds: [1, 2, 3] }, other: { accountId: OTHER, regionIds: [2] } };

type Scope = (typeof scopes)[keyof typeof scopes];

/** The scope's regions and account written in (integers), so PostgreSQL keeps one generic plan. */
const regionsOf = (scope: Scope) => raw(`(${scope.regionIds.join(', ')})`);

/** The kept unshielded counts of the caller's regions. */
const regionsPart = (scope: Scope) =>
  sql`(SELECT coalesce(sum(k.n), 0) FROM ${raw(PROBE)} k WHERE k.region_id IN ${regionsOf(scope)})`;

/** The shielded cases in the caller's regions that name the caller (casus_access by account). */
const namedPart = (scope: Scope) =>
  sql`(SELECT count(*) FROM casus_access named JOIN casus c ON c.id = named.casus_id
       WHERE named.account_id = ${raw(String(scope.accountId))} AND c.afgeschermd = ${true} AND c.region_id IN ${regionsOf(scope)})`;

/** The counts of the variants below as statements: (b)'s whole, (c)'s, and (b)'s second half alone. */
export const KEPT_COUNTS: Record<string, (scope: Scope) => Sql> = {
  'count, kept (b)': (scope) => sql`SELECT ${regionsPart(scope)} + ${namedPart(scope)} AS "n"`,
  'count, kept regions only (c)': (scope) => sql`SELECT ${regionsPart(scope)} AS "n"`,
  'count, shielded naming the caller only': (scope) => sql`SELECT ${namedPart(scope)} AS "n"`,
};

const VARIANTS = ['(a) today', '(b) kept', '(c) regions', '(d) no count'] as const;
type Variant = (typeof VARIANTS)[number];

/** One list as it opens: the page and the variant's count, read as runSearch reads them. */
async function list(m: EntityManager, scope: Scope, variant: Variant) {
  const statements = searchSql(opening, scope, dialectOf(m));
  const count = {
    '(a) today': statements.count,
    '(b) kept': KEPT_COUNTS['count, kept (b)']!(scope),
    '(c) regions': KEPT_COUNTS['count, kept regions only (c)']!(scope),
    '(d) no count': null,
  }[variant];
  const read = count
    ? await readTogether<{ rows: unknown[]; count: { n: number | string }[] }>(m, {
        rows: { rows: statements.rows },
        count: { rows: count },
      })
    : { ...(await readTogether<{ rows: unknown[] }>(m, { rows: { rows: statements.rows } })), count: [] };
  const n = Number(read.count[0]?.n ?? 0);
  return { rows: read.rows.length, total: Math.min(n, COUNT_LIMIT), capped: n > COUNT_LIMIT, n };
}

const statBuffer = Buffer.alloc(128);
const statFiles = new Map<number, number>();
/** A backend's CPU so far, ms. */
function schedstat(pid: number): number {
  let fd = statFiles.get(pid);
  if (fd === undefined) statFiles.set(pid, (fd = openSync(`/proc/${pid}/schedstat`, 'r')));
  const length = readSync(fd, statBuffer, 0, statBuffer.length, 0);
  return Number(statBuffer.toString('latin1', 0, length).split(' ')[0]) / 1e6;
}
const nodeCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Sample {
  wall: number;
  node: number;
  backend: number;
}

/** The backend of the call under way and its CPU before the call's first message (null: not recording). */
let backendOfCall: { pid: number; before: number } | null | undefined = null;
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
  // The transaction's BEGIN goes with its first read (db/kept.ts), so the backend is known only here.
  if (backendOfCall === undefined) {
    const pid = (this as pg.Client & { processID: number }).processID;
    backendOfCall = { pid, before: schedstat(pid) };
  }
  return original.apply(this, args);
};

/** One call in a transaction for the scope's account, timed. */
async function call(db: Database, scope: Scope, variant: Variant): Promise<Sample> {
  const started = performance.now();
  const cpu = nodeCpu();
  backendOfCall = db.engine === 'postgres' ? undefined : null;
  await transactionFor(db.source, { accountId: scope.accountId }, (m) => list(m, scope, variant));
  const backend = backendCpuOfCall();
  return { wall: performance.now() - started, node: nodeCpu() - cpu, backend };
}

/** The backend's CPU in the call that just ended (0 on SQLite), and the recording stopped. */
function backendCpuOfCall(): number {
  const recorded = backendOfCall;
  backendOfCall = null;
  return recorded ? schedstat(recorded.pid) - recorded.before : 0;
}

/** The probe's additions to the kept data, the same on both engines. */
const SETUP = [
  `INSERT INTO account (id, username, display_name, roles, region_ids, created_at, updated_at)
     SELECT ${OTHER}, 'ander', 'Ander (fictief)', '["procesregisseur"]', '[2]', created_at, updated_at FROM account WHERE id = 1
     AND NOT EXISTS (SELECT 1 FROM account WHERE id = ${OTHER})`,
  `INSERT INTO casus_access (casus_id, account_id) SELECT id, ${OTHER} FROM casus WHERE afgeschermd = TRUE
     AND NOT EXISTS (SELECT 1 FROM casus_access)`,
  `INSERT INTO casus_access (casus_id, account_id) SELECT casus_id, 1 FROM casus_access WHERE account_id = ${OTHER} AND casus_id % 50 = 0
     AND NOT EXISTS (SELECT 1 FROM casus_access WHERE account_id = 1)`,
  `CREATE INDEX IF NOT EXISTS count17_casus_access_account ON casus_access (account_id, casus_id)`,
  `DROP TABLE IF EXISTS ${PROBE}`,
  `CREATE TABLE ${PROBE} (region_id integer PRIMARY KEY, n integer NOT NULL)`,
  `INSERT INTO ${PROBE} (region_id, n) SELECT region_id, count(*) FROM casus WHERE afgeschermd = FALSE GROUP BY region_id`,
];

async function setUpPostgres(
  kept: { superuser: { socketDir: string; port: number; user: string; passwordFile: string } },
  database: string,
) {
  const { socketDir, port, user, passwordFile } = kept.superuser;
  const client = new pg.Client({ host: socketDir, port, user, password: readPasswordFile(passwordFile), database });
  await client.connect();
  try {
    for (const statement of SETUP) await client.query(statement);
    // As a real count table would be: row security by the caller's regions (the casus policy's form).
    await client.query(`ALTER TABLE ${PROBE} ENABLE ROW LEVEL SECURITY`);
    await client.query(`ALTER TABLE ${PROBE} FORCE ROW LEVEL SECURITY`);
    await client.query(
      `CREATE POLICY count17 ON ${PROBE} USING ((SELECT current_setting('cter.scope', true) = 'system') OR region_id = ANY (ARRAY(SELECT r.value::integer FROM account a CROSS JOIN LATERAL jsonb_array_elements_text(a.region_ids::jsonb) r WHERE a.id = (SELECT NULLIF(current_setting('cter.account_id', true), '')::integer) AND a.active)))`,
    );
    await client.query(`GRANT SELECT ON ${PROBE} TO PUBLIC`);
    await client.query(`ANALYZE casus_access`);
    await client.query(`ANALYZE ${PROBE}`);
  } finally {
    await client.end();
  }
}

/** A copy of `items` in a random order (Fisher–Yates). */
function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const ms = (values: number[], p: number) => percentile(values, p);
const fmt = (values: number[]) => `${ms(values, 50).toFixed(2)} / ${ms(values, 95).toFixed(2)}`;

async function main() {
  const [keepFile, roundsText = '80'] = process.argv.slice(2);
  if (!keepFile) throw new Error('usage: list-count-kept.ts KEEP_FILE [rounds]');
  const kept = JSON.parse(readFileSync(keepFile, 'utf8')) as {
    store: PostgresStore;
    superuser: { socketDir: string; port: number; user: string; passwordFile: string };
    sqlite: { path: string; key: string };
  };
  await setUpPostgres(kept, kept.store.database);
  const lite = await openDatabase({ path: kept.sqlite.path, key: Buffer.from(kept.sqlite.key, 'hex'), mode: 'open' });
  for (const statement of SETUP) lite.handle.exec(statement.replace(/\bTRUE\b/g, '1').replace(/\bFALSE\b/g, '0'));
  const post = await openDatabase(kept.store);
  const engines = [lite, post] as Database[];
  try {
    // (a) and (b) must answer alike, or (b) measures something else.
    for (const [name, scope] of Object.entries(scopes))
      for (const db of engines) {
        const answer = (variant: Variant) =>
          transactionFor(db.source, { accountId: scope.accountId }, (m) => list(m, scope, variant));
        const a = await answer('(a) today');
        const b = await answer('(b) kept');
        console.info(
          `${db.engine} ${name}: today n=${a.n} ${a.total}/${a.capped}; kept n=${b.n} ${b.total}/${b.capped}`,
        );
        if (a.total !== b.total || a.capped !== b.capped) throw new Error(`${db.engine} ${name}: the counts differ`);
      }
    const rounds = Number(roundsText);
    const samples = new Map<string, Sample[]>();
    const calls = engines.flatMap((db) => VARIANTS.map((variant) => ({ db, variant, key: `${db.engine} ${variant}` })));
    const rnd = random(17);
    for (let i = -10; i < rounds; i++) {
      for (const { db, variant, key } of shuffled(calls, rnd)) {
        const sample = await call(db, scopes.bench, variant);
        if (i >= 0) samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
    console.info(`n = ${rounds} per variant; median / p95, ms`);
    for (const [key, of] of samples) {
      const line = (name: string, pick: (s: Sample) => number) => `${name} ${fmt(of.map(pick))}`;
      console.info(
        `${key}: ${[line('wall', (s) => s.wall), line('node CPU', (s) => s.node), line('backend CPU', (s) => s.backend), line('CPU', (s) => s.node + s.backend)].join(', ')}`,
      );
    }
    for (const variant of VARIANTS) {
      const lite = samples.get(`sqlcipher ${variant}`)!;
      const post = samples.get(`postgres ${variant}`)!;
      const ratio = (pick: (s: Sample) => number, p: number) => ms(post.map(pick), p) / ms(lite.map(pick), p);
      const cpu = (s: Sample) => s.node + s.backend;
      console.info(
        `${variant}: PostgreSQL ÷ SQLCipher: wall p95 ${ratio((s) => s.wall, 95).toFixed(2)}, median ${ratio((s) => s.wall, 50).toFixed(2)}; CPU p95 ${ratio(cpu, 95).toFixed(2)}, median ${ratio(cpu, 50).toFixed(2)}`,
      );
    }
  } finally {
    await post.close();
    await lite.close();
  }
}

if (process.argv[1]?.endsWith('list-count-kept.ts')) void main();
