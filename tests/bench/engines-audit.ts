// The engines bench's audit figure (engines.bench.ts, `CTER_BENCH_FIGURES=audit`): the audit
// append with 8 writers at once on PostgreSQL (aim: p99 < 5 ms). One append is what the app adds
// to an audited call: in a write call's transaction the entry's INSERT (here in a transaction of
// its own: BEGIN, INSERT, COMMIT, through TypeORM, without the row-security scope); for a read
// call an entry on its own (DatabaseHolder.audit); and the link after its commit. The variants take
// turns in blocks of 50 rounds, so the machine's load falls on each alike:
//
// - `in one process`: the 8 writers as the bench always made them, in this Node process over two
//   connection pools, each with an AuditLog of its own (eight linkers, LINK_DELAY_MS);
// - `alone`: the same entry on its own, as a read call's (AuditLog.appendAlone: one autocommit
//   INSERT, one round trip);
// - `link tries`: as the first, each link after a commit only trying the chain's lock and looking
//   again 10–50 ms later when it is taken (fb82a1a, reverted: chain-linker.ts);
// - `8 processes`: each writer a child process of its own (audit-writer.ts: its own pool, AuditLog
//   and event loop), as eight workstations or server processes are;
// - `linker off`: as the first, the link left to the end of the block: what linking costs the writers;
// - `pg, no TypeORM`: BEGIN, the same INSERT and COMMIT on 8 plain `pg` clients: what TypeORM's
//   transaction machinery costs; `pg, one round trip`: the INSERT alone on them (autocommit);
// - `commit_delay`: as the first, and `pg, one round trip, commit_delay`, with group commit on the
//   bench's own cluster for their blocks (ALTER SYSTEM, reload; CTER_BENCH_COMMIT_DELAY µs,
//   CTER_BENCH_COMMIT_SIBLINGS);
// - `until linked`: the first, the writer also waiting for the link its commit starts (at once);
// - `synchronous_commit off`: the first without waiting for the WAL flush.
//
// CTER_BENCH_AUDIT_VARIANTS='in one process;alone' runs only those. Beside the times (audit-stats.ts):
// the event loop's delay (perf_hooks) in the process that times the appends, PostgreSQL's wait
// events sampled from pg_stat_activity every 10 ms (where the writers' backends spend a
// transaction: running, waiting for the WAL, for a lock, or for the client's next statement), the
// server's counters per append (commits, WAL flushes and records, full WAL buffers) and what the
// linkers did (runs, skipped looks, lock found taken, link transactions, rows a link).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import type { LinkCounts } from '../../src-main/core/audit/chain-linker';
import { insertUnlinked } from '../../src-main/core/audit/queries';
import { systemClock } from '../../src-main/core/clock';
import type { Database } from '../../src-main/core/db/database';
import { render } from '../../src-main/core/db/sql';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { percentile, type Figure } from './bench';
import { NO_COUNTS, addCounts, serverCounts, waitSampler, type ServerCounts } from './audit-stats';

export const WRITERS = 8;
/** Appends per writer and variant (p99 of 8 × 400: the 32nd slowest). */
const APPENDS_PER_WRITER = Number(process.env['CTER_BENCH_AUDIT_APPENDS'] ?? 400);
const BLOCK = 50;
/** A link delay long enough that only `settled` (the block's end) links. */
const LINKER_OFF_MS = 600_000;

export const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** The bench's entry (a view, no object: no label to read, no reason to seal). */
export const auditInput = (index: number, round: number) =>
  ({
    actorId: null,
    actorName: `schrijver ${index}`,
    action: 'cases:get',
    kind: 'view',
    result: 'ok',
    details: { round },
  }) as const;

/** One append as the app's audited transaction makes it (`lazy`: synchronous_commit off). */
export const appendOne = (db: Database, log: AuditLog, index: number, round: number, lazy = false) =>
  db.source.transaction(async (manager) => {
    // Does not wait for the WAL flush at commit (a crash may lose the last fraction of a second of
    // commits, never break the chain): a choice for the DBA.
    if (lazy) await manager.query('SET LOCAL synchronous_commit = off');
    return log.append(manager, auditInput(index, round));
  });

/** The event loop's delay while `run` runs, p99 in ms (resolution 1 ms: its floor). */
export async function withLoopDelay<T>(run: () => Promise<T>): Promise<{ result: T; loopP99: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    const result = await run();
    return { result, loopP99: histogram.percentile(99) / 1e6 };
  } finally {
    histogram.disable();
  }
}

type Variant =
  | 'in one process'
  | 'alone'
  | 'link tries'
  | '8 processes'
  | 'linker off'
  | 'pg, no TypeORM'
  | 'pg, one round trip'
  | 'pg, one round trip, commit_delay'
  | 'commit_delay'
  | 'until linked'
  | 'lazy';
const ALL: Variant[] = [
  'in one process',
  'alone',
  'link tries',
  '8 processes',
  'linker off',
  'pg, no TypeORM',
  'pg, one round trip',
  'pg, one round trip, commit_delay',
  'commit_delay',
  'until linked',
  'lazy',
];
/** CTER_BENCH_AUDIT_VARIANTS=in one process,linker queues,…: only those (default all). */
const VARIANTS = process.env['CTER_BENCH_AUDIT_VARIANTS']
  ? ALL.filter((variant) => process.env['CTER_BENCH_AUDIT_VARIANTS']!.split(';').includes(variant))
  : ALL;
/**
 * Group commit for the `commit_delay` variants (ALTER SYSTEM on the bench's own cluster for their
 * blocks only): a committing backend waits this many µs for others to join its WAL flush when at
 * least COMMIT_SIBLINGS other transactions are open.
 */
const COMMIT_DELAY_US = Number(process.env['CTER_BENCH_COMMIT_DELAY'] ?? 200);
const COMMIT_SIBLINGS = Number(process.env['CTER_BENCH_COMMIT_SIBLINGS'] ?? 3);
const GROUP_COMMIT = new Set<Variant>(['pg, one round trip, commit_delay', 'commit_delay']);
/** Idle backends send their statistics within 10 s (PGSTAT_IDLE_INTERVAL): the wait before a reading. */
const STATS_SETTLE_MS = 10_500;
const LABEL: Record<Variant, string> = {
  'in one process': ' in one process',
  alone: ' in one process, the entry on its own (DatabaseHolder.audit: autocommit, one round trip)',
  'link tries': ' in one process, each link trying the lock (fb82a1a, reverted)',
  '8 processes': ' in 8 processes',
  'linker off': ' in one process, linker off (linked at the block end)',
  'pg, no TypeORM': ' in one process, plain pg clients (no TypeORM)',
  'pg, one round trip': ' in one process, plain pg clients, the INSERT alone (autocommit, one round trip)',
  'pg, one round trip, commit_delay': ` in one process, plain pg clients, one round trip, commit_delay ${COMMIT_DELAY_US} µs`,
  commit_delay: ` in one process, commit_delay ${COMMIT_DELAY_US} µs, commit_siblings ${COMMIT_SIBLINGS}`,
  'until linked': ' in one process, until linked (without the delay)',
  lazy: ' in one process, synchronous_commit off',
};

/** A writer in a child process (audit-writer.ts), driven block by block. */
interface Child {
  process: ChildProcess;
  ask(message: object): Promise<{ samples: number[]; loopP99: number }>;
}

function startChild(store: PostgresStore, index: number): Promise<Child> {
  const child = fork(join(__dirname, 'audit-writer.ts'), [], {
    env: { ...process.env, CTER_AUDIT_STORE: JSON.stringify(store), CTER_AUDIT_WRITER: String(index) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let waiting: ((reply: { samples: number[]; loopP99: number }) => void) | null = null;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`audit writer ${index} ended (${code})`)));
    child.on('message', (message: { ready?: true; samples?: number[]; loopP99?: number }) => {
      if (message.ready) {
        resolve({
          process: child,
          ask: (request) =>
            new Promise((answer) => {
              waiting = answer;
              child.send(request);
            }),
        });
        return;
      }
      waiting?.({ samples: message.samples!, loopP99: message.loopP99! });
      waiting = null;
    });
  });
}

/**
 * The audit figures on the bench's PostgreSQL store (`post` and `second`: two pools of this
 * process), with `superuser` for pg_stat_activity. The chain must verify afterwards.
 */
export async function auditFigures(
  store: PostgresStore,
  post: Database,
  second: Database,
  superuser: pg.Client,
): Promise<Figure[]> {
  const writers = Array.from({ length: WRITERS }, (_, index) => {
    const db = index % 2 ? second : post;
    return {
      db,
      log: new AuditLog(db.source, systemClock),
      off: new AuditLog(db.source, systemClock, LINKER_OFF_MS),
      tries: new AuditLog(db.source, systemClock, undefined, true),
      index,
    };
  });
  for (const writer of writers) await writer.log.load();
  const clients = await Promise.all(
    writers.map(async () => {
      const client = new pg.Client({
        host: store.socketDir,
        port: store.port,
        user: store.user,
        password: readPasswordFile(store.passwordFile!),
        database: store.database,
      });
      await client.connect();
      return client;
    }),
  );
  const children = VARIANTS.includes('8 processes')
    ? await Promise.all(writers.map(({ index }) => startChild(store, index)))
    : [];
  // The links of every log of this process so far (the children's are not counted).
  const linked = () =>
    writers
      .flatMap(({ log, off, tries }) => [log, off, tries])
      .map((log) => log.linkCounts!)
      .reduce((a, b) => ({
        runs: a.runs + b.runs,
        skipped: a.skipped + b.skipped,
        busy: a.busy + b.busy,
        links: a.links + b.links,
        rows: a.rows + b.rows,
      }));
  const groupCommit = async (on: boolean) => {
    await superuser.query(
      on ? `ALTER SYSTEM SET commit_delay = ${COMMIT_DELAY_US}` : 'ALTER SYSTEM RESET commit_delay',
    );
    await superuser.query(
      on ? `ALTER SYSTEM SET commit_siblings = ${COMMIT_SIBLINGS}` : 'ALTER SYSTEM RESET commit_siblings',
    );
    await superuser.query('SELECT pg_reload_conf()');
    // Each backend reads the file again at its next command.
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  try {
    // For scale: one writer alone.
    const alone: number[] = [];
    for (let round = 0; round < 200; round++) {
      const begin = process.hrtime.bigint();
      await appendOne(post, writers[0]!.log, 0, round);
      alone.push(elapsed(begin));
    }
    await writers[0]!.log.settled();

    const runs = new Map(
      VARIANTS.map((variant) => [
        variant,
        {
          samples: [] as number[],
          ms: 0,
          loop: [] as number[],
          waits: waitSampler(superuser, store.user),
          server: NO_COUNTS as ServerCounts,
          links: { runs: 0, skipped: 0, busy: 0, links: 0, rows: 0 },
        },
      ]),
    );
    const inProcess = async (variant: Variant, from: number, to: number) =>
      Promise.all(
        writers.map(async ({ db, log, off, tries, index }) => {
          const own: number[] = [];
          for (let round = from; round < to; round++) {
            const begin = process.hrtime.bigint();
            if (variant === 'pg, no TypeORM') {
              const client = clients[index]!;
              const { text, params } = render(insertUnlinked(entryOf(index, round)), 'postgres');
              await client.query('BEGIN');
              await client.query(text, params);
              await client.query('COMMIT');
            } else if (variant.startsWith('pg, one round trip')) {
              // A statement alone is its own transaction: the same INSERT and WAL flush, one message.
              const { text, params } = render(insertUnlinked(entryOf(index, round)), 'postgres');
              await clients[index]!.query(text, params);
            } else if (variant === 'alone') {
              await log.appendAlone(db.source.manager, auditInput(index, round));
            } else {
              const which = variant === 'linker off' ? off : variant === 'link tries' ? tries : log;
              await appendOne(db, which, index, round, variant === 'lazy');
              // The link the commit started (log.link() would start a full one of its own).
              if (variant === 'until linked') await log.settled();
            }
            own.push(elapsed(begin));
          }
          return own;
        }),
      );
    const leftover = new AuditLog(post.source, systemClock);
    await leftover.load();
    /** One block of a variant: every writer `from`..`to`-1, then the links it started. */
    const block = async (variant: Variant, from: number, to: number, linkLeftover = true) => {
      if (GROUP_COMMIT.has(variant)) await groupCommit(true);
      const start = process.hrtime.bigint();
      let done: { samples: number[]; loop: number[] };
      if (variant === '8 processes') {
        const replies = await Promise.all(children.map((child) => child.ask({ from, to })));
        done = { samples: replies.flatMap((reply) => reply.samples), loop: replies.map((reply) => reply.loopP99) };
      } else {
        const { result, loopP99 } = await withLoopDelay(() => inProcess(variant, from, to));
        done = { samples: result.flat(), loop: [loopP99] };
      }
      const ms = elapsed(start);
      await Promise.all(writers.flatMap(({ log, off, tries }) => [log.settled(), off.settled(), tries.settled()]));
      // What the plain clients left unlinked, linked here: not by the next variant's first link.
      if (linkLeftover && variant.startsWith('pg')) await leftover.link();
      if (GROUP_COMMIT.has(variant)) await groupCommit(false);
      return { ...done, ms };
    };
    for (let round = 0; round < APPENDS_PER_WRITER; round += BLOCK) {
      for (const variant of VARIANTS) {
        const run = runs.get(variant)!;
        const linksBefore = linked();
        run.waits.start();
        const { samples, loop, ms } = await block(variant, round, round + BLOCK);
        await run.waits.stop();
        run.ms += ms;
        run.samples.push(...samples);
        run.loop.push(...loop);
        const after = linked();
        for (const key of Object.keys(after) as (keyof LinkCounts)[]) run.links[key] += after[key] - linksBefore[key];
      }
    }
    // The server's counters, per variant over one more block each, untimed and without the
    // sampler: idle backends send their statistics up to 10 s late (PGSTAT_IDLE_INTERVAL).
    await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
    let counted = await serverCounts(superuser);
    for (const variant of VARIANTS) {
      await block(variant, APPENDS_PER_WRITER, APPENDS_PER_WRITER + BLOCK, false);
      await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
      const now = await serverCounts(superuser);
      // Less the reading itself (the superuser's, on this database).
      runs.get(variant)!.server = addCounts(addCounts(now, counted, -1), { ...NO_COUNTS, commits: 1 }, -1);
      counted = now;
      if (variant.startsWith('pg')) {
        // The plain clients' entries are linked here, outside any variant's count.
        await leftover.link();
        await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS));
        counted = await serverCounts(superuser);
      }
    }
    // What the plain clients left unlinked is linked here, before the check.
    const reader = new AuditLog(post.source, systemClock);
    await reader.load();
    const verified = await reader.verify();
    if (!verified.ok) throw new Error('audit chain broken after the concurrent appends');
    const figures: Figure[] = [
      { name: 'audit append, 1 writer on PostgreSQL', unit: 'ms', samples: alone, target: { max: 5 } },
    ];
    for (const variant of VARIANTS) {
      const run = runs.get(variant)!;
      const name = `audit append, ${WRITERS} writers at once on PostgreSQL${LABEL[variant]}`;
      const total = [...run.waits.counts.values()].reduce((a, b) => a + b, 0);
      const waits = [...run.waits.counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([key, n]) => `${key} ${((100 * n) / total).toFixed(0)} %`)
        .join(', ');
      const per = (n: number) => (n / (WRITERS * BLOCK)).toFixed(2);
      const { server, links } = run;
      console.info(
        `   ${name}: p99 ${percentile(run.samples, 99).toFixed(1)} ms, event loop delay p99 (per block, median / max) ${percentile(run.loop, 50).toFixed(1)} / ${Math.max(...run.loop).toFixed(1)} ms; backends in a transaction (${total} samples): ${waits}`,
      );
      console.info(
        `     per append: commits ${per(server.commits)}, WAL flushes ${per(server.walSync)}, WAL writes ${per(server.walWrite)}, WAL records ${per(server.walRecords)}, WAL bytes ${per(server.walLsn)}, WAL buffers full ${server.walBuffersFull}; links (this process): runs ${links.runs}, skipped ${links.skipped}, lock taken ${links.busy}, link transactions ${links.links}, rows ${links.rows} (${(links.rows / Math.max(links.links, 1)).toFixed(1)} a link)`,
      );
      figures.push(
        { name: `${name} (per append)`, unit: 'ms', samples: run.samples, target: { max: 5 } },
        { name: `${name}, p99`, unit: 'ms', samples: [percentile(run.samples, 99)], target: { max: 5 } },
        {
          name: `${name}, appends per second`,
          unit: '/s',
          samples: [run.samples.length / (run.ms / 1000)],
          target: {},
        },
      );
    }
    return figures;
  } finally {
    for (const child of children) {
      child.process.removeAllListeners('exit');
      child.process.send({ stop: true });
    }
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  }
}

/** The entry `appendOne` inserts, as the plain clients insert it. */
function entryOf(index: number, round: number) {
  const input = auditInput(index, round);
  return {
    at: new Date().toISOString(),
    actorId: input.actorId,
    actorName: input.actorName,
    action: input.action,
    kind: input.kind,
    objectType: null,
    objectId: null,
    result: input.result,
    reason: null,
    legalGround: null,
    details: JSON.stringify(input.details),
    objectLabel: null,
  };
}
