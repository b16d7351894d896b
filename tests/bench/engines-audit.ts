// The engines bench's audit figure (engines.bench.ts, `CTER_BENCH_FIGURES=audit`): the audit
// append with 8 writers at once on PostgreSQL (aim: p99 < 5 ms). One append is what the app adds
// to an audited call: a transaction (BEGIN, the entry's INSERT, COMMIT, through TypeORM as
// DatabaseHolder.transaction runs it, without the row-security scope) and the link after its
// commit. The variants take turns in blocks of 50 rounds, so the machine's load falls on each alike:
//
// - `in one process`: the 8 writers as the bench always made them, in this Node process over two
//   connection pools, each with an AuditLog of its own (eight linkers, LINK_DELAY_MS);
// - `linker queues`: the same, each link after a commit queueing for the chain's lock as every link
//   did before 2026-12-05 (now it looks again later when another link holds it: chain-linker.ts);
// - `8 processes`: each writer a child process of its own (audit-writer.ts: its own pool, AuditLog
//   and event loop), as eight workstations or server processes are;
// - `linker off`: as the first, the link left to the end of the block: what linking costs the writers;
// - `pg, no TypeORM`: BEGIN, the same INSERT and COMMIT on 8 plain `pg` clients: what TypeORM's
//   transaction machinery costs;
// - `until linked`: the first, the writer also waiting for the link its commit starts (at once);
// - `synchronous_commit off`: the first without waiting for the WAL flush.
//
// Beside the times: the event loop's delay (perf_hooks) in the process that times the appends, and
// PostgreSQL's wait events sampled from pg_stat_activity every 10 ms (where the writers' backends
// spend a transaction: running, waiting for the WAL, for a lock, or for the client's next statement).
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import { AuditLog } from '../../src-main/core/audit/audit-log';
import { insertUnlinked } from '../../src-main/core/audit/queries';
import { systemClock } from '../../src-main/core/clock';
import type { Database } from '../../src-main/core/db/database';
import { render } from '../../src-main/core/db/sql';
import { readPasswordFile, type PostgresStore } from '../../src-main/core/db/store';
import { percentile, type Figure } from './bench';

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
  'in one process' | 'linker queues' | '8 processes' | 'linker off' | 'pg, no TypeORM' | 'until linked' | 'lazy';
const VARIANTS: Variant[] = [
  'in one process',
  'linker queues',
  '8 processes',
  'linker off',
  'pg, no TypeORM',
  'until linked',
  'lazy',
];
const LABEL: Record<Variant, string> = {
  'in one process': ' in one process',
  'linker queues': ' in one process, each link queueing for the lock (before 2026-12-05)',
  '8 processes': ' in 8 processes',
  'linker off': ' in one process, linker off (linked at the block end)',
  'pg, no TypeORM': ' in one process, plain pg clients (no TypeORM)',
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

/** Tallies the writers' backends' states and wait events while sampling runs (superuser client). */
function waitSampler(superuser: pg.Client, appUser: string) {
  const counts = new Map<string, number>();
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  return {
    start() {
      running = true;
      loop = (async () => {
        while (running) {
          const { rows } = await superuser.query<{ state: string; wait: string | null; linker: boolean }>(
            `SELECT state, wait_event_type || ':' || wait_event AS wait,
                    query ~ '(advisory_xact_lock|chain_position IS NULL|WITH v)' AS linker
             FROM pg_stat_activity WHERE usename = $1 AND backend_type = 'client backend' AND state <> 'idle'`,
            [appUser],
          );
          for (const row of rows) {
            const what =
              row.state === 'active' ? (row.wait ?? 'CPU') : `${row.state}${row.wait ? ` (${row.wait})` : ''}`;
            const key = `${row.linker ? 'linker' : 'writer'} ${what}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
    counts,
  };
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
      queues: new AuditLog(db.source, systemClock, undefined, true),
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
  const children = await Promise.all(writers.map(({ index }) => startChild(store, index)));
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
        { samples: [] as number[], ms: 0, loop: [] as number[], waits: waitSampler(superuser, store.user) },
      ]),
    );
    const inProcess = async (variant: Variant, from: number, to: number) =>
      Promise.all(
        writers.map(async ({ db, log, off, queues, index }) => {
          const own: number[] = [];
          for (let round = from; round < to; round++) {
            const begin = process.hrtime.bigint();
            if (variant === 'pg, no TypeORM') {
              const client = clients[index]!;
              const { text, params } = render(insertUnlinked(entryOf(index, round)), 'postgres');
              await client.query('BEGIN');
              await client.query(text, params);
              await client.query('COMMIT');
            } else {
              const which = variant === 'linker off' ? off : variant === 'linker queues' ? queues : log;
              await appendOne(db, which, index, round, variant === 'lazy');
              // The link the commit started (log.link() would start a full one of its own).
              if (variant === 'until linked') await log.settled();
            }
            own.push(elapsed(begin));
          }
          return own;
        }),
      );
    for (let block = 0; block < APPENDS_PER_WRITER / BLOCK; block++) {
      for (const variant of VARIANTS) {
        const run = runs.get(variant)!;
        const [from, to] = [block * BLOCK, (block + 1) * BLOCK];
        run.waits.start();
        const start = process.hrtime.bigint();
        if (variant === '8 processes') {
          const replies = await Promise.all(children.map((child) => child.ask({ from, to })));
          run.ms += elapsed(start);
          run.samples.push(...replies.flatMap((reply) => reply.samples));
          run.loop.push(...replies.map((reply) => reply.loopP99));
        } else {
          const { result, loopP99 } = await withLoopDelay(() => inProcess(variant, from, to));
          run.ms += elapsed(start);
          run.samples.push(...result.flat());
          run.loop.push(loopP99);
        }
        await run.waits.stop();
        await Promise.all(writers.flatMap(({ log, off, queues }) => [log.settled(), off.settled(), queues.settled()]));
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
      console.info(
        `   ${name}: p99 ${percentile(run.samples, 99).toFixed(1)} ms, event loop delay p99 (per block, median / max) ${percentile(run.loop, 50).toFixed(1)} / ${Math.max(...run.loop).toFixed(1)} ms; backends in a transaction (${total} samples): ${waits}`,
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
