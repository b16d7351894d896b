// Seams that only the test suites may use: a file of the application calling one would weaken it
// (useProductionScryptCost(false) gives new key slots scrypt's lowest cost). Every source file
// outside tests/ and outside *.test.ts is read for their names.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEAMS = ['useProductionScryptCost', 'TEST_SCRYPT_N'];
/** Where a seam is defined (and explained). */
const HOMES = new Set(['src-main/core/vault/kdf.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('test-only seams', () => {
  it('are used by no file of the application', () => {
    const files = ['src-main', 'src-shared', 'src-renderer'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const users = files
      .map((file) => relative(ROOT, file).split('\\').join('/'))
      .filter((file) => !HOMES.has(file))
      .filter((file) => SEAMS.some((seam) => readFileSync(join(ROOT, file), 'utf8').includes(seam)));
    expect(users).toEqual([]);
  });
});
