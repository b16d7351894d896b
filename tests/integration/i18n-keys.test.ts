// Every literal i18n key used in the renderer exists in the Dutch messages (and so, by the
// completeness test, in English): a typo would otherwise show the bare key to the user.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import commonNl from '../../src-shared/i18n/nl.json';
import nl from '../../src-renderer/i18n/nl.json';

const ROOT = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function has(tree: unknown, key: string): boolean {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

describe('i18n keys used in the renderer', () => {
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(ROOT, 'src-renderer'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([\w.:]+)'/g)) used.set(match[1]!, file);
    for (const match of text.matchAll(/\blabel: '([\w.]+)'/g)) used.set(match[1]!, file);
  }

  it('finds keys to check', () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it('all exist in nl.json', () => {
    const missing = [...used].filter(([key]) => {
      const [ns, path] = key.includes(':') ? key.split(':') : ['translation', key];
      const tree = ns === 'common' ? commonNl : nl;
      // A key used with a count may exist only as its plural forms (i18next's _one / _other).
      return !has(tree, path!) && !(has(tree, `${path!}_one`) && has(tree, `${path!}_other`));
    });
    expect(missing).toEqual([]);
  });
});
