// Every temporary folder a vitest run makes — the tests' data folders, their encrypted databases,
// the private PostgreSQL cluster — goes into one folder of the run's own, removed when the run ends.
// Before, each full run left ~580 folders (~0.5 GB) in the system's temporary folder, on a
// developer's workstation as on CI. It is vitest's first globalSetup: it runs in vitest's main
// process before the PostgreSQL cluster starts and before any worker: TMPDIR is what `os.tmpdir()`
// reads, and the workers inherit it. The renderer end-to-end suite uses it the same way, as the first
// of Playwright's globalSetup (tests/e2e/playwright.config.ts): its runner removes the folder on exit.
//
// The folder is made in memory (/dev/shm) where that has room: the application syncs what it writes
// to the disk (SQLCipher commits with synchronous=FULL, every migration in a transaction of its own,
// the key file and backups with fsync), and on a busy disk each sync waits milliseconds (measured
// 5.5 ms median, 17 ms p95) that tests, which throw the files away, need not wait. What the tests
// check does not change: a killed process (crash tests) leaves the same file on either, since the
// kernel keeps what was written. docs/developer/testing.md, "Keeping the vitest suite fast".
import { chmodSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Names the run's folder, so a test can check it works inside one. */
export const RUN_TMP_ENV = 'CTER_TEST_RUN_TMP';
export const RUN_TMP_PREFIX = 'cter-test-run-';

/** Linux's memory-backed folder, every user's to write in as /tmp is. */
export const MEMORY_TMP = '/dev/shm';
/** A full run keeps ~0.5 GB in its folder; a smaller /dev/shm (Docker's default is 64 MB) is passed over. */
export const MEMORY_TMP_MIN_BYTES = 2 * 1024 ** 3;

export interface RunTmp {
  readonly dir: string;
  /** Removes the folder and everything in it; safe to call twice. */
  remove(): void;
}

/** Free bytes on the file system holding `dir`, or 0 where there is none (not Linux, no such folder). */
function freeBytes(dir: string): number {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return 0;
  }
}

/** Where the run's folder goes: in memory when there is room, else the system's temporary folder. */
export function runTmpBase(memory = MEMORY_TMP, fallback = tmpdir(), minBytes = MEMORY_TMP_MIN_BYTES): string {
  return freeBytes(memory) >= minBytes ? memory : fallback;
}

/**
 * Makes a fresh folder under `base` for one run. Others may pass through it but not list it (the
 * test cluster's `postgres` user must reach its own folder inside); every folder made in it is
 * private to its maker, as in /tmp.
 */
export function makeRunTmp(base = runTmpBase()): RunTmp {
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
