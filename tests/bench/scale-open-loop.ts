// The scale suite's database open at unlock (issue 20; key derivation apart), measured two ways,
// interleaved A B / B A on the same file:
// - in the bench's own process, as the suite measured it before (the figure `open`, with the aim):
//   that process also holds the generated persons of its size (~750 MB of heap at 300k, against
//   ~50 MB in a process that only logged in: scale-open.ts);
// - in a fresh Node process that logged in on the file and holds only what the application holds
//   (scale-open-child.ts; the figure `open-app`).
// The open itself reads the same 32 pages at 10k and 300k and writes nothing (scale-open.ts with
// strace); what set its p95 and growth (2.3–2.7×) in the quiet runs of 2026-12-06 was not found
// (docs/benchmarks.md, "What grew in the open"), and the two figures side by side say whether it is
// the bench's process. The lock is exclusive, so each side closes the file (not timed) before the
// other opens it. The GC pauses inside each open are counted, each side by its own observer.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type { Workspace } from '../../src-main/core/workspace';
import type { OpenSample } from './scale-open-child';

export interface OpenLoop {
  /** The open in a fresh process that logged in (scale-open-child.ts), ms. */
  app: number[];
  /** The open in the bench's own process, ms. */
  bench: number[];
  /** The GC pauses inside the opens, per side. */
  appGc: number[][];
  benchGc: number[][];
}

/**
 * Runs `warmup + samples` opens each way. `ws` is the bench's open workspace on `dataDir`; it is
 * open again (and its session started) when this returns.
 */
export async function openLoop(
  ws: Workspace,
  dataDir: string,
  login: { username: string; password: string },
  warmup: number,
  samples: number,
): Promise<OpenLoop> {
  const { database, key: heldKey } = ws.requireOpen();
  if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
  const key = Buffer.from(heldKey);
  const path = database.path;
  const session = ws.current()!;
  await ws.close(true);

  const child = fork(join(__dirname, 'scale-open-child.ts'), [dataDir], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      CTER_BENCH_LOGIN: JSON.stringify({ username: login.username, password: login.password }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const replies: unknown[] = [];
  let waiting: ((message: unknown) => void) | null = null;
  child.on('message', (message) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(message);
    } else replies.push(message);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const next = () =>
    new Promise<unknown>((resolve, reject) => {
      if (replies.length) return resolve(replies.shift());
      waiting = resolve;
      void exited.then((code) => reject(new Error(`the open child ended (${String(code)})`)));
    });
  if ((await next()) !== 'ready') throw new Error('the open child did not start');

  const pauses: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const result: OpenLoop = { app: [], bench: [], appGc: [], benchGc: [] };
  const inApp = async (keep: boolean) => {
    child.send('open');
    const sample = (await next()) as OpenSample;
    if (keep) {
      result.app.push(sample.ms);
      result.appGc.push(sample.gc);
    }
  };
  const inBench = async (keep: boolean) => {
    const begin = performance.now();
    await ws.open(path, key);
    const end = performance.now();
    ws.startSession(session.user, session.slotId);
    await ws.close(true);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (keep) {
      result.bench.push(end - begin);
      result.benchGc.push(pauses.filter((p) => p.start >= begin && p.start <= end).map((p) => p.duration));
    }
    pauses.length = 0;
  };
  try {
    for (let i = 0; i < warmup + samples; i++) {
      const keep = i >= warmup;
      if (i % 2) {
        await inBench(keep);
        await inApp(keep);
      } else {
        await inApp(keep);
        await inBench(keep);
      }
    }
  } finally {
    observer.disconnect();
    child.send('exit');
    await exited;
    await ws.open(path, key);
    ws.startSession(session.user, session.slotId);
  }
  return result;
}

/** "12 of 50 opens had a GC pause inside (3.1–4.6 ms)". */
export function gcSummary(pauses: number[][]): string {
  const hit = pauses.filter((p) => p.length > 0);
  const all = hit.flat();
  return all.length
    ? `${hit.length} of ${pauses.length} opens had a GC pause inside (${Math.min(...all).toFixed(1)}–${Math.max(...all).toFixed(1)} ms)`
    : `no GC pause inside any of ${pauses.length} opens`;
}
