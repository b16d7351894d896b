// The restore lock: one restore of a database file at a time ("<db>.herstel.lock"). A restore
// replaces two files by renames through files staged under fixed names (backup/restore-journal.ts);
// two restores at once would overwrite each other's staged files and journal, and the second would
// keep the first's restored file as "voor-herstel" instead of the database from before. The lock is
// created with O_EXCL ('wx'), holds the pid, the start time and a token of its own, and is removed by
// whoever made it. One whose process is gone (a crash, a SIGKILL) is stale: the next restore takes it
// over, and the next start removes it when it settles what that restore left.
//
// Programs of this application also respect it when they open the database (database.ts): a core
// refuses to open while a live restore lock exists, checked after it holds SQLite's lock, so that
// of a program and a restore starting at the same moment one always sees the other.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { uptime } from 'node:os';
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';

export const restoreLockPath = (target: string) => `${target}.herstel.lock`;

const lockSchema = z.object({ pid: z.number().int().positive(), since: z.string(), token: z.string() }).strict();
type LockContent = z.infer<typeof lockSchema>;

/** Tokens of the restore locks this process holds now (a copy of the folder holds none of them). */
const held = new Set<string>();

/** An empty or unreadable lock younger than this is one being written, not a stale one. */
const WRITING_MS = 60_000;

/**
 * No restore holds its lock longer than this (a copy of a database of 300,000 persons, 281 MB, takes
 * seconds). An older lock is a dead restore's whose pid another program has since been given.
 */
const LONGEST_RESTORE_MS = 60 * 60_000;

export interface RestoreLock {
  readonly token: string;
  release(): void;
}

function read(path: string): LockContent | 'unreadable' | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 'unreadable';
  }
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it is there, only not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLive(content: LockContent | 'unreadable', path: string): boolean {
  if (content === 'unreadable') {
    // Created and not written yet (a moment), or cut off by a crash between the two (long ago).
    try {
      return Date.now() - statSync(path).mtimeMs < WRITING_MS;
    } catch {
      return false;
    }
  }
  // In this process a lock is live while its restore runs; a copy of the folder made meanwhile is not.
  if (content.pid === process.pid) return held.has(content.token);
  // A pid is only a process's while that process lives: one written before the machine started, or
  // longer ago than any restore takes, may now be any program's (the lock would then be live for as
  // long as that program runs, and every open of the database refused).
  let writtenAt: number;
  try {
    writtenAt = statSync(path).mtimeMs;
  } catch {
    return false;
  }
  const bootedAt = Date.now() - uptime() * 1000;
  if (writtenAt < bootedAt || Date.now() - writtenAt > LONGEST_RESTORE_MS) return false;
  return processAlive(content.pid);
}

/** Whether a restore of `target` is under way in some process (its lock is there and live). */
export function restoreUnderWay(target: string): boolean {
  const path = restoreLockPath(target);
  const content = read(path);
  return content !== null && isLive(content, path);
}

/**
 * Whether a restore of `target` is under way in another process. One of this process is not: the
 * restoring core itself opens the restored database (backup/handlers.ts) before it lets go.
 */
export function restoreUnderWayElsewhere(target: string): boolean {
  const path = restoreLockPath(target);
  const content = read(path);
  if (content === null) return false;
  if (content !== 'unreadable' && content.pid === process.pid) return false;
  return isLive(content, path);
}

/**
 * Takes the restore lock of `target`, or RESTORE_IN_PROGRESS when a live one is there. A stale one
 * is moved aside under a name of its own before it is removed, so that two restores taking it over
 * at once cannot remove each other's fresh lock.
 */
export function takeRestoreLock(target: string, now: Date): RestoreLock {
  const path = restoreLockPath(target);
  const content: LockContent = { pid: process.pid, since: now.toISOString(), token: randomBytes(16).toString('hex') };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new AppError('FILE_FAILED');
      const found = read(path);
      if (found === null) continue;
      if (isLive(found, path)) throw new AppError('RESTORE_IN_PROGRESS');
      const aside = `${path}.${randomBytes(4).toString('hex')}`;
      try {
        renameSync(path, aside);
      } catch {
        continue;
      }
      const moved = read(aside);
      if (moved !== null && isLive(moved, aside)) {
        // Another restore took it over between our read and our rename: give its lock back.
        try {
          linkSync(aside, path);
        } catch {
          // A third one holds the name now; the lock moved aside is its restore's no longer.
        }
        rmSync(aside, { force: true });
        throw new AppError('RESTORE_IN_PROGRESS');
      }
      rmSync(aside, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(content)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    held.add(content.token);
    return {
      token: content.token,
      release() {
        if (!held.delete(content.token)) return;
        const now = read(path);
        if (now !== null && now !== 'unreadable' && now.token === content.token) rmSync(path, { force: true });
      },
    };
  }
  throw new AppError('RESTORE_IN_PROGRESS');
}

/** At start, when no restore is under way: a lock left by a restore whose process is gone. */
export function removeStaleRestoreLock(target: string): void {
  const path = restoreLockPath(target);
  const content = read(path);
  if (content !== null && !isLive(content, path)) rmSync(path, { force: true });
}
