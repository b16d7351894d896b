// A local ESLint rule, `boundaries/layers`: every relative import is resolved to a path in the
// repository and checked against a table of layers (after VS Code's `code-import-patterns`).
// The table itself lives in eslint.config.mjs; this file is only the mechanism.
//
// A layer is { name, files, allow, why, seams? }:
// - files: globs of the files the layer governs; the FIRST layer whose `files` match decides.
// - allow: globs of what those files may import. An import that matches none is reported.
// - seams: optional { 'from -> to/module': 'why' } of declared imports between features.
// Globs are repo paths written WITHOUT the .ts/.tsx extension ("module paths"); `*` is one path
// segment, `**` any number, `{a,b}` alternatives, and `<feature>` one segment that, matched in
// `files`, stands for the same segment in `allow` (a feature's own folder) and names the importing
// feature in `seams` (seam targets are relative to the folder that holds `<feature>`).
// Only relative imports are checked: npm packages are for no-restricted-imports.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXTENSION = /(\.d)?\.(ts|tsx|mts)$/;
const TRY = ['', '.ts', '.tsx', '.d.ts', '.mts', '/index.ts', '/index.tsx'];

/** The repo module path an import names: resolved on disk when it exists, else taken literally. */
export function targetOf(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const found = TRY.map((ext) => base + ext).find((file) => existsSync(file) && statSync(file).isFile());
  return modulePath(found ?? base);
}

/** A file's repo path without its source extension, '/'-separated. */
export function modulePath(file) {
  return relative(ROOT, file).split(sep).join('/').replace(SOURCE_EXTENSION, '');
}

const compiled = new Map();

/** A glob as a regular expression; `<name>` captures one segment, or is replaced by `bound[name]`. */
function globRegExp(glob, bound = {}) {
  const key = `${glob}\u0000${JSON.stringify(bound)}`;
  if (compiled.has(key)) return compiled.get(key);
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      source += '(?:/.*)?';
      i += 2;
    } else if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',') source += '|';
    else if (c === '<') {
      const end = glob.indexOf('>', i);
      const name = glob.slice(i + 1, end);
      source += name in bound ? escape(bound[name]) : `(?<${name}>[^/]+)`;
      i = end;
    } else source += escape(c);
  }
  const regExp = new RegExp(`^${source}$`);
  compiled.set(key, regExp);
  return regExp;
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The layer that governs `file`, with what its `<placeholders>` matched and the seam base. */
export function layerOf(layers, file) {
  for (const layer of layers) {
    for (const glob of [layer.files].flat()) {
      const match = globRegExp(glob).exec(file);
      if (match) return { layer, bound: { ...match.groups }, seamBase: glob.split('<')[0] };
    }
  }
  return null;
}

/**
 * Why `file` may not import `target` under `layers`, or null when it may. `seams` are consulted only
 * when the governing layer has a seams table.
 */
export function violation(layers, file, target) {
  const found = layerOf(layers, file);
  if (!found) return null;
  const { layer, bound, seamBase } = found;
  if ([layer.allow].flat().some((glob) => globRegExp(glob, bound).test(target))) return null;
  if (layer.seams && bound.feature && target.startsWith(seamBase)) {
    if (`${bound.feature} -> ${target.slice(seamBase.length)}` in layer.seams) return null;
  }
  return layer;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports stay within the layers declared in eslint.config.mjs.' },
    schema: [
      {
        type: 'object',
        properties: { layers: { type: 'array' }, exceptions: { type: 'object' } },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{file}} ({{layer}}) may not import {{target}}: {{why}}{{hint}}',
      staleException:
        "The known exception '{{key}}' is no longer needed: remove it from KNOWN_EXCEPTIONS in eslint.config.mjs.",
    },
  },
  create(context) {
    const { layers, exceptions = {} } = context.options[0];
    const file = modulePath(context.filename);
    const mine = Object.keys(exceptions).filter((key) => key.startsWith(`${file} -> `));
    const used = new Set();

    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = targetOf(context.filename, source.value);
      const layer = violation(layers, file, target);
      if (!layer) return;
      const key = `${file} -> ${target}`;
      if (key in exceptions) return void used.add(key);
      const hint = layer.seams ? ' Declare a deliberate dependency in SEAMS (eslint.config.mjs).' : '';
      context.report({ node, messageId: 'forbidden', data: { file, layer: layer.name, target, why: layer.why, hint } });
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
      TSExternalModuleReference: (node) => check(node, node.expression),
      'Program:exit': (node) => {
        for (const key of mine)
          if (!used.has(key)) context.report({ node, messageId: 'staleException', data: { key } });
      },
    };
  },
};

export default { meta: { name: 'boundaries' }, rules: { layers: rule } };
