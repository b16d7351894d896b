// nl and en must have exactly the same keys and placeholders, file by file, for the renderer and
// the shared (common) messages alike: a missing English key would show a Dutch text, and vice versa.
// The renderer's translations are one file per feature (src-renderer/i18n/<lang>/<feature>.json);
// each file holds only the top-level sections of its own feature, so a key's first part names its file.
// No text writes a plural in brackets ("Expert(s)").
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src-main/cli/translate';
import { common, flatten, LANGUAGES, translationFiles, type Tree } from './i18n/messages';

/**
 * The files whose sections are not simply the file's own name: screens of the kit and the shell,
 * and features whose keys were written before the feature had its name.
 */
const SECTIONS: Record<string, readonly string[]> = {
  kit: [
    'actions',
    'language',
    'errorBoundary',
    'pageLoading',
    'password',
    'printView',
    'printDialog',
    'exportDialog',
    'dates',
    'stale',
    'showMore',
    'duration',
    'damagedCopies',
  ],
  shell: ['shell', 'nav', 'help', 'shortcuts', 'about', 'print', 'noAccess', 'userMenu'],
  session: ['gate', 'login', 'lock', 'changePassword', 'unsaved', 'idleWarning'],
  vault: ['setup', 'restore', 'demo', 'problem'],
  work: ['work', 'home'],
  evaluations: ['evaluations', 'evaluationReport'],
};

/**
 * A plural written with brackets, "Expert(s)", "gemeente(n)", "fout(en)": issue 21 replaced them by
 * i18next's plural forms (`_one` / `_other`) or, where no count decides (a column header), by the
 * plural alone. Letters right before the bracket, so "(n)" for a statistical total stays allowed.
 */
const BRACKETED_PLURAL = /\p{L}\((?:s|n|en|e|'s)\)/u;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function expectSameMessages(dutch: Tree, english: Tree) {
  const nlKeys = flatten(dutch);
  const enKeys = flatten(english);
  expect([...enKeys.keys()].sort()).toEqual([...nlKeys.keys()].sort());
  for (const [key, text] of nlKeys) {
    expect(text.trim(), key).not.toBe('');
    expect(enKeys.get(key)?.trim(), key).not.toBe('');
    expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(text));
    expect(text, key).not.toMatch(BRACKETED_PLURAL);
    expect(enKeys.get(key), key).not.toMatch(BRACKETED_PLURAL);
  }
}

const files = Object.fromEntries(LANGUAGES.map((language) => [language, translationFiles(language)]));

describe('renderer translation files', () => {
  it('are the same files in nl and en', () => {
    expect([...files.en!.keys()]).toEqual([...files.nl!.keys()]);
    expect(files.nl!.size).toBeGreaterThan(20);
  });

  it.each([...files.nl!.keys()])('%s.json holds only its own sections', (name) => {
    for (const language of LANGUAGES) {
      const sections = Object.keys(files[language]!.get(name) ?? {}).sort();
      expect(sections, `${language}/${name}.json`).toEqual([...(SECTIONS[name] ?? [name])].sort());
    }
  });

  it.each([...files.nl!.keys()])(
    '%s.json has the same keys and placeholders in nl and en, no empty texts and no plural in brackets',
    (name) => {
      expectSameMessages(files.nl!.get(name)!, files.en!.get(name) ?? {});
    },
  );
});

describe('common messages', () => {
  it('have the same keys and placeholders in nl and en, no empty texts and no plural in brackets', () => {
    expectSameMessages(common.nl, common.en);
  });
});

describe('the admin CLI’s messages', () => {
  it('have the same keys and placeholders in nl and en, no empty texts and no plural in brackets', () => {
    expectSameMessages(cliMessages.nl as Tree, cliMessages.en as Tree);
  });

  it('word only error codes that exist', async () => {
    const { ERROR_CODES } = await import('../../src-shared/ipc/errors');
    expect(ERROR_CODES).toEqual(expect.arrayContaining(Object.keys(cliMessages.nl.appErrors)));
  });
});

describe('error codes', () => {
  it('each have a message in nl and en, and no message lacks a code', async () => {
    const { ERROR_CODES } = await import('../../src-shared/ipc/errors');
    // A message with a count may exist only as its plural forms (i18next's _one / _other, both).
    const codes = (messages: unknown) => {
      const keys = Object.keys(messages as object);
      const plural = keys.filter((key) => key.endsWith('_one')).map((key) => key.slice(0, -'_one'.length));
      for (const code of plural) expect(keys, `${code}_other`).toContain(`${code}_other`);
      return [...new Set(keys.map((key) => key.replace(/_(one|other)$/, '')))].sort();
    };
    expect(codes(common.nl['errors']!)).toEqual([...ERROR_CODES].sort());
    expect(codes(common.en['errors']!)).toEqual([...ERROR_CODES].sort());
  });
});
