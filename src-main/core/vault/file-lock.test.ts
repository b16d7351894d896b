import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from './file-lock';

const lockPath = () => join(mkdtempSync(join(tmpdir(), 'cter-lock-')), 'x.lock');

describe('file lock', () => {
  it('holds the lock only while the work runs, also when it throws', () => {
    const lock = lockPath();
    expect(withFileLock(lock, () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      withFileLock(lock, () => {
        throw new Error('kapot');
      }),
    ).toThrow('kapot');
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a process that is gone, or one that is far too old', () => {
    const lock = lockPath();
    writeFileSync(lock, '999999999');
    expect(withFileLock(lock, () => 'verder')).toBe('verder');
    writeFileSync(lock, String(process.pid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withFileLock(lock, () => 'verder')).toBe('verder');
  });

  it('refuses (THROTTLED) when a live holder keeps the lock', () => {
    const lock = lockPath();
    writeFileSync(lock, String(process.pid));
    expect(() => withFileLock(lock, () => 'nooit')).toThrow(expect.objectContaining({ code: 'THROTTLED' }));
  });
});
