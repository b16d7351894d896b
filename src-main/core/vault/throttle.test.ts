import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { delaySeconds, LoginThrottle } from './throttle';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'cter-throttle-')), 'x.db');

describe('login throttle', () => {
  it('grows the delay after three failures, up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delaySeconds)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(delaySeconds(40)).toBe(900);
  });

  it('keeps its state across instances (restarts) and resets on success', () => {
    const path = dbPath();
    const now = 1_000_000;
    const first = new LoginThrottle(path);
    for (let i = 0; i < 5; i++) first.recordFailure('tag', now, 'wrong-password');
    const second = new LoginThrottle(path);
    expect(second.waitSeconds('tag', now)).toBe(4);
    expect(second.waitSeconds('tag', now + 3_000)).toBe(1);
    expect(second.waitSeconds('tag', now + 4_000)).toBe(0);
    expect(second.waitSeconds('ander', now)).toBe(0);
    second.recordSuccess('tag');
    expect(new LoginThrottle(path).waitSeconds('tag', now)).toBe(0);
  });

  it('hands out pending failures once, and survives a damaged file', () => {
    const path = dbPath();
    const throttle = new LoginThrottle(path);
    throttle.recordFailure('a', 1, 'wrong-password');
    throttle.recordFailure('a', 2, 'throttled');
    throttle.recordRecoveryKeyUse(3);
    expect(throttle.takePending().map((p) => p.outcome)).toEqual(['wrong-password', 'throttled', 'recovery-key-used']);
    expect(throttle.takePending()).toEqual([]);
    writeFileSync(throttle.file, '{kapot');
    expect(throttle.waitSeconds('a', 5)).toBe(0);
  });
});
