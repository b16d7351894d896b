// Where a call's wall time goes, phase by phase, on both engines (issue 17, the client's side): per
// call of an engines figure, each round trip on the `pg` client (the BEGIN with the scope, the
// figure's statements, the COMMIT) with its wall time, the backend's CPU during it (its
// /proc/<pid>/schedstat: the cluster runs on this machine) and this process's CPU during it (`pg`'s
// reading of the answer, and whatever else ran on the event loop meanwhile); the time between round
// trips (TypeORM's runner, the core's own code, building the SQL); and the garbage collections that
// fell in the call (perf_hooks 'gc' entries). The rest of a round trip's wall time — neither
// process on a CPU for it — is waiting: the socket's wake-ups and the scheduler. On SQLite the same
// phases of its transaction (BEGIN, the work, COMMIT: all in process).
//
// On the engines bench's kept data (CTER_BENCH_KEEP, see engines.bench.ts; the SQLCipher file is
// kept too), both engines interleaved call by call after a warm-up:
//
//   npx tsx tests/bench/engines-phases.ts /tmp/keep.json [rounds] [figures]
//
// figures: a comma list of list, work, dashboard, save, update (default all but update; update is
// the save as `cases:update` does it, with the casus's person and the dossier it answers with). For a CPU profile of one
// engine's loop: CTER_PHASES_ONLY=postgres|sqlite node --cpu-prof --import tsx tests/bench/engines-phases.ts …
import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type * as AccessModule from '../../src-main/core/access/access';
import type * as RowSecurity from '../../src-main/core/access/row-security';
import type * as CaseServiceModule from '../../src-main/core/cases/case-service';
import type * as DossierModule from '../../src-main/core/cases/dossier';
import type { Case } from '../../src-main/core/db/entities/casus';
import type * as CoreModule from '../../src-main/core/core';
import type * as DatabaseModule from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import type * as Figures from '../../src-main/core/figures/figures';
import type * as MyWork from '../../src-main/core/work/my-work';
import { percentile } from './bench';
import { opening } from './engines.bench';

const ACCOUNT = 1;
const scope = { accountId: ACCOUNT, regionIds: [1, 2, 3] };
const NOW = new Date('2026-11-27T10:00:00.000Z');

/** One round trip on the `pg` client. */
interface Trip {
  head: string;
  wall: number;
  backend: number;
  node: number;
}

/** One call: its round trips, and the call's wall, Node CPU and garbage collection in total. */
interface Call {
  wall: number;
  node: number;
  gc: number;
  trips: Trip[];
  /** SQLite: the phases of its transaction (begin, work, commit), wall ms. */
  phases?: { begin: number; work: number; commit: number };
}

const now = () => performance.now();
const nodeCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** The backend's CPU so far, ms: its schedstat read through a file kept open (a pread, not an open each time). */
const statFiles = new Map<number, number>();
const statBuffer = Buffer.alloc(128);
const schedstat = (pid: number) => {
  let fd = statFiles.get(pid);
  if (fd === undefined) statFiles.set(pid, (fd = openSync(`/proc/${pid}/schedstat`, 'r')));
  const length = readSync(fd, statBuffer, 0, statBuffer.length, 0);
  return Number(statBuffer.toString('latin1', 0, length).split(' ')[0]) / 1e6;
};

/** The round trips of the call under way (null: not recording). */
let recording: Trip[] | null = null;
type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
proto.query = function (this: pg.Client, ...args: unknown[]): unknown {
  const trips = recording;
  const result = original.apply(this, args);
  if (!trips || !(result instanceof Promise)) return result;
  const text = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text ?? '');
  const trip: Trip = { head: text.replace(/\s+/g, ' ').slice(0, 24), wall: now(), backend: 0, node: nodeCpu() };
  const pid = (this as pg.Client & { processID: number }).processID;
  const backendBefore = schedstat(pid);
  trips.push(trip);
  const done = () => {
    trip.backend = schedstat(pid) - backendBefore;
    trip.wall = now() - trip.wall;
    trip.node = nodeCpu() - trip.node;
  };
  return result.then(
    (value) => (done(), value),
    (error: unknown) => {
      done();
      throw error;
    },
  );
};

/** Garbage collections as perf_hooks reports them: start and duration, ms on performance.now(). */
const collections: { start: number; duration: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    collections.push({
      start: entry.startTime,
      duration: entry.duration,
      kind: (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0,
    });
}).observe({ entryTypes: ['gc'] });

/** The collections between two moments by kind (perf_hooks: 1 minor, 2 major, 4 incremental, 8 weak callbacks). */
function collectionsBetween(from: number, to: number): string {
  const kinds = new Map<number, { n: number; ms: number }>();
  for (const c of collections.filter((c) => c.start >= from && c.start < to)) {
    const kind = kinds.get(c.kind) ?? { n: 0, ms: 0 };
    kind.n++;
    kind.ms += c.duration;
    kinds.set(c.kind, kind);
  }
  const names: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
  return [...kinds].map(([kind, { n, ms }]) => `${names[kind] ?? kind} ${n} (${ms.toFixed(0)} ms)`).join(', ');
}

/** Runs one call of `work` in its transaction for the bench account, as DatabaseHolder does. */
async function timedCall(variant: Variant, work: (m: EntityManager) => Promise<unknown>): Promise<Call> {
  const { db, transactionFor } = variant;
  const trips: Trip[] = [];
  const started = now();
  const cpu = nodeCpu();
  let phases: Call['phases'];
  if (db.engine === 'postgres') {
    recording = trips;
    try {
      await transactionFor(db.source, { accountId: ACCOUNT }, work);
    } finally {
      recording = null;
    }
  } else {
    // DataSource.transaction's steps, each timed.
    const runner = db.source.createQueryRunner();
    const t0 = now();
    await runner.startTransaction();
    const t1 = now();
    await work(runner.manager);
    const t2 = now();
    await runner.commitTransaction();
    const t3 = now();
    await runner.release();
    phases = { begin: t1 - t0, work: t2 - t1, commit: t3 - t2 };
  }
  const ended = now();
  return { wall: ended - started, node: nodeCpu() - cpu, gc: gcWithin(started, ended), trips, phases };
}

function gcWithin(start: number, end: number): number {
  return collections
    .filter((c) => c.start < end && c.start + c.duration > start)
    .reduce((sum, c) => sum + Math.min(end, c.start + c.duration) - Math.max(start, c.start), 0);
}

const ms = (values: number[]) =>
  values.length ? `${percentile(values, 50).toFixed(2)} / ${percentile(values, 95).toFixed(2)}` : '—';

/** Median / p95 of each part of the calls, and what the slowest twentieth of them were made of. */
export function describe(figure: string, engine: string, calls: Call[]): string {
  const lines = [`${figure}, ${engine} (${calls.length} calls): wall ${ms(calls.map((c) => c.wall))} ms`];
  const parts = (c: Call) => {
    const trip = c.trips.reduce(
      (sum, t) => ({ wall: sum.wall + t.wall, backend: sum.backend + t.backend, node: sum.node + t.node }),
      { wall: 0, backend: 0, node: 0 },
    );
    const between = c.wall - trip.wall;
    return {
      'round trips': c.trips.length,
      'in round trips, wall': trip.wall,
      '  backend CPU': trip.backend,
      '  Node CPU (pg reading the answer)': trip.node,
      '  waiting (neither on a CPU)': trip.wall - trip.backend - trip.node,
      'between round trips, wall (TypeORM, core)': between,
      'Node CPU, whole call': c.node,
      'garbage collection in the call': c.gc,
      ...(c.phases
        ? { 'SQLite BEGIN': c.phases.begin, 'SQLite work': c.phases.work, 'SQLite COMMIT': c.phases.commit }
        : {}),
    };
  };
  const table = calls.map(parts);
  for (const key of Object.keys(table[0] ?? {}) as (keyof (typeof table)[number])[])
    lines.push(`  ${key}: ${ms(table.map((row) => row[key] ?? 0))}`);
  // Per statement (by its first words, in order): BEGIN, the reads, COMMIT.
  const heads = calls[0]?.trips.map((t) => t.head) ?? [];
  heads.forEach((head, i) => {
    const of = calls.map((c) => c.trips[i]).filter((t): t is Trip => t !== undefined && t.head === head);
    lines.push(
      `  trip ${i + 1} "${head}": wall ${ms(of.map((t) => t.wall))}, backend ${ms(of.map((t) => t.backend))}, node ${ms(of.map((t) => t.node))}`,
    );
  });
  const slow = [...calls].sort((a, b) => b.wall - a.wall).slice(0, Math.max(1, Math.round(calls.length / 20)));
  lines.push(
    `  slowest ${slow.length}: ${slow
      .map((c) => {
        const p = parts(c);
        return `${c.wall.toFixed(1)} (node ${c.node.toFixed(1)}, gc ${c.gc.toFixed(1)}, backend ${p['  backend CPU'].toFixed(1)}, waiting ${p['  waiting (neither on a CPU)'].toFixed(1)})`;
      })
      .join('; ')}`,
  );
  return lines.join('\n');
}

type Work = (m: EntityManager, i: number) => Promise<unknown>;

/** A core (this one, or an earlier commit's unpacked into a folder) on one engine. */
interface Variant {
  name: string;
  db: { engine: string; source: DataSource; close(): Promise<void> };
  transactionFor: typeof RowSecurity.transactionFor;
  figures: Record<string, Work>;
}

/** The modules of the core under `root` (this worktree's, or BASE's: see engines-round-trips.ts). */
async function coreAt(root: string) {
  const load = <T>(path: string) => import(join(root, 'src-main/core', path)) as Promise<T>;
  return {
    database: await load<typeof DatabaseModule>('db/database'),
    rowSecurity: await load<typeof RowSecurity>('access/row-security'),
    access: await load<typeof AccessModule>('access/access'),
    cases: await load<typeof CaseServiceModule>('cases/case-service'),
    dossier: await load<typeof DossierModule>('cases/dossier'),
    core: await load<typeof CoreModule>('core'),
    figures: await load<typeof Figures>('figures/figures'),
    work: await load<typeof MyWork>('work/my-work'),
  };
}

/** The figures as engines.bench.ts runs them, with the core's own functions. */
function figuresOf(core: Awaited<ReturnType<typeof coreAt>>, visible: number[]): Record<string, Work> {
  const { caseSearch } = core.core;
  const cases = new core.cases.CaseService(caseSearch);
  return {
    list: (m) => caseSearch.search(m, opening, scope),
    work: (m) => core.work.myWork(m, scope, NOW),
    dashboard: (m) => core.figures.computeDashboard(m, { fromYear: 2016, toYear: 2026, regionId: null }),
    save: async (m, i) => change(m, await core.access.visibleCase(m, scope, caseAt(i)), i),
    // As `cases:update` does it (engines.bench.ts): the casus with its person, the change, the dossier.
    update: async (m, i) => {
      const { casus, person } = await core.dossier.visibleCaseAndPerson(m, scope, caseAt(i));
      await change(m, casus, i);
      return core.dossier.buildDossier(m, scope, casus.id, { person });
    },
  };

  function caseAt(i: number) {
    return visible[(Math.abs(i) * 7919) % visible.length]!;
  }

  function change(m: EntityManager, casus: Case, i: number) {
    return cases.update(
      m,
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
  }
}

async function main() {
  const [keepFile, roundsText = '200', wantedText = 'list,work,dashboard,save', baseDir] = process.argv.slice(2);
  if (!keepFile) throw new Error('usage: engines-phases.ts KEEP_FILE [rounds] [figures] [BASE_DIR]');
  const kept = JSON.parse(readFileSync(keepFile, 'utf8')) as {
    store: PostgresStore;
    sqlite: { path: string; key: string };
  };
  const only = process.env['CTER_PHASES_ONLY'];
  const here = await coreAt(join(__dirname, '../..'));
  const base = baseDir ? await coreAt(baseDir) : null;
  const opened: { name: string; core: typeof here; db: Variant['db'] }[] = [];
  if (only !== 'postgres') {
    const key = Buffer.from(kept.sqlite.key, 'hex');
    opened.push({
      name: 'sqlcipher',
      core: here,
      db: await here.database.openDatabase({ path: kept.sqlite.path, key, mode: 'open' }),
    });
  }
  if (only !== 'sqlite') {
    opened.push({ name: 'postgres', core: here, db: await here.database.openDatabase(kept.store) });
    if (base) opened.push({ name: 'postgres, base', core: base, db: await base.database.openDatabase(kept.store) });
  }
  const rounds = Number(roundsText);
  try {
    // The cases the bench account sees (engines.bench.ts: those not afgeschermd), for the save.
    const visible = (
      (await here.rowSecurity.transactionFor(opened[0]!.db.source, { accountId: ACCOUNT }, (m) =>
        m.query('SELECT id FROM casus WHERE afgeschermd = false ORDER BY id'),
      )) as { id: number }[]
    ).map((row) => row.id);
    const variants: Variant[] = opened.map(({ name, core, db }) => ({
      name,
      db,
      transactionFor: core.rowSecurity.transactionFor,
      figures: figuresOf(core, visible),
    }));
    for (const figure of wantedText.split(',')) {
      const calls: Call[][] = variants.map(() => []);
      const figureStart = now();
      for (let i = -10; i < rounds; i++) {
        const order = variants.map((_, v) => v);
        if (i % 2) order.reverse();
        for (const v of order) {
          const work = variants[v]!.figures[figure];
          if (!work) throw new Error(`no figure ${figure}`);
          const call = await timedCall(variants[v]!, (m) => work(m, i));
          if (i >= 0) calls[v]!.push(call);
        }
      }
      variants.forEach((variant, v) => console.info(describe(figure, variant.name, calls[v]!)));
      // Read a moment later: the entries arrive after the collections.
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.info(
        `${figure}: garbage collections in the run, all variants: ${collectionsBetween(figureStart, now())}`,
      );
    }
  } finally {
    for (const { db } of opened) await db.close();
  }
}

if (process.argv[1]?.endsWith('engines-phases.ts')) void main();
