// Every i18n key the renderer uses exists in nl and en, and every key in the files is used: a typo
// would show the bare key to the user, a dead key misleads the next translator.
// Static keys are read from the source (i18n/source-keys.ts); keys built at runtime must be in the
// registry (i18n/dynamic-keys.ts), which names the values each one can take.
import { describe, expect, it } from 'vitest';
import { DYNAMIC_KEYS, expand, isOpen } from './i18n/dynamic-keys';
import { exists, flatten, LANGUAGES, translation } from './i18n/messages';
import { scanCoreCommonKeys, scanRenderer } from './i18n/source-keys';

const { statics, patterns } = scanRenderer();

/** A registered pattern as a regular expression: `*` is one or more characters. */
const matcher = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);

describe('i18n keys used in the renderer', () => {
  it('finds keys to check', () => {
    expect(statics.size).toBeGreaterThan(1000);
    expect(patterns.size).toBeGreaterThan(50);
  });

  it.each(LANGUAGES)('static keys all exist in %s', (language) => {
    const missing = [...statics].filter(([key]) => !exists(language, key));
    expect(missing).toEqual([]);
  });

  it('keys built at runtime are all registered in i18n/dynamic-keys.ts', () => {
    const unregistered = [...patterns].filter(([pattern]) => !(pattern in DYNAMIC_KEYS));
    expect(unregistered).toEqual([]);
  });

  it('the registry names no pattern the renderer no longer builds', () => {
    expect(Object.keys(DYNAMIC_KEYS).filter((pattern) => !patterns.has(pattern))).toEqual([]);
  });

  it.each(LANGUAGES)('keys built at runtime exist in %s for every value they can take', (language) => {
    const missing = Object.entries(DYNAMIC_KEYS).flatMap(([pattern, values]) =>
      isOpen(values) ? [] : expand(pattern, values).filter((key) => !exists(language, key)),
    );
    expect(missing).toEqual([]);
  });
});

describe('keys in the renderer translation files', () => {
  it('are all used, statically or by a registered pattern', () => {
    const used = new Set(statics.keys());
    const open: RegExp[] = [];
    for (const [pattern, values] of Object.entries(DYNAMIC_KEYS)) {
      if (isOpen(values)) open.push(matcher(pattern));
      else for (const key of expand(pattern, values)) used.add(key);
    }
    const unused = [...flatten(translation('nl')).keys()].filter((key) => {
      const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
      return !used.has(key) && !used.has(base) && !open.some((re) => re.test(key));
    });
    expect(unused).toEqual([]);
  });
});

describe('common keys that core and src-shared hand out or translate', () => {
  const keys = scanCoreCommonKeys();

  it('are found', () => {
    expect(keys.size).toBeGreaterThan(100);
  });

  it.each(LANGUAGES)('all exist in %s', (language) => {
    expect([...keys].filter(([key]) => !exists(language, key))).toEqual([]);
  });
});
