// Issue 20, item 1: the main thread while core works. Electron's window lives on the main thread;
// better-sqlite3 is synchronous, so with core in that thread every query stalls it (no repaint, no
// menu, no typing). With core in its worker (src-main/core-host) the main thread only forwards.
//
// Data: the engines bench's (generate(): the demo generator's persons, each with a casus, 1.5
// signals, actions and monitoring; loadSqlite), loaded into a database made through core's own
// set-up (its beheerder, account 1, is the generator's account, made procesregisseur for all
// three regions so that _Mijn werk_ is open to it), copied once so that each
// variant has a file of its own (the file lock allows one core per file). Size: 100k persons
// (CTER_BENCH_MAIN_THREAD_PERSONS=300000 for issue 20's largest).
//
// The same calls through the bridge's dispatch, `figures:dashboard` for all years 2016-2026 and
// `work:mine` (_Mijn werk_), against (A) core in this thread (createCore) and (B) core in its
// worker (startCoreWorker), and (C) no call at all, the main thread idle for as long as B's last
// call took (the scheduler's own delay in waking it), interleaved A B C, C B A, ... with ≥ 50
// samples each; both must give the
// same dashboard first. Per call: the main
// thread's longest stall (perf_hooks.monitorEventLoopDelay, 1 ms resolution; aim: none > 16 ms, a
// frame) and the call's time as the caller sees it (what the worker costs: the messages).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { Result } from '../../src-shared/ipc/errors';
import type { SetupProposal } from '../../src-shared/ipc/session';
import { sourceEntry } from '../../src-main/core-host/entry';
import { startCoreWorker } from '../../src-main/core-host/host';
import { createCore, type Core } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';
import type { BenchSuite, Figure } from './bench';
import { generate, loadSqlite } from './engines.bench';

const PERSONS = Number(process.env['CTER_BENCH_MAIN_THREAD_PERSONS'] ?? 100_000);
const SAMPLES = 50;
const WARMUP = 3;
const RESOURCES_DIR = join(__dirname, '../../resources');
const ADMIN = { displayName: 'Bram Beheerder', username: 'bram', password: 'Zeven zwanen zwommen zuidwaarts' };
const DASHBOARD = { fromYear: 2016, toYear: 2026, regionId: null };
const CALLS: [channel: string, input: unknown, label: string][] = [
  ['figures:dashboard', DASHBOARD, 'figures:dashboard (2016-2026)'],
  ['work:mine', {}, 'work:mine (Mijn werk)'],
];
const options = (dataDir: string) => ({
  dataDir,
  resourcesDir: RESOURCES_DIR,
  appVersion: 'bench',
  logger: memoryLogger(),
  idleCheckMs: 0,
});
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

async function ok(dispatch: Dispatch, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}

/** A database with the beheerder, filled with `persons` persons' cases (in this thread). */
async function prepare(dataDir: string, persons: number): Promise<void> {
  const core: Core = createCore(options(dataDir));
  try {
    const dispatch: Dispatch = (channel, input) => core.dispatch(channel, input);
    const proposal = (await ok(dispatch, 'vault:prepare-setup', {})) as SetupProposal;
    const groups = proposal.recoveryKey?.split('-') ?? [];
    await ok(dispatch, 'vault:setup', {
      ...ADMIN,
      passwordRepeat: ADMIN.password,
      folder: null,
      confirm: proposal.confirmGroups.map((n) => groups[n - 1] ?? ''),
    });
    const { database } = core.workspace.requireOpen();
    if (database.engine !== 'sqlcipher') throw new Error('not SQLCipher');
    // The generator's account is account 1: the beheerder made above, who works the cases here.
    loadSqlite(
      database,
      generate(new Map(), persons).sqlite.filter((t) => t.name !== 'account'),
    );
    database.handle
      .prepare('UPDATE account SET roles = ?, region_ids = ? WHERE id = 1')
      .run('["procesregisseur"]', '[1,2,3]');
  } finally {
    await core.close();
  }
}

/** One call, with the main thread's longest stall during it (ms) and its time (ms). */
async function measured(dispatch: Dispatch, channel: string, input: unknown): Promise<{ stall: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const start = process.hrtime.bigint();
  await ok(dispatch, channel, input);
  const ms = elapsed(start);
  // The delay of the timer tick the call held up is recorded when that tick finally runs.
  await tick();
  histogram.disable();
  return { stall: histogram.max / 1e6, ms };
}

export const suite: BenchSuite = {
  name: 'main-thread',
  async run(): Promise<Figure[]> {
    const root = mkdtempSync(join(tmpdir(), 'cter-bench-main-thread-'));
    const [here, there] = [join(root, 'in-process'), join(root, 'worker')];
    const closing: (() => Promise<void>)[] = [];
    try {
      let start = process.hrtime.bigint();
      await prepare(here, PERSONS);
      cpSync(here, there, { recursive: true });
      console.info(`   ${PERSONS / 1000}k persons: loaded in ${(elapsed(start) / 1000).toFixed(1)} s`);

      const inProcess = createCore(options(here));
      closing.push(() => inProcess.close());
      const hosted = startCoreWorker({ ...options(there), entry: sourceEntry() });
      closing.push(() => hosted.close());
      // (C) the baseline: no call at all, the main thread idle for as long as the worker's last call
      // took: its "stall" is the scheduler's own delay in waking the thread on this machine.
      let lastWorkerMs = 10;
      const variants: Dispatch[] = [
        (channel, input) => inProcess.dispatch(channel, input),
        async (channel, input) => {
          const started = process.hrtime.bigint();
          const result = await hosted.dispatch(channel, input);
          lastWorkerMs = elapsed(started);
          return result;
        },
      ];
      const idle = (): Promise<Result<unknown>> =>
        new Promise((resolve) => setTimeout(() => resolve({ ok: true, value: null }), lastWorkerMs));
      start = process.hrtime.bigint();
      for (const dispatch of variants)
        await ok(dispatch, 'session:login', { username: ADMIN.username, password: ADMIN.password });
      const [a, b] = [
        await ok(variants[0]!, 'figures:dashboard', DASHBOARD),
        await ok(variants[1]!, 'figures:dashboard', DASHBOARD),
      ];
      if (!isDeepStrictEqual(a, b)) throw new Error('the dashboard differs between the two cores');
      console.info(`   logged in to both in ${(elapsed(start) / 1000).toFixed(1)} s`);

      const figures: Figure[] = [];
      for (const [channel, input, label] of CALLS) {
        for (let i = 0; i < WARMUP; i++) for (const dispatch of variants) await measured(dispatch, channel, input);
        // What the worker's answer costs the main thread to read grows with its size (a structured clone).
        const answer = JSON.stringify(await ok(variants[0]!, channel, input));
        console.info(`   ${label}: the answer is ${(answer.length / 1024).toFixed(0)} KiB as JSON`);
        const stalls: number[][] = [[], [], []];
        const times: number[][] = [[], [], []];
        const all = [...variants, idle];
        for (let i = 0; i < SAMPLES; i++) {
          const order = i % 2 ? [2, 1, 0] : [0, 1, 2];
          for (const v of order) {
            const { stall, ms } = await measured(all[v]!, channel, input);
            stalls[v]!.push(stall);
            times[v]!.push(ms);
          }
        }
        const what = `${PERSONS / 1000}k persons: ${label} through dispatch`;
        const [inMain, inWorker] = ['core in the main thread', 'core in its worker'];
        figures.push(
          {
            name: `${what}, ${inMain}: longest main-thread stall`,
            unit: 'ms',
            samples: stalls[0]!,
            target: { max: 16 },
          },
          {
            name: `${what}, ${inWorker}: longest main-thread stall`,
            unit: 'ms',
            samples: stalls[1]!,
            target: { max: 16 },
          },
          {
            name: `${PERSONS / 1000}k persons: ${label}, baseline (no call, idle as long): longest main-thread stall`,
            unit: 'ms',
            samples: stalls[2]!,
            target: {},
          },
          { name: `${what}, ${inMain}: call`, unit: 'ms', samples: times[0]!, target: {} },
          { name: `${what}, ${inWorker}: call`, unit: 'ms', samples: times[1]!, target: {} },
        );
      }
      return figures;
    } finally {
      for (const close of closing.reverse()) await close().catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    }
  },
};
