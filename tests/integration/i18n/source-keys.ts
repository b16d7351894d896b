// What the renderer's source says about i18n keys, found by reading it (not by running it):
// - static keys: every quoted string that looks like a key of a known section (`'cases.title'`,
//   `"common:errors.X"`, `key: 'validation.required'`), wherever it stands: in t(...), in
//   i18nKey="...", in `label: '...'` fields of navigation tables, in constants handed to t later;
// - dynamic keys: every template literal that builds a key (`cases.states.${state}`), written as a
//   pattern with `*` for each ${...} (`cases.states.*`). Each must be in the registry of
//   dynamic-keys.ts, which says which values the `*` can take.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { common, ROOT, translation, type Tree } from './messages';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // i18n/ composes the translations; it uses no keys.
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A source file without its comments: keys named in comments are not uses. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

/** The quoted strings ('...' and "...") of a source text. */
function* quoted(text: string): Generator<string> {
  for (const match of text.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) yield match[1] ?? match[2]!;
}

/** Reads a template literal from the backtick at `start`; `${...}` (nested templates too) becomes `*`. */
function readTemplate(text: string, start: number): { pattern: string; end: number } {
  let pattern = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '`') {
    if (text[i] === '\\') {
      pattern += text.slice(i, i + 2);
      i += 2;
    } else if (text.startsWith('${', i)) {
      i = skipExpression(text, i + 2);
      pattern += '*';
    } else pattern += text[i++];
  }
  return { pattern, end: i + 1 };
}

/** The index after the `}` that closes an expression starting at `i`. */
function skipExpression(text: string, i: number): number {
  let depth = 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '`') {
      i = readTemplate(text, i).end;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return i;
}

const KEY = /^(common:)?[a-zA-Z]\w*(\.[\w-]+)+$/;
const PATTERN = /^(common:)?[\w*-]+(\.[\w*-]+)*$/;

function sectionsOf(tree: Tree): Set<string> {
  return new Set(Object.keys(tree));
}

export interface SourceKeys {
  /** Static keys, each with a file that uses it. */
  statics: Map<string, string>;
  /** Dynamic key patterns, each with the files that build it. */
  patterns: Map<string, string[]>;
}

/**
 * A key of the `translation` namespace is written as is; a key of `common` with `common:` in front,
 * or bare when it is handed on as data (FieldError's `key: 'validation.required'`). A bare key is
 * read as `common:` only when its first part is a section of common and not of translation.
 */
export function keyOf(literal: string, translationSections: Set<string>, commonSections: Set<string>): string | null {
  if (literal.startsWith('common:')) return literal;
  const section = literal.split('.')[0]!;
  if (translationSections.has(section)) return literal;
  if (commonSections.has(section) && section !== '*') return `common:${literal}`;
  return null;
}

export function scanRenderer(): SourceKeys {
  const translationSections = sectionsOf(translation('nl'));
  const commonSections = sectionsOf(common.nl);
  const statics = new Map<string, string>();
  const patterns = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'src-renderer'))) {
    const name = relative(ROOT, file);
    const text = code(file);
    for (const literal of quoted(text)) {
      if (!KEY.test(literal)) continue;
      const key = keyOf(literal, translationSections, commonSections);
      if (key) statics.set(key, name);
    }
    for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
      const { pattern, end } = readTemplate(text, i);
      i = end;
      if (!PATTERN.test(pattern)) continue;
      const key = keyOf(pattern, translationSections, commonSections);
      if (!key) continue;
      if (!key.includes('*')) {
        if (KEY.test(key)) statics.set(key, name);
        continue;
      }
      patterns.set(key, [...(patterns.get(key) ?? []), name]);
    }
  }
  return { statics, patterns };
}

/** Strings in core and src-shared that look like keys of `common` but are something else. */
const NOT_MESSAGES = new Set([
  'convenant.synonyms', // a settings key (convenant-service)
]);

/**
 * Keys of the shared `common` namespace that core and src-shared hand out as data or translate
 * themselves: FieldError keys (`validation.required`), figure notes, menu and export labels. The
 * renderer shows the handed-out ones through `common:${key}`. The CLI's own keys (the `cli`
 * namespace) are left out: only its `common:` keys are read.
 */
export function scanCoreCommonKeys(): Map<string, string> {
  const sections = sectionsOf(common.nl);
  const keys = new Map<string, string>();
  for (const file of [...sourceFiles(join(ROOT, 'src-shared')), ...sourceFiles(join(ROOT, 'src-main'))]) {
    const cli = relative(ROOT, file).startsWith(join('src-main', 'cli'));
    for (const literal of quoted(code(file))) {
      if (!KEY.test(literal) || NOT_MESSAGES.has(literal)) continue;
      if (cli && !literal.startsWith('common:')) continue;
      const bare = literal.replace(/^common:/, '');
      if (sections.has(bare.split('.')[0]!)) keys.set(`common:${bare}`, relative(ROOT, file));
    }
  }
  return keys;
}
