// A test's core, started before the test (fixtures.ts): while one test runs, the worker already
// starts the next test's core — its own temporary data folder (on `postgres` its own empty
// database, store.json written), its own clock at HARNESS_START and its own
// worker thread, which loads the run's bundle of worker.ts and the whole of core
// (core-worker-bundle.ts; before, through tsx: then the slowest part of a test's start) (docs/developer/testing.md, "Where the renderer suite's time goes"). Nothing is shared between tests: each core serves exactly one test and is closed
// with it. The one thing a core is given that belongs to the test's page, the platform (dialogs,
// print through the page), is a stand-in bound to that page when the test takes the core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCoreWorker, type CoreHost, type CoreHostOptions } from '../../../src-main/core-host/host';
import { sharedManualClock, type SharedClock } from '../../../src-main/core-host/shared-clock';
import { memoryLogger } from '../../../src-main/core/logger';
import type { Platform } from '../../../src-main/core/platform';
import type { PostgresStore } from '../../../src-main/core/db/store';
import { createE2eDatabase, dropE2eDatabase, writeStoreFile } from './postgres';

/** A platform whose calls go to the one `bind` names (the test's page): the shape harnessPlatform has. */
export interface BoundPlatform {
  platform: Platform;
  bind(platform: Platform): void;
}

export function boundPlatform(): BoundPlatform {
  let bound: Platform | null = null;
  const to = (): Platform => {
    if (!bound) throw new Error('core asked the platform before its test took it');
    return bound;
  };
  const team = () => {
    const service = to().team;
    if (!service) throw new Error('the test’s platform has no team service');
    return service;
  };
  return {
    platform: {
      print: { pdf: (options) => to().print.pdf(options), print: (options) => to().print.print(options) },
      files: {
        saveAs: (name, bytes, kind) => to().files.saveAs(name, bytes, kind),
        chooseSaveLocation: (name, kind) => to().files.chooseSaveLocation(name, kind),
        chooseFile: (kind) => to().files.chooseFile(kind),
        chooseFolder: () => to().files.chooseFolder(),
      },
      team: {
        probe: (address) => team().probe(address),
        connect: (address, fingerprint) => team().connect(address, fingerprint),
        current: () => bound?.team?.current?.() ?? null,
      },
    },
    bind(platform) {
      bound = platform;
    },
  };
}

/** One test's core and what it runs on, made before the test. */
export interface SpareCore {
  /** The test's temporary folder: the data folder and the files folder go in it. */
  root: string;
  dataDir: string;
  store: PostgresStore | null;
  clock: SharedClock;
  logger: ReturnType<typeof memoryLogger>;
  platform: BoundPlatform;
  host: CoreHost;
}

export type SpareOptions = Omit<CoreHostOptions, 'dataDir' | 'logger' | 'clock' | 'platform' | 'adminPolicy'> & {
  start: Date;
  /** On `postgres`: the test's core gets an empty database of its own, as the fixture makes it. */
  postgres: boolean;
};

export async function startSpareCore(options: SpareOptions): Promise<SpareCore> {
  const { start, postgres, ...hostOptions } = options;
  const store = postgres ? await createE2eDatabase() : null;
  const root = mkdtempSync(join(tmpdir(), 'cter-e2e-'));
  const dataDir = join(root, 'data');
  // Written before core starts: core reads store.json when it looks for its store.
  if (store) writeStoreFile(dataDir, store);
  const logger = memoryLogger();
  const clock = sharedManualClock(start);
  const platform = boundPlatform();
  const host = startCoreWorker({ ...hostOptions, dataDir, logger, clock, platform: platform.platform });
  return { root, dataDir, store, clock, logger, platform, host };
}

/** A spare no test took (the worker ends): closed and removed. */
export async function disposeSpareCore(spare: SpareCore): Promise<void> {
  await spare.host.close();
  if (spare.store) await dropE2eDatabase(spare.store);
  rmSync(spare.root, { recursive: true, force: true });
}

/**
 * The worker's next core: `take` hands over the one started ahead (or starts one now) and starts
 * the one after it once `prepareNext` is called (when the test's own set-up is done).
 */
export function spareCores(options: SpareOptions) {
  let next: Promise<SpareCore> | null = null;
  return {
    take(): Promise<SpareCore> {
      const taken = next ?? startSpareCore(options);
      next = null;
      return taken;
    },
    prepareNext(): void {
      next ??= startSpareCore(options);
      // A failure surfaces in the test that takes it.
      next.catch(() => undefined);
    },
    async dispose(): Promise<void> {
      const left = next;
      next = null;
      if (left) await disposeSpareCore(await left);
    },
  };
}
