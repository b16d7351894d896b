// nl and en must have exactly the same keys and placeholders, for the renderer and the shared
// (common) messages alike: a missing English key would show a Dutch text, and vice versa.
import { describe, expect, it } from 'vitest';
import commonEn from '../../src-shared/i18n/en.json';
import commonNl from '../../src-shared/i18n/nl.json';
import en from '../../src-renderer/i18n/en.json';
import nl from '../../src-renderer/i18n/nl.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each([
  ['renderer', nl as Tree, en as Tree],
  ['common', commonNl as Tree, commonEn as Tree],
])('%s messages', (_name, dutch, english) => {
  const nlKeys = flatten(dutch);
  const enKeys = flatten(english);

  it('have the same keys in nl and en', () => {
    expect([...enKeys.keys()].sort()).toEqual([...nlKeys.keys()].sort());
  });

  it('use the same placeholders in both languages, and no empty texts', () => {
    for (const [key, text] of nlKeys) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});

describe('error codes', () => {
  it('each have a message in nl and en, and no message lacks a code', async () => {
    const { ERROR_CODES } = await import('../../src-shared/ipc/errors');
    expect(Object.keys(commonNl.errors).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(commonEn.errors).sort()).toEqual([...ERROR_CODES].sort());
  });
});
