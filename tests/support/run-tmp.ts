// Every temporary folder a vitest run makes — the tests' data folders, their encrypted databases,
// the private PostgreSQL cluster — goes into one folder of the run's own, removed when the run ends.
// Before, each full run left ~580 folders (~0.5 GB) in the system's temporary folder, on a
// developer's workstation as on CI. It is vitest's first globalSetup: it runs in vitest's main
// process before the PostgreSQL cluster starts and before any worker: TMPDIR is what `os.tmpdir()`
// reads, and the workers inherit it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names the run's folder, so a test can check it works inside one. */
export const RUN_TMP_ENV = 'CTER_TEST_RUN_TMP';
export const RUN_TMP_PREFIX = 'cter-test-run-';

export interface RunTmp {
  readonly dir: string;
  /** Removes the folder and everything in it; safe to call twice. */
  remove(): void;
}

/**
 * Makes a fresh folder under `base` for one run. Others may pass through it but not list it (the
 * test cluster's `postgres` user must reach its own folder inside); every folder made in it is
 * private to its maker, as in /tmp.
 */
export function makeRunTmp(base = tmpdir()): RunTmp {
  const dir = mkdtempSync(join(base, RUN_TMP_PREFIX));
  chmodSync(dir, 0o711);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * vitest globalSetup: points TMPDIR at a fresh run folder and removes it when the process exits.
 * Once per process: each project runs its globalSetup, and the second keeps the first's folder.
 */
export default function useRunTmp(): void {
  if (process.env[RUN_TMP_ENV]) return;
  const run = makeRunTmp();
  process.env[RUN_TMP_ENV] = run.dir;
  process.env['TMPDIR'] = run.dir;
  process.once('exit', () => run.remove());
}
