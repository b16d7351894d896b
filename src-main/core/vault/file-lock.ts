// A small exclusive lock between processes (the app, CLI commands) that share one file: the lock
// is a file created with O_EXCL beside it. It guards only short read-modify-write steps, so it is
// taken synchronously, waits at most a few seconds, and a lock left behind by a crashed process
// (its process is gone, or it is older than any such step could take) is broken.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { AppError } from '../../../src-shared/ipc/errors';

const WAIT_MS = 5_000;
const STALE_MS = 30_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function processGone(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** True when the lock's holder crashed: its process no longer runs, or it is far too old. */
function isStale(lockFile: string, now: number): boolean {
  try {
    const age = now - statSync(lockFile).mtimeMs;
    if (age > STALE_MS) return true;
    return processGone(Number.parseInt(readFileSync(lockFile, 'utf8'), 10));
  } catch {
    return false; // gone meanwhile: the next try creates it
  }
}

function tryCreate(lockFile: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Runs `work` while holding `lockFile`. `work` must be synchronous and short. When the lock
 * cannot be had within a few seconds the attempt is refused as THROTTLED (fail closed).
 */
export function withFileLock<T>(lockFile: string, work: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  while (!tryCreate(lockFile)) {
    if (isStale(lockFile, Date.now())) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new AppError('THROTTLED', { seconds: 1 });
    sleep(5 + Math.floor(Math.random() * 10));
  }
  try {
    return work();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
