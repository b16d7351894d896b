// The restore lock's own rules; the restores that meet each other are in
// tests/integration/restore-together.test.ts and restore-window.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  removeStaleRestoreLock,
  restoreLockPath,
  restoreUnderWay,
  restoreUnderWayElsewhere,
  takeRestoreLock,
} from './restore-lock';

const NOW = new Date('2026-11-29T09:00:00Z');

function target(): string {
  return join(mkdtempSync(join(tmpdir(), 'cter-lock-')), 'cter-werkplaats.db');
}

function codeOf(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** A pid that was a process a moment ago and is none now. */
function gonePid(): number {
  return Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
  );
}

describe('the restore lock', () => {
  it('admits one restore at a time, in this process too, and is gone once released', () => {
    const db = target();
    const lock = takeRestoreLock(db, NOW);
    expect(JSON.parse(readFileSync(restoreLockPath(db), 'utf8'))).toMatchObject({
      pid: process.pid,
      token: lock.token,
    });
    expect(restoreUnderWay(db)).toBe(true);
    // This process's own restore opens the restored file: not "elsewhere".
    expect(restoreUnderWayElsewhere(db)).toBe(false);
    expect(codeOf(() => takeRestoreLock(db, NOW))).toBe('RESTORE_IN_PROGRESS');
    lock.release();
    expect(existsSync(restoreLockPath(db))).toBe(false);
    expect(restoreUnderWay(db)).toBe(false);
    takeRestoreLock(db, NOW).release();
  });

  it('is live while its process runs, and stale (taken over, removed at start) once it is gone', () => {
    const db = target();
    // The parent of this process: alive, and not this process.
    writeFileSync(restoreLockPath(db), JSON.stringify({ pid: process.ppid, since: NOW.toISOString(), token: 'a' }));
    expect(restoreUnderWayElsewhere(db)).toBe(true);
    expect(codeOf(() => takeRestoreLock(db, NOW))).toBe('RESTORE_IN_PROGRESS');
    removeStaleRestoreLock(db);
    expect(existsSync(restoreLockPath(db))).toBe(true);

    writeFileSync(restoreLockPath(db), JSON.stringify({ pid: gonePid(), since: NOW.toISOString(), token: 'b' }));
    expect(restoreUnderWay(db)).toBe(false);
    removeStaleRestoreLock(db);
    expect(existsSync(restoreLockPath(db))).toBe(false);

    writeFileSync(restoreLockPath(db), JSON.stringify({ pid: gonePid(), since: NOW.toISOString(), token: 'c' }));
    const lock = takeRestoreLock(db, NOW);
    expect(JSON.parse(readFileSync(restoreLockPath(db), 'utf8')).token).toBe(lock.token);
    lock.release();
    // Nothing of the stale one left beside it (it was moved aside before its removal).
    expect(readdirSync(join(db, '..'))).toEqual([]);
  });

  it('takes a copy of the folder made during this process’s restore for stale, once that restore is over', () => {
    const db = target();
    const lock = takeRestoreLock(db, NOW);
    const copy = target();
    writeFileSync(restoreLockPath(copy), readFileSync(restoreLockPath(db)));
    expect(restoreUnderWay(copy)).toBe(true);
    lock.release();
    expect(restoreUnderWay(copy)).toBe(false);
  });

  it('takes an empty lock for one being written, unless it is old (a crash between create and write)', () => {
    const db = target();
    writeFileSync(restoreLockPath(db), '');
    expect(restoreUnderWay(db)).toBe(true);
    expect(codeOf(() => takeRestoreLock(db, NOW))).toBe('RESTORE_IN_PROGRESS');
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(restoreLockPath(db), old, old);
    expect(restoreUnderWay(db)).toBe(false);
    takeRestoreLock(db, NOW).release();
    expect(existsSync(restoreLockPath(db))).toBe(false);
  });

  it('takes a lock from before the machine started, or older than any restore, for stale even when its pid is in use again', () => {
    // After a restart the pid of a restore a power cut stopped may belong to any program (here: this
    // process's parent, alive). Before, the lock stayed live, and every open was refused, for good.
    const db = target();
    const live = JSON.stringify({ pid: process.ppid, since: NOW.toISOString(), token: 'herstart' });
    const bootedAt = Date.now() - uptime() * 1000;
    writeFileSync(restoreLockPath(db), live);
    const beforeBoot = new Date(bootedAt - 60_000);
    utimesSync(restoreLockPath(db), beforeBoot, beforeBoot);
    expect(restoreUnderWayElsewhere(db)).toBe(false);
    takeRestoreLock(db, NOW).release();

    writeFileSync(restoreLockPath(db), live);
    const hoursAgo = new Date(Math.max(Date.now() - 2 * 3_600_000, bootedAt + 1_000));
    utimesSync(restoreLockPath(db), hoursAgo, hoursAgo);
    // Only when the machine has run that long; otherwise the first half already covers it.
    expect(restoreUnderWayElsewhere(db)).toBe(false);
    removeStaleRestoreLock(db);
    expect(existsSync(restoreLockPath(db))).toBe(false);
  });

  it('is not removed by a release that is not its own', () => {
    const db = target();
    const lock = takeRestoreLock(db, NOW);
    writeFileSync(restoreLockPath(db), JSON.stringify({ pid: process.ppid, since: NOW.toISOString(), token: 'ander' }));
    lock.release();
    expect(existsSync(restoreLockPath(db))).toBe(true);
  });
});
