// Playwright globalSetup: bundles core's worker for the run (core-worker-entry.ts) with esbuild,
// the bundler tsx itself runs on, into out/e2e-harness/core-worker.cjs. Every test's core worker
// thread then loads one file of plain JavaScript instead of compiling core's ~800 modules through
// tsx's hooks (fixtures.ts, spare-core.ts). Built at each run's start (about 0.5 s), so the tests
// always run the source as it is; written in a folder of its own and renamed into place, so a second
// run in the same checkout never loads half a file.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');
/** The bundled worker: the `script` of the harness's WorkerEntry and its control module. */
export const CORE_WORKER_BUNDLE = join(ROOT, 'out/e2e-harness/core-worker.cjs');

export function buildCoreWorker(): void {
  const building = join(dirname(CORE_WORKER_BUNDLE), `.building-${process.pid}`);
  const temporary = join(building, basename(CORE_WORKER_BUNDLE));
  mkdirSync(building, { recursive: true });
  buildSync({
    entryPoints: [join(__dirname, 'core-worker-entry.ts')],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Packages load from node_modules as before (native modules, typeorm): only our source is bundled.
    packages: 'external',
    // Beside the bundle, read only when source maps are turned on (node --enable-source-maps).
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // The map first: the bundle names it by its file name, the same in both folders.
  renameSync(`${temporary}.map`, `${CORE_WORKER_BUNDLE}.map`);
  renameSync(temporary, CORE_WORKER_BUNDLE);
  rmSync(building, { recursive: true, force: true });
}

/** The bundle, checked: a clear line when the run did not build it (another config, no globalSetup). */
export function coreWorkerBundle(): string {
  if (!existsSync(CORE_WORKER_BUNDLE)) {
    throw new Error(`${CORE_WORKER_BUNDLE} is missing: run the suite with tests/e2e/playwright.config.ts`);
  }
  return CORE_WORKER_BUNDLE;
}

export default function globalSetup(): void {
  const started = Date.now();
  buildCoreWorker();
  if (process.env['CTER_E2E_TIMING']) console.info(`core worker bundled in ${Date.now() - started} ms`);
}
