import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonIfExists, writeFileAtomic } from './atomic';

describe('writeFileAtomic', () => {
  it('replaces the file completely and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-atomic-'));
    const file = join(dir, 'sleutels.json');
    writeFileSync(file, 'oud');
    writeFileAtomic(file, '{"nieuw":true}');
    expect(readFileSync(file, 'utf8')).toBe('{"nieuw":true}');
    expect(readdirSync(dir)).toEqual(['sleutels.json']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('leaves the old file intact when the write fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-atomic-'));
    const file = join(dir, 'bestand.json');
    writeFileSync(file, 'oud');
    expect(() => writeFileAtomic(join(dir, 'bestaat-niet', 'x.json'), 'nieuw')).toThrow();
    expect(readFileSync(file, 'utf8')).toBe('oud');
  });
});

describe('readJsonIfExists', () => {
  it('returns undefined for a missing file and throws on damage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cter-atomic-'));
    expect(readJsonIfExists(join(dir, 'geen.json'))).toBeUndefined();
    writeFileSync(join(dir, 'kapot.json'), '{"half');
    expect(() => readJsonIfExists(join(dir, 'kapot.json'))).toThrow();
  });
});
