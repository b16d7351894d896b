// The test run keeps its temporary folders in one folder of its own (tests/support/run-tmp.ts),
// so a run leaves nothing behind in the system's temporary folder.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRunTmp, runTmpBase, RUN_TMP_ENV, RUN_TMP_PREFIX } from '../support/run-tmp';

describe('the test run’s temporary folder', () => {
  it('is where every temporary folder of this run goes', () => {
    const run = process.env[RUN_TMP_ENV];
    expect(run).toBeTruthy();
    expect(basename(run!)).toMatch(new RegExp(`^${RUN_TMP_PREFIX}`));
    expect(tmpdir()).toBe(run);
    const made = mkdtempSync(join(tmpdir(), 'cter-it-'));
    try {
      expect(dirname(made)).toBe(run);
    } finally {
      rmSync(made, { recursive: true, force: true });
    }
  });

  it('is removed with all it holds, and removing it twice is harmless', () => {
    const base = mkdtempSync(join(tmpdir(), 'cter-base-'));
    try {
      const run = makeRunTmp(base);
      const inner = mkdtempSync(join(run.dir, 'cter-it-'));
      writeFileSync(join(inner, 'x.db'), 'fictief');
      run.remove();
      expect(existsSync(run.dir)).toBe(false);
      run.remove();
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('is made in memory where that has room, else in the system’s temporary folder', () => {
    const memory = mkdtempSync(join(tmpdir(), 'cter-memory-'));
    try {
      expect(runTmpBase(memory, '/fallback', 1)).toBe(memory);
      expect(runTmpBase(memory, '/fallback', Number.MAX_SAFE_INTEGER)).toBe('/fallback');
      expect(runTmpBase(join(memory, 'missing'), '/fallback', 1)).toBe('/fallback');
    } finally {
      rmSync(memory, { recursive: true, force: true });
    }
  });
});
