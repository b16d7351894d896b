// Both engines in one run (issue 17): the same generated data (100,000 persons, 150,000 signals;
// CTER_BENCH_PERSONS for a smaller run) in an SQLCipher file and in PostgreSQL over a unix socket (a
// private cluster started here like the tests' one, with fsync and synchronous commit on, stopped at
// the end). Per figure the same core code runs on both in a transaction, interleaved sample by
// sample (SQLCipher, PostgreSQL, then the other way round), ≥50 samples, judged on the p95; then
// PostgreSQL ÷ SQLCipher on the p95 (aim: at most 2×). The case list is also run as its raw SQL on
// both (the best hand-written form: the same statement without the service around it). And the
// audit append with 8 concurrent writers on PostgreSQL (aim: p99 < 5 ms), also until each entry is
// linked into the chain, as before migration 0013 and without waiting for the WAL flush.
//
// Not the request path: no session, router or audit entry around the calls (the audit append is its
// own figure). PostgreSQL runs as the application's ordinary role `cter_app` in a database made as
// docs/beheer.md tells IT (tests/support/postgres-admin.ts), each transaction set for the bench
// account first as DatabaseHolder.transaction does, so row security's policies are in the figures;
// only the loading runs as the superuser (a bulk load past the application). Case search
// and the casus save's CaseService take `caseSearch` from core.ts, the one place that picks the
// implementation per engine (the suite checks it runs on PostgreSQL and says so when it does not).
// Loading: the rows are generated once in memory and written in one transaction per engine,
// prepared statements on SQLite, 10,000-row `INSERT … SELECT unnest(…)` on PostgreSQL, then ANALYZE
// on PostgreSQL (what autovacuum does within a minute; SQLite gets no ANALYZE, as in the product).
//
// For analysis: CTER_BENCH_FIGURES=list,work,dashboard,save,search,audit runs only those figures;
// CTER_BENCH_KEEP=FILE loads the data, writes the PostgreSQL store and the superuser's connection
// (and the SQLCipher file's path and key) to FILE (JSON), and keeps the cluster and the file until the process gets SIGINT or SIGTERM (no figures), so
// EXPLAIN can be run as `cter_app` on the bench's data (tests/bench/engines-explain.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { CaseService } from '../../src-main/core/cases/case-service';
import { buildDossier, visibleCaseAndPerson } from '../../src-main/core/cases/dossier';
import type { Case } from '../../src-main/core/db/entities/casus';
import { caseSearch } from '../../src-main/core/core';
import { visibleCase } from '../../src-main/core/access/access';
import { openDatabase, type Database, type SqlCipherDatabase } from '../../src-main/core/db/database';
import { setTransactionScope, transactionFor } from '../../src-main/core/access/row-security';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { SIGNAL_FACTS } from '../../src-main/core/db/signal-facts';
import { render } from '../../src-main/core/db/sql';
import { generateDemoPersons } from '../../src-main/core/demo/dataset';
import { computeDashboard } from '../../src-main/core/figures/figures';
import { keyHead, personKeyRows, sortKey } from '../../src-main/core/persons/names';
import { SEARCH_FACTS } from '../../src-main/core/db/migrations/0026-search-facts';
import { searchSql, type SearchQuery } from '../../src-main/core/search/case-search';
import { indexText } from '../../src-main/core/search/postgres-text';
import { gemeenteToken } from '../../src-main/core/search/sqlite-search';
import { myWork } from '../../src-main/core/work/my-work';
import { formatMessage } from '../../src-shared/i18n/messages';
import { random } from '../../src-shared/domain/random';
import { startCluster, type Cluster } from '../support/postgres';
import { createStoreDatabase } from '../support/postgres-admin';
import { percentile, type BenchSuite, type Figure } from './bench';
import { auditFigures } from './engines-audit';
import { describeSamples, SampleLog } from './engines-samples';
import { QUERY_KINDS, queries } from './casework.bench';

const PERSONS = Number(process.env['CTER_BENCH_PERSONS'] ?? 100_000);
const SIZE = `${PERSONS / 1000}k persons/${(PERSONS * 1.5) / 1000}k signals`;
const SAMPLES = 60;
const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');
const FIGURES = process.env['CTER_BENCH_FIGURES']?.split(',').map((name) => name.trim());
const KEEP = process.env['CTER_BENCH_KEEP'];
/** Whether the figure is wanted in this run (CTER_BENCH_FIGURES; default all). */
const wanted = (figure: 'list' | 'work' | 'dashboard' | 'save' | 'search' | 'audit') =>
  !FIGURES || FIGURES.includes(figure);

// The case list as it opens: no text, the newest signal first, the first page of 100.
export const opening: SearchQuery = {
  text: '',
  states: [],
  gemeenteId: null,
  regionId: null,
  ideologie: null,
  sort: 'relevantie',
  descending: false,
  offset: 0,
  limit: 100,
};

type Value = string | number | boolean | null;
export interface Table {
  name: string;
  columns: string[];
  /** PostgreSQL array types for unnest; booleans are 1/0 on SQLite. */
  types: ('int' | 'text' | 'bool')[];
  rows: Value[][];
  /** PostgreSQL: the values per column as written (default: as generated). */
  postgresValues?: string[];
}

const table = (name: string, spec: [string, Table['types'][number]][]): Table => ({
  name,
  columns: spec.map(([column]) => column),
  types: spec.map(([, type]) => type),
  rows: [],
});

const STATES = ['aangemeld', 'in_weging', 'casusoverleg', 'plan_van_aanpak', 'monitoring', 'afgeschaald', 'afgesloten'];
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * The rows of both databases, from the demo generator (as casework.bench.ts loads them); also the
 * server load bench's data (server-load.bench.ts, `persons` there).
 */
export function generate(gemeenten: Map<number, string>, persons = PERSONS) {
  const people = generateDemoPersons(persons, 34, 4242);
  const stamp = NOW.toISOString();
  const account = table('account', [
    ['id', 'int'],
    ['username', 'text'],
    ['display_name', 'text'],
    ['roles', 'text'],
    ['region_ids', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
  ]);
  account.rows.push([ACCOUNT, 'meter', 'Meter (fictief)', '["procesregisseur"]', '[1,2,3]', stamp, stamp]);
  const person = table('person', [
    ['id', 'int'],
    ['naam', 'text'],
    ['sort_key', 'text'],
    ['aliases', 'text'],
    ['geboortedatum', 'text'],
    ['geboortejaar', 'int'],
    ['geslacht', 'text'],
    ['gemeente_id', 'int'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
  ]);
  const nameKey = table('person_name_key', [
    ['person_id', 'int'],
    ['key', 'text'],
    ['head', 'text'],
    ['birth_year', 'int'],
    ['solo', 'int'],
  ]);
  const casus = table('casus', [
    ['id', 'int'],
    ['number', 'text'],
    ['person_id', 'int'],
    ['region_id', 'int'],
    ['state', 'text'],
    ['afgeschermd', 'bool'],
    ['procesregisseur_id', 'int'],
    ['opened_at', 'text'],
    ['last_signal_at', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
  ]);
  const signal = table('signal', [
    ['id', 'int'],
    ['casus_id', 'int'],
    ['person_id', 'int'],
    ['melder_partner', 'text'],
    ['ontvangen', 'text'],
    ['omschrijving', 'text'],
    ['ideologie', 'text'],
    ['ernst', 'text'],
    ['bron', 'text'],
    ['status', 'text'],
    ['created_at', 'text'],
  ]);
  const action = table('casus_action', [
    ['id', 'int'],
    ['casus_id', 'int'],
    ['soort', 'text'],
    ['omschrijving', 'text'],
    ['actiehouder_partner', 'text'],
    ['actiehouder_naam', 'text'],
    ['actiehouder_account_id', 'int'],
    ['deadline', 'text'],
    ['status', 'text'],
    ['created_at', 'text'],
    ['updated_at', 'text'],
  ]);
  const monitoring = table('casus_monitoring', [
    ['id', 'int'],
    ['casus_id', 'int'],
    ['gepland', 'text'],
    ['bevindingen', 'text'],
    ['account_id', 'int'],
  ]);
  // The index rows as CaseSearch.index writes them: the texts as they are on SQLite (`casus_id` is
  // `rowid` there), one folded word after a space each on PostgreSQL (search/postgres-text.ts).
  const search = table('casus_search', [
    ['casus_id', 'int'],
    ['naam', 'text'],
    ['aliases', 'text'],
    ['overig', 'text'],
  ]);
  // With what the search keeps of its casus and person on PostgreSQL (migration 0026; a database
  // before it has no such columns and `fitted` leaves them out).
  const searchPostgres = table('casus_search', [
    ['casus_id', 'int'],
    ['naam', 'text'],
    ['aliases', 'text'],
    ['overig', 'text'],
    ['person_id', 'int'],
    ['region_id', 'int'],
    ['afgeschermd', 'bool'],
    ['state', 'text'],
    ['gemeente_id', 'int'],
    ['sort_key', 'text'],
  ]);
  searchPostgres.postgresValues = [
    'casus_id',
    ...['naam', 'aliases', 'overig'].map((c) => `lower(cter_unaccent(${c}))`),
    ...['person_id', 'region_id', 'afgeschermd', 'state', 'gemeente_id', 'sort_key'],
  ];
  const rnd = random(99);
  let signalId = 0;
  people.forEach((p, i) => {
    const id = i + 1;
    const first = p.signals[0]!;
    const gemeente = p.gemeenteIndex + 1;
    const region = gemeente <= 11 ? 1 : gemeente <= 23 ? 2 : 3;
    const year = Number(p.geboortedatum.slice(0, 4));
    person.rows.push([
      id,
      p.naam,
      sortKey(p.naam),
      JSON.stringify(p.aliases),
      p.geboortedatum,
      year,
      p.geslacht,
      gemeente,
      stamp,
      stamp,
    ]);
    for (const { key, solo } of personKeyRows([p.naam, ...p.aliases]))
      nameKey.rows.push([id, key, keyHead(key), year, solo ? 1 : 0]);
    const number = `CTER-${first.ontvangen.slice(0, 4)}-${String(id).padStart(6, '0')}`;
    const state = STATES[Math.floor(rnd() * STATES.length)]!;
    // One casus in 50 is the bench account's (Mijn werk), with an action; one in 100 has monitoring.
    const mine = i % 50 === 0;
    const shielded = rnd() < 0.03;
    casus.rows.push([
      id,
      number,
      id,
      region,
      state,
      shielded,
      mine ? ACCOUNT : null,
      first.ontvangen,
      first.ontvangen,
      stamp,
      stamp,
    ]);
    if (mine) {
      action.rows.push([
        action.rows.length + 1,
        id,
        'actie',
        'Huisbezoek afleggen (fictief).',
        'politie',
        'Wijkagent (fictief)',
        ACCOUNT,
        day((i % 60) - 30),
        'open',
        stamp,
        stamp,
      ]);
    }
    if (i % 100 === 7) monitoring.rows.push([monitoring.rows.length + 1, id, day((i % 20) - 10), '', ACCOUNT]);
    // Exactly 1.5 signals per person on average; one in 20 still waits for its weging.
    for (let s = 0; s < (i % 2 === 0 ? 2 : 1); s++) {
      const data = p.signals[s] ?? first;
      signalId++;
      signal.rows.push([
        signalId,
        id,
        id,
        data.melderPartner,
        data.ontvangen,
        data.omschrijving,
        data.ideologie,
        data.ernst,
        data.bron,
        signalId % 20 === 0 ? 'nieuw' : 'gewogen',
        stamp,
      ]);
    }
    const texts = [
      `${p.naam} `,
      p.aliases.join(' '),
      `${year} ${gemeenten.get(gemeente) ?? ''} ${number} ${formatMessage('nl', `caseStates.${state}`)}`,
    ];
    search.rows.push([id, ...texts]);
    searchPostgres.rows.push([id, ...texts.map(indexText), id, region, shielded, state, gemeente, sortKey(p.naam)]);
  });
  const common = [account, person, nameKey, casus, signal, action, monitoring];
  return { people, sqlite: [...common, search], postgres: [...common, searchPostgres] };
}

/**
 * The table with only the columns the database has: a database loaded at an earlier version (the
 * figure counts' tests and bench load at version 19) lacks what later migrations added (0022's
 * person_name_key.head and birth_year), and those are left out rather than refused.
 */
function fitted(t: Table, existing: ReadonlySet<string>): Table {
  const keep = t.columns.map((column, i) => (existing.has(column) ? i : -1)).filter((i) => i >= 0);
  if (keep.length === t.columns.length) return t;
  return {
    name: t.name,
    columns: keep.map((i) => t.columns[i]!),
    types: keep.map((i) => t.types[i]!),
    rows: t.rows.map((row) => keep.map((i) => row[i]!)),
    ...(t.postgresValues ? { postgresValues: keep.map((i) => t.postgresValues![i]!) } : {}),
  };
}

/**
 * The `kenmerk` of a casus's FTS5 row (its person's gemeente token, migration 0031) from the loaded
 * tables; null on a database before 0031, whose FTS5 table has no such column.
 */
function searchGemeenten(handle: SqlCipherDatabase['handle'], given: Table[]): ((caseId: number) => string) | null {
  const columns = handle.prepare(`SELECT name FROM pragma_table_info('casus_search')`).all() as { name: string }[];
  if (!columns.some((c) => c.name === 'kenmerk')) return null;
  const rows = (name: string) => given.find((t) => t.name === name);
  const person = rows('person')!;
  const casus = rows('casus')!;
  const gemeenteOf = new Map<number, number>();
  const at = (t: Table, column: string) => t.columns.indexOf(column);
  for (const row of person.rows) gemeenteOf.set(Number(row[at(person, 'id')]), Number(row[at(person, 'gemeente_id')]));
  const personOf = new Map<number, number>();
  for (const row of casus.rows) personOf.set(Number(row[at(casus, 'id')]), Number(row[at(casus, 'person_id')]));
  return (caseId) => gemeenteToken(gemeenteOf.get(personOf.get(caseId)!)!);
}

export function loadSqlite(db: SqlCipherDatabase, given: Table[]): void {
  const handle = db.handle;
  // casus_search is the FTS5 table, loaded by rowid (its first column here), not by its own columns.
  const tables = given.map((t) =>
    t.name === 'casus_search'
      ? t
      : fitted(
          t,
          new Set(
            (handle.prepare(`SELECT name FROM pragma_table_info(?)`).all(t.name) as { name: string }[]).map(
              (c) => c.name,
            ),
          ),
        ),
  );
  const kenmerk = searchGemeenten(handle, given);
  handle.transaction(() => {
    for (const t of tables) {
      if (t.name === 'casus_search' && kenmerk) {
        // The gemeente's token beside the texts, as CaseSearch.index writes it (migration 0031).
        const insert = handle.prepare(
          'INSERT INTO casus_search (rowid, naam, aliases, overig, kenmerk) VALUES (?, ?, ?, ?, ?)',
        );
        for (const row of t.rows) insert.run(...row, kenmerk(Number(row[0])));
        continue;
      }
      const columns = t.columns.map((c, i) => (i === 0 && t.name === 'casus_search' ? 'rowid' : c));
      const insert = handle.prepare(
        `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of t.rows) insert.run(...row.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)));
    }
  })();
  handle.exec(`UPDATE signal SET ${SIGNAL_FACTS}`);
}

export async function loadPostgres(client: pg.Client, given: Table[]): Promise<void> {
  const tables: Table[] = [];
  for (const t of given) {
    const { rows } = await client.query<{ column_name: string }>(
      'SELECT column_name FROM information_schema.columns WHERE table_name = $1',
      [t.name],
    );
    tables.push(fitted(t, new Set(rows.map((row) => row.column_name))));
  }
  await client.query('BEGIN');
  for (const t of tables) {
    const unnest = t.types.map(
      (type, i) => `$${i + 1}::${type === 'int' ? 'integer' : type === 'bool' ? 'boolean' : 'text'}[]`,
    );
    const statement = `INSERT INTO ${t.name} (${t.columns.join(', ')})
      SELECT ${(t.postgresValues ?? t.columns).join(', ')} FROM unnest(${unnest.join(', ')}) AS v (${t.columns.join(', ')})`;
    const started = process.hrtime.bigint();
    for (let start = 0; start < t.rows.length; start += 10_000) {
      const chunk = t.rows.slice(start, start + 10_000);
      await client.query(
        statement,
        t.columns.map((_, c) => chunk.map((row) => row[c])),
      );
    }
    console.info(`     ${t.name}: ${t.rows.length} rows in ${(elapsed(started) / 1000).toFixed(1)} s`);
    if (t.columns[0] === 'id') {
      await client.query(`SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), (SELECT max(id) FROM ${t.name}))`);
    }
  }
  const started = process.hrtime.bigint();
  await client.query(`UPDATE signal SET ${SIGNAL_FACTS}`);
  await client.query('COMMIT');
  await client.query('ANALYZE');
  console.info(`     signal facts, commit and ANALYZE: ${(elapsed(started) / 1000).toFixed(1)} s`);
}

class RolledBack extends Error {}

/** Whether `run` works on this database (tried in a transaction for the bench account that is rolled back). */
async function works(db: Database, run: (manager: EntityManager) => Promise<unknown>): Promise<boolean> {
  try {
    await db.source.transaction(async (manager) => {
      await setTransactionScope(manager, { accountId: ACCOUNT });
      await run(manager);
      throw new RolledBack();
    });
  } catch (error) {
    return error instanceof RolledBack;
  }
  return true;
}

const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs the variants in turn per sample (the order reversed every other sample), after a warm-up. */
async function interleaved(variants: ((i: number) => Promise<unknown>)[], samples = SAMPLES, warmup = 5) {
  for (let i = 0; i < warmup; i++) for (const run of variants) await run(i);
  const out = variants.map(() => [] as number[]);
  for (let i = 0; i < samples; i++) {
    const order = variants.map((_, v) => v);
    if (i % 2) order.reverse();
    for (const v of order) {
      const start = process.hrtime.bigint();
      await variants[v]!(i);
      out[v]!.push(elapsed(start));
    }
  }
  return out;
}

/** The three figures of one measured thing: each engine and PostgreSQL ÷ SQLCipher on the p95. */
function pair(what: string, [lite, post]: number[][], max: number): Figure[] {
  return [
    { name: `${SIZE}: ${what}, SQLCipher`, unit: 'ms', samples: lite!, target: { max } },
    { name: `${SIZE}: ${what}, PostgreSQL`, unit: 'ms', samples: post!, target: { max } },
    {
      name: `${SIZE}: ${what}, PostgreSQL ÷ SQLCipher (p95)`,
      unit: '×',
      samples: [percentile(post!, 95) / percentile(lite!, 95)],
      target: { max: 2 },
    },
  ];
}

export const suite: BenchSuite = {
  name: 'engines',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'cter-bench-engines-'));
    let cluster: Cluster | undefined;
    const open: Database[] = [];
    let client: pg.Client | undefined;
    let raw: pg.Client | undefined;
    try {
      const liteKey = randomBytes(32);
      const lite = await openDatabase({ path: join(dir, 'cter.db'), key: liteKey, mode: 'create' });
      open.push(lite);
      cluster = await startCluster({ durable: true });
      const connect = async ({ user, passwordFile }: { user: string; passwordFile: string }) => {
        const c = new pg.Client({
          host: cluster!.socketDir,
          port: cluster!.port,
          user,
          password: readPasswordFile(passwordFile),
          database: 'cter_bench',
        });
        await c.connect();
        return c;
      };
      const store: PostgresStore = await createStoreDatabase(cluster, 'cter_bench');
      const post = await openDatabase(store);
      if (post.rowSecurity !== 'enforced') throw new Error('the bench role skips row security');
      open.push(post);
      // The superuser loads the rows (no account could write them all under row security).
      client = await connect(cluster);
      // The raw SQL runs as the application's role, for the bench account (for the whole session).
      raw = await connect(cluster.app);
      await raw.query(`SELECT set_config('cter.account_id', $1, false)`, [String(ACCOUNT)]);

      const timings: Figure[] = [];
      const timed = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
        const start = process.hrtime.bigint();
        const result = await fn();
        const seconds = elapsed(start) / 1000;
        console.info(`   ${name}: ${seconds.toFixed(1)} s`);
        timings.push({ name: `${SIZE}: ${name}`, unit: 's', samples: [seconds], target: {} });
        return result;
      };
      const gemeenten = new Map(
        lite.handle
          .prepare('SELECT id, name FROM gemeente')
          .all()
          .map((row) => {
            const { id, name } = row as { id: number; name: string };
            return [id, name] as const;
          }),
      );
      // Generated and loaded in a function of its own, so that only what the figures use stays in
      // memory: the generated rows (several hundred MB of objects at 100k) stayed live for the whole
      // run, and every major garbage collection that fell in a timed call marked them (the tails of
      // both engines: docs/benchmarks.md, "The client's side of each call").
      const { visible, mix } = await (async () => {
        const {
          people,
          sqlite: tables,
          postgres: postgresTables,
        } = await timed('generating the rows', () => generate(gemeenten));
        await timed('loading SQLCipher', () => loadSqlite(lite, tables));
        await timed('loading PostgreSQL', () => loadPostgres(client!, postgresTables));
        return {
          // The cases the bench account sees (all regions; afgeschermd cases are not the account's).
          visible: tables
            .find((t) => t.name === 'casus')!
            .rows.filter((row) => row[5] === false)
            .map((row) => row[0] as number),
          // The casework mix of 200 queries for the case search figure.
          mix: queries(people).map((q) => ({ ...q, offset: 0, limit: 100 })),
        };
      })();
      if (KEEP) {
        const { socketDir, port, user, passwordFile } = cluster;
        writeFileSync(
          KEEP,
          `${JSON.stringify(
            {
              store,
              superuser: { socketDir, port, user, passwordFile },
              // The SQLCipher file and its key, for comparisons on the same data (engines-phases.ts).
              sqlite: { path: lite.path, key: liteKey.toString('hex') },
            },
            null,
            2,
          )}\n`,
        );
        // Closed, so another process may open the file (it is held exclusively while open).
        await lite.close();
        open.splice(open.indexOf(lite), 1);
        console.info(`   kept: ${KEEP} (SIGINT or SIGTERM stops the cluster)`);
        await new Promise((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        return timings;
      }
      // The core's search must run on both, or the figures would measure nothing; and the loaded
      // index rows must be what its index() writes (of cases the account sees: others show no row).
      const indexRow = async (m: EntityManager, id: number) =>
        JSON.stringify(
          await m.query(
            m.connection.options.type === 'postgres'
              ? `SELECT naam, aliases, overig, ${SEARCH_FACTS.join(', ')} FROM casus_search WHERE casus_id = ${id}`
              : `SELECT naam, aliases, overig FROM casus_search WHERE rowid = ${id}`,
          ),
        );
      for (const db of [lite, post]) {
        await works(db, async (m) => {
          for (const id of [visible[0]!, visible[1]!, visible[2]!, visible[49]!]) {
            const loaded = await indexRow(m, id);
            if (loaded === '[]') throw new Error(`no index row ${id} on ${db.engine}`);
            await caseSearch.index(m, id);
            if ((await indexRow(m, id)) !== loaded) throw new Error(`loaded index row ${id} differs on ${db.engine}`);
          }
        }).then((ok) => {
          if (!ok) throw new Error(`loaded index rows differ from caseSearch.index on ${db.engine}`);
        });
        if (
          !(await works(db, (m) => caseSearch.index(m, visible[0]!))) ||
          !(await works(db, (m) => caseSearch.search(m, opening, scope)))
        ) {
          throw new Error(`caseSearch in core.ts does not run on ${db.engine}`);
        }
      }

      // As DatabaseHolder.transaction: the transaction for the bench account (on PostgreSQL its scope
      // set with the BEGIN; on SQLite a plain transaction).
      // With a SampleLog, each call's CPU on both sides and when it ran (engines-samples.ts).
      const inTx =
        (db: Database, fn: (manager: EntityManager, i: number) => Promise<unknown>, log?: SampleLog) => (i: number) =>
          transactionFor(db.source, { accountId: ACCOUNT }, (manager) =>
            log ? log.around(manager, () => fn(manager, i)) : fn(manager, i),
          );
      /** The figure's slowest samples with their CPU, per engine (after interleaved()'s warm-up of 5). */
      const explainTails = (what: string, logs: SampleLog[], walls: number[][]) =>
        ['SQLCipher', 'PostgreSQL'].forEach((engine, e) =>
          console.info(describeSamples(what, engine, logs[e]!, walls[e]!, 5)),
        );
      const figures: Figure[] = [];

      if (wanted('list')) {
        const statements = {
          sqlite: searchSql(opening, scope, 'sqlite'),
          postgres: searchSql(opening, scope, 'postgres'),
        };
        const logs = [new SampleLog(), new SampleLog()];
        const [listLite, listPost, rawLite, rawPost] = await interleaved([
          inTx(lite, (m) => caseSearch.search(m, opening, scope), logs[0]),
          inTx(post, (m) => caseSearch.search(m, opening, scope), logs[1]),
          async () => {
            for (const statement of [statements.sqlite.rows, statements.sqlite.count]) {
              const { text, params } = render(statement, 'sqlite');
              lite.handle.prepare(text).all(...params);
            }
          },
          async () => {
            for (const statement of [statements.postgres.rows, statements.postgres.count]) {
              const { text, params } = render(statement, 'postgres');
              await raw!.query(text, params);
            }
          },
        ]);
        explainTails('case list as it opens', logs, [listLite!, listPost!]);
        figures.push(...pair('case list as it opens', [listLite!, listPost!], 20));
        figures.push(...pair('case list as it opens, raw SQL', [rawLite!, rawPost!], 20));
      }

      if (wanted('work')) {
        const logs = [new SampleLog(), new SampleLog()];
        const work = await interleaved([
          inTx(lite, (m) => myWork(m, scope, NOW), logs[0]),
          inTx(post, (m) => myWork(m, scope, NOW), logs[1]),
        ]);
        explainTails('Mijn werk', logs, work);
        figures.push(...pair('Mijn werk', work, 50));
      }

      if (wanted('dashboard')) {
        const filter = { fromYear: 2016, toYear: 2026, regionId: null };
        const logs = [new SampleLog(), new SampleLog()];
        const dashboard = await interleaved([
          inTx(lite, (m) => computeDashboard(m, filter), logs[0]),
          inTx(post, (m) => computeDashboard(m, filter), logs[1]),
        ]);
        explainTails('dashboard', logs, dashboard);
        figures.push(...pair('dashboard, all years 2016-2026', dashboard, 150));
      }

      // A casus save (cases:update without the dossier it answers with, and then with it): partners on
      // and off, with the version the form loaded (as the Toegang tab sends it).
      if (wanted('save')) {
        const cases = new CaseService(caseSearch);
        const change = (manager: EntityManager, casus: Case, i: number) =>
          cases.update(
            manager,
            casus,
            {
              regionId: casus.regionId,
              procesregisseurId: casus.procesregisseurId,
              partners: i % 2 ? ['politie', 'gemeente'] : [],
              afgeschermd: casus.afgeschermd,
              namedAccountIds: [],
              version: casus.version,
            },
            { accountId: ACCOUNT, now: NOW },
          );
        const caseAt = (i: number) => visible[(i * 7919) % visible.length]!;
        const save = async (manager: EntityManager, i: number) =>
          change(manager, await visibleCase(manager, scope, caseAt(i)), i);
        const logs = [new SampleLog(), new SampleLog()];
        const saves = await interleaved([inTx(lite, save, logs[0]), inTx(post, save, logs[1])]);
        explainTails('casus save', logs, saves);
        figures.push(...pair('casus save', saves, 50));
        // The same save as `cases:update` does it (cases/handlers.ts): the casus and its person read
        // together, the change, and the dossier the call answers with (one round trip on PostgreSQL).
        const call = async (manager: EntityManager, i: number) => {
          const { casus, person } = await visibleCaseAndPerson(manager, scope, caseAt(i));
          await change(manager, casus, i);
          await buildDossier(manager, scope, casus.id, { person });
        };
        figures.push(
          ...pair(
            'casus save with its dossier (cases:update)',
            await interleaved([inTx(lite, call), inTx(post, call)]),
            50,
          ),
        );
      }

      // Case search: the casework mix of 200 queries, with the CaseSearch core.ts picks.
      if (wanted('search')) {
        const searches = await interleaved(
          [
            inTx(lite, (m, i) => caseSearch.search(m, mix[i % mix.length]!, scope)),
            inTx(post, (m, i) => caseSearch.search(m, mix[i % mix.length]!, scope)),
          ],
          mix.length,
        );
        figures.push(...pair('case search, 200 mixed queries', searches, 20));
        // Per kind of query in the mix (casework.bench.ts's queries(): the kind is the index mod 8).
        for (const [kind, label] of QUERY_KINDS.entries()) {
          const of = (samples: number[]) => samples.filter((_, i) => i % 8 === kind);
          const [a, b] = searches.map(of);
          console.info(
            `   case search, ${label}: median ${percentile(a!, 50).toFixed(1)} / ${percentile(b!, 50).toFixed(1)} ms, p95 ${percentile(a!, 95).toFixed(1)} / ${percentile(b!, 95).toFixed(1)} ms (SQLCipher / PostgreSQL)`,
          );
        }
      }

      if (!wanted('audit')) return [...timings, ...figures];
      // The audit append with 8 writers at once on PostgreSQL (engines-audit.ts), over two pools of
      // this process and as eight processes of their own.
      const second = await openDatabase(store);
      open.push(second);
      figures.push(...(await auditFigures(store, post, second, client)));
      return [...timings, ...figures];
    } finally {
      await client?.end().catch(() => undefined);
      await raw?.end().catch(() => undefined);
      for (const db of open) await db.close().catch(() => undefined);
      cluster?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
