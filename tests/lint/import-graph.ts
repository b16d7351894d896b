// The import graph of the source folders, read with the TypeScript parser (no type checking, so it
// is quick), and the import cycles in it. Only relative imports are followed: the project has no
// path aliases, and npm packages cannot import our files back.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Edge = { from: string; to: string; typeOnly: boolean };

/** A cycle as repo paths, rotated to start at its smallest path; the last file imports the first. */
export type Cycle = string[];

const SOURCE = /\.(ts|tsx|mts)$/;
const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.mts', '/index.ts', '/index.tsx'];

function sourceFiles(root: string, folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name)) out.push(full);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return out.sort();
}

/** The file a relative specifier names, or null when it names nothing on disk (or not source). */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext)];
  // `./x.js` written for Node's ESM resolution means `./x.ts`.
  if (/\.m?js$/.test(base)) candidates.push(base.replace(/\.(m?)js$/, '.$1ts'), base.replace(/\.js$/, '.tsx'));
  for (const file of candidates) if (existsSync(file) && statSync(file).isFile()) return file;
  return null;
}

/** Every relative import of one file: static, re-exports, dynamic `import()` and `import('x').T` types. */
export function importsOf(file: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, scriptKind(file));
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteralLike(node) && node.text.startsWith('.')) out.push({ specifier: node.text, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      // Under verbatimModuleSyntax only `import type` disappears at run time; `import { type A }`
      // stays as a side-effect import, so it counts as a run-time edge.
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** The graph over `folders` (repo-relative), with repo-relative, '/'-separated paths. */
export function importGraph(root: string, folders: string[]): { files: string[]; edges: Edge[] } {
  const rel = (file: string) => relative(root, file).split(sep).join('/');
  const files = sourceFiles(root, folders);
  const edges: Edge[] = [];
  for (const file of files) {
    for (const { specifier, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      const target = resolveRelative(file, specifier);
      if (target && SOURCE.test(target)) edges.push({ from: rel(file), to: rel(target), typeOnly });
    }
  }
  return { files: files.map(rel), edges };
}

/**
 * The strongly connected components with more than one file (or a file importing itself): each is a
 * knot of files that reach each other, however many elementary cycles run through it.
 */
export function knots(edges: Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  // Tarjan's algorithm, iterative so a deep import chain cannot overflow the call stack.
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; i: number }[] = [{ node: start, i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const targets = next.get(top.node) ?? [];
      if (top.i < targets.length) {
        const to = targets[top.i++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, i: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) === index.get(top.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== top.node);
        const selfImport = (next.get(top.node) ?? []).includes(top.node);
        if (component.length > 1 || selfImport) out.push(component.sort());
      }
    }
  }
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One shortest cycle through `file` inside its knot (breadth-first), for a readable message. */
export function shortestCycleThrough(file: string, edges: Edge[], within: Set<string>): Cycle {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (within.has(from) && within.has(to)) next.set(from, [...(next.get(from) ?? []), to]);
  }
  const previous = new Map<string, string>();
  const queue = [file];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of next.get(node) ?? []) {
      if (to === file) {
        const path = [node];
        while (path[0] !== file) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [];
}
