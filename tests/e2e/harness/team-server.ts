// The `server` project's arrangement (issue 18): the page's bridge goes to a workstation made as
// Electron's main makes it (createWorkstation with team.json, so its remote bridge from the start),
// which talks HTTPS with the pinned certificate to a real CTER server (startServer) on loopback,
// on a PostgreSQL database of the run's private cluster. Only Electron's IPC is swapped, as in the
// other projects; the renderer never talks to the server itself (main does).
//
// Per worker, once: a self-signed certificate (openssl, for 127.0.0.1) and a template database,
// migrated and with its first beheerder (BEHEERDER), as `cter server init` leaves a server's store.
// Per test: a copy of that template (CREATE DATABASE … TEMPLATE: no migrations, no key derivation),
// a server on it on a free loopback port running on the test's clock, and the workstation. A
// server per test because every spec expects an empty installation (the year's first case number,
// no meetings yet) and a server serves one database; starting one on a migrated copy is cheap.
//
// The workstation runs in the test's process; `restartWorkstation({ childProcess: true })` restarts
// it in a child process of its own (workstation-process.ts), which `killWorkstation` ends with
// SIGKILL (nothing closed, nothing flushed) and starts again on the same data folder: the issue's
// "SIGKILL the client core, restart offline" in Chromium (overleg-offline.spec.ts).
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../../../src-main/core/clock';
import { createCore, type Core } from '../../../src-main/core/core';
import type { PostgresStore } from '../../../src-main/core/db/store';
import type { Logger } from '../../../src-main/core/logger';
import type { Platform } from '../../../src-main/core/platform';
import { writeTeamFile } from '../../../src-main/core/team/team-file';
import { createWorkstation, type Workstation } from '../../../src-main/electron/workstation';
import type { BridgeBackend } from '../../../src-main/team/remote-bridge';
import type { AppEvent } from '../../../src-shared/ipc/events';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { Result } from '../../../src-shared/ipc/errors';
import { ServerConfigError } from '../../../src-main/server/config';
import { startServer, type RunningServer } from '../../../src-main/server/run';
import {
  freePort,
  HOST,
  makeCertificate,
  opensslFingerprint,
  type CertificateFiles,
} from '../../integration/server-fixture';
import { installFirstBeheerder } from './first-beheerder';
import { createE2eDatabase, dropE2eDatabase, writeStoreFile } from './postgres';
import type { FromWorkstation, ToWorkstation, WorkstationProcessConfig } from './workstation-process';

/** The name the workstation gives at log-in (the server's audit keeps it as `werkplek`). */
export const WORKSTATION_NAME = 'Werkplek e2e';

/**
 * How soon an offline session first asks whether the server answers again (15 s in the app; short
 * here, so a spec sees the server's return without waiting): overleg-offline.spec.ts.
 */
export const RETURN_PROBE_E2E_MS = 1_000;

/** What a worker makes once for all its tests on the `server` project. */
export interface TeamServerWorker {
  certificate: CertificateFiles;
  /** The certificate's SHA-256 fingerprint, as IT reads it with openssl: what team.json pins. */
  fingerprint: string;
  /** The migrated database with its first beheerder that each test's database is copied from. */
  template: PostgresStore;
}

export interface CoreParts {
  resourcesDir: string;
  appVersion: string;
}

/** The worker's certificate and template database, in `dir`; drop the template with `disposeWorker`. */
export async function prepareWorker(dir: string, parts: CoreParts, clock: Clock, logger: Logger) {
  mkdirSync(dir, { recursive: true });
  const certificate = makeCertificate(dir);
  const template = await createE2eDatabase();
  const setupDir = join(dir, 'inrichting');
  writeStoreFile(setupDir, template);
  const core = createCore({ ...parts, dataDir: setupDir, logger, clock, idleCheckMs: 0 });
  try {
    await installFirstBeheerder((channel, input) => core.dispatch(channel, input));
  } finally {
    // Closed, so no connection holds the template when a test's copy is made.
    await core.close();
  }
  const worker: TeamServerWorker = {
    certificate,
    fingerprint: opensslFingerprint(certificate.certificateFile),
    template,
  };
  return worker;
}

export async function disposeWorker(worker: TeamServerWorker): Promise<void> {
  await dropE2eDatabase(worker.template);
}

export interface TeamServerTest {
  /** The server as started first: its core holds the test's data (the fixture's `core` here). */
  server: RunningServer;
  /** Where the workstation connects (team.json). */
  host: string;
  port: number;
  /**
   * The workstation running now (after `restartWorkstation` a new one), and its data folder. Throws
   * while it runs in a child process (`restartWorkstation({ childProcess: true })`): reach it through
   * `bridge` then.
   */
  readonly workstation: Workstation;
  dataDir: string;
  /** What the page's bridge talks to: the workstation running now, its events passed on. */
  bridge: BridgeBackend;
  /**
   * The laptop restarted: the workstation quits (its session cannot be logged out at a stopped
   * server) and a new one starts on the same data folder, as the app would after a reboot; the page
   * must be loaded again. With `childProcess` the new one runs in a child process of its own (and
   * so does every later one), which `killWorkstation` can kill.
   */
  restartWorkstation(options?: { childProcess?: boolean }): Promise<void>;
  /**
   * The laptop's workstation killed with SIGKILL (a crash, a pulled plug: nothing closed, nothing
   * flushed), then started again on the same data folder in a new child process; the page must be
   * loaded again. Only after `restartWorkstation({ childProcess: true })`.
   */
  killWorkstation(): Promise<void>;
  /** Stops the server as a restart or an outage would (its core closes; the database stays). */
  stopServer(): Promise<void>;
  /** Starts it again on the same database, address and certificate (a new core). */
  startServer(): Promise<void>;
  /** The core of the server running now (after a restart a new one); throws while it is stopped. */
  currentCore(): Core;
  /** Stops the workstation (its session logged out at the server), the server, drops the database. */
  close(): Promise<void>;
}

/**
 * A copy of the template, a server on it in `root/server` and a workstation in `root/werkplek`
 * (team.json naming the server, pinned to the worker's certificate).
 */
export async function startTeamServer(
  worker: TeamServerWorker,
  options: CoreParts & {
    root: string;
    clock: Clock;
    platform: Platform;
    serverLogger: Logger;
    workstationLogger: Logger;
  },
): Promise<TeamServerTest> {
  const { root, clock, platform, resourcesDir, appVersion } = options;
  const store = await createE2eDatabase(worker.template.database);
  const serverDir = join(root, 'server');
  writeStoreFile(serverDir, store);
  const start = () =>
    startServer({ dataDir: serverDir, resourcesDir, appVersion, logger: options.serverLogger, clock });
  let server: RunningServer | null = null;
  let port = 0;
  try {
    // A free port may be taken by another worker before the server listens on it: try another.
    for (let attempt = 1; !server; attempt++) {
      port = await freePort();
      const listener = { host: HOST, port, ...worker.certificate };
      writeFileSync(join(serverDir, 'server.json'), JSON.stringify(listener), { mode: 0o600 });
      try {
        server = await start();
      } catch (error) {
        if (!(error instanceof ServerConfigError) || attempt === 3) throw error;
      }
    }
  } catch (error) {
    await dropE2eDatabase(store);
    throw error;
  }
  const dataDir = join(root, 'werkplek');
  writeTeamFile(dataDir, { host: HOST, port, fingerprint: worker.fingerprint });
  const makeWorkstation = () =>
    createWorkstation({
      dataDir,
      resourcesDir,
      appVersion,
      logger: options.workstationLogger,
      clock,
      platform,
      idleCheckMs: 0,
      team: { workstation: WORKSTATION_NAME, returnProbeMs: RETURN_PROBE_E2E_MS },
    });
  const inChild = (): Promise<WorkstationProcess> =>
    startWorkstationProcess(
      {
        dataDir,
        resourcesDir,
        appVersion,
        now: clock.now().toISOString(),
        workstation: WORKSTATION_NAME,
        returnProbeMs: RETURN_PROBE_E2E_MS,
      },
      options.workstationLogger,
    );
  let inProcess: Workstation | null = makeWorkstation();
  let child: WorkstationProcess | null = null;
  const listeners = new Set<(event: AppEvent) => void>();
  const passOn = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  let unsubscribe = inProcess.onEvent(passOn);
  // The workstation running now; while one is replaced, calls wait for the next (a child takes seconds).
  let current: Promise<BridgeBackend> = Promise.resolve(inProcess);
  const replace = async (make: (old: BridgeBackend) => Promise<BridgeBackend>) => {
    current = current.then(async (old) => {
      unsubscribe();
      const made = await make(old);
      unsubscribe = made.onEvent(passOn);
      return made;
    });
    await current;
  };
  let running: RunningServer | null = server;
  return {
    server,
    host: HOST,
    port,
    get workstation() {
      if (!inProcess) throw new Error('the workstation runs in a child process: use `bridge`');
      return inProcess;
    },
    dataDir,
    bridge: {
      dispatch: async (channel, input) => (await current).dispatch(channel, input),
      onEvent(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      emit: (event) => void current.then((workstation) => workstation.emit(event)),
      close: async () => (await current).close(),
    },
    restartWorkstation: (restart = {}) =>
      replace(async (old) => {
        await old.close();
        if (restart.childProcess || child) {
          inProcess = null;
          child = await inChild();
          return child;
        }
        inProcess = makeWorkstation();
        return inProcess;
      }),
    killWorkstation() {
      const killed = child;
      if (!killed) throw new Error('killWorkstation: restart the workstation with { childProcess: true } first');
      return replace(async () => {
        await killed.kill();
        child = await inChild();
        return child;
      });
    },
    async stopServer() {
      await running?.stop();
      running = null;
    },
    async startServer() {
      running ??= await start();
    },
    currentCore() {
      if (!running) throw new Error('the CTER server is stopped');
      return running.core;
    },
    async close() {
      await (await current).close();
      await running?.stop();
      await dropE2eDatabase(store);
    },
  };
}

/** A workstation in a child process (workstation-process.ts): the page's bridge to it, and its end. */
interface WorkstationProcess extends BridgeBackend {
  /** SIGKILL: the process ends at once, whatever it was doing; resolves once it is gone. */
  kill(): Promise<void>;
}

const WORKSTATION_PROCESS = join(__dirname, 'workstation-process.ts');

/** Starts the child and resolves once its workstation is made (its first message). */
async function startWorkstationProcess(config: WorkstationProcessConfig, logger: Logger): Promise<WorkstationProcess> {
  const child = fork(WORKSTATION_PROCESS, [JSON.stringify(config)], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: AppEvent) => void>();
  let nextId = 0;
  let gone = false;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: FromWorkstation) => {
      if (message.kind === 'ready') resolve();
      else if (message.kind === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.kind === 'event') listeners.forEach((listener) => listener(message.event));
      else logger[message.level](message.message);
    });
    void exited.then(() => reject(new Error('the workstation process ended before it was ready')));
  });
  // A call under way when it was killed, or made after, gets no answer from it: as from a main that died.
  const lost: Result<never> = {
    ok: false,
    error: { code: 'INTERNAL', message: formatMessage('nl', 'errors.INTERNAL') },
  };
  void exited.then(() => {
    gone = true;
    for (const settle of pending.values()) settle(lost);
    pending.clear();
  });
  const send = (message: ToWorkstation) => {
    if (!gone) child.send(message);
  };
  await ready;
  return {
    dispatch: (channel, input) =>
      new Promise<Result<unknown>>((settle) => {
        if (gone) return settle(lost);
        const id = ++nextId;
        pending.set(id, settle);
        send({ kind: 'dispatch', id, channel, input });
      }),
    onEvent(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit: (event) => send({ kind: 'emit', event }),
    async close() {
      send({ kind: 'close' });
      await exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
