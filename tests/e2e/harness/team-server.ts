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
  /** The workstation running now (after `restartWorkstation` a new one), and its data folder. */
  readonly workstation: Workstation;
  dataDir: string;
  /** What the page's bridge talks to: the workstation running now, its events passed on. */
  bridge: BridgeBackend;
  /**
   * The laptop restarted: the workstation quits (its session cannot be logged out at a stopped
   * server) and a new one starts on the same data folder, as the app would after a crash or a
   * reboot; the page must be loaded again. A real SIGKILL is tested in offline-minutes.test.ts.
   */
  restartWorkstation(): Promise<void>;
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
  let workstation = makeWorkstation();
  const listeners = new Set<(event: AppEvent) => void>();
  const passOn = (event: AppEvent) => listeners.forEach((listener) => listener(event));
  let unsubscribe = workstation.onEvent(passOn);
  let running: RunningServer | null = server;
  return {
    server,
    host: HOST,
    port,
    get workstation() {
      return workstation;
    },
    dataDir,
    bridge: {
      dispatch: (channel, input) => workstation.dispatch(channel, input),
      onEvent(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      emit: (event) => workstation.emit(event),
      close: () => workstation.close(),
    },
    async restartWorkstation() {
      unsubscribe();
      await workstation.close();
      workstation = makeWorkstation();
      unsubscribe = workstation.onEvent(passOn);
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
      await workstation.close();
      await running?.stop();
      await dropE2eDatabase(store);
    },
  };
}
