// Which script the core worker runs. The app: the bundle electron-vite builds beside main's
// (out/main/core-worker.js). Under plain Node (the Chromium test harness, vitest, the benchmarks),
// worker.ts from source: a worker does not inherit the loader that runs TypeScript here (vitest's
// transform, or `--import tsx` given to the worker, which Node 20 does not apply to a worker's
// entry), so a few lines of JavaScript register tsx's CommonJS hook in the worker first.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export interface WorkerEntry {
  /** A file to run, or (eval) the JavaScript itself. */
  script: string;
  eval: boolean;
  /** For the source bootstrap: what it loads. */
  boot?: { tsx: string; preload: string[]; entry: string };
}

/** The built worker next to main's bundle: `builtEntry(__dirname)` in main.ts. */
export function builtEntry(dir: string): WorkerEntry {
  return { script: join(dir, 'core-worker.js'), eval: false };
}

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
require(workerData.boot.tsx).register();
for (const file of workerData.boot.preload) require(file);
require(workerData.boot.entry);
`;

/**
 * worker.ts from source, through tsx (a devDependency: tests and tools only). `preload`: TypeScript
 * files the worker loads first, as vitest's setupFiles (e.g. tests/support/cheap-key-derivation.ts).
 */
export function sourceEntry(preload: string[] = []): WorkerEntry {
  const here = __dirname;
  const tsx = createRequire(join(here, 'entry.ts')).resolve('tsx/cjs/api');
  return { script: BOOTSTRAP, eval: true, boot: { tsx, preload, entry: join(here, 'worker.ts') } };
}
