// The renderer's translation files as the tests read them: src-renderer/i18n/<lang>/<file>.json,
// one per feature (plus kit and shell), each holding the top-level sections of its feature.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import commonEn from '../../../src-shared/i18n/en.json';
import commonNl from '../../../src-shared/i18n/nl.json';

export const ROOT = resolve(__dirname, '../../..');
const DIR = join(ROOT, 'src-renderer/i18n');

export type Tree = { [key: string]: string | Tree };
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The files of one language, by name (without .json). */
export function translationFiles(language: Language): Map<string, Tree> {
  const files = new Map<string, Tree>();
  for (const name of readdirSync(join(DIR, language)).sort()) {
    if (!name.endsWith('.json')) continue;
    files.set(name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, language, name), 'utf8')) as Tree);
  }
  return files;
}

/** The `translation` namespace of one language, as i18n/index.ts composes it. */
const composed = new Map<Language, Tree>();
export function translation(language: Language): Tree {
  let tree = composed.get(language);
  if (!tree) {
    tree = Object.assign({}, ...translationFiles(language).values()) as Tree;
    composed.set(language, tree);
  }
  return tree;
}

export const common: Record<Language, Tree> = { nl: commonNl as Tree, en: commonEn as Tree };

export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function hasText(tree: Tree, path: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = node[part];
  }
  return typeof node === 'string';
}

/**
 * Whether a key as the code writes it (`cases.title`, `common:errors.X`) has a text in a language.
 * A key used with a count may exist only as its plural forms (i18next's _one / _other).
 */
export function exists(language: Language, key: string): boolean {
  const [tree, path] = key.startsWith('common:')
    ? [common[language], key.slice('common:'.length)]
    : [translation(language), key];
  return hasText(tree, path) || (hasText(tree, `${path}_one`) && hasText(tree, `${path}_other`));
}
