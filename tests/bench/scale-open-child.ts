// Run by scale.bench.ts (fork, with an IPC channel): the database open at unlock in a process that
// holds what the application holds, not the bench's generated data (at 300k persons the bench's
// process holds ~750 MB of them; scale-open-loop.ts). Logs in on the data folder given as its
// argument (the account from CTER_BENCH_LOGIN, JSON), awaits the background check, closes the
// database and says 'ready'. Then, for each 'open' message (the parent has closed the
// file meanwhile: the lock is exclusive), opens it as the scale suite's own loop does (timed:
// openDatabase with its checks, the audit head, the after-open work; no key derivation), starts
// the session again, closes it (not timed) and answers the time and the garbage collector's pauses
// inside the open.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/core';
import { ok, options } from './bench-core';

export interface OpenSample {
  ms: number;
  /** The GC pauses (ms) that began inside the open. */
  gc: number[];
}

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir || !process.send) throw new Error('usage: fork scale-open-child.ts DATA_DIR (with IPC)');
  const account = JSON.parse(process.env['CTER_BENCH_LOGIN'] ?? '{}') as { username: string; password: string };
  const core = createCore(options(dataDir));
  const pauses: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  await ok(core, 'session:login', account);
  await core.workspace.integrity.settled();
  const ws = core.workspace;
  const { database, key: heldKey } = ws.requireOpen();
  if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
  const key = Buffer.from(heldKey);
  const path = database.path;
  const session = ws.current()!;
  await ws.close(true);
  const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
  process.on('message', (message: string) => {
    void (async () => {
      if (message !== 'open') {
        observer.disconnect();
        await core.close();
        process.disconnect();
        return;
      }
      const begin = performance.now();
      await ws.open(path, key);
      const end = performance.now();
      ws.startSession(session.user, session.slotId);
      await ws.close(true);
      // The observer's entries arrive after the work that caused them.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const gc = pauses.filter((p) => p.start >= begin && p.start <= end).map((p) => p.duration);
      pauses.length = 0;
      await send({ ms: end - begin, gc } satisfies OpenSample);
    })();
  });
  await send('ready');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
