// Checks that the documentation stays linked: every relative link and image in README.md and
// docs/**/*.md points at a file that exists (and, for a link into a Markdown file with #anchor, at
// a heading that exists there), and every page under docs/ can be reached from README.md by
// following links. Anchors follow GitHub's rule for heading ids, since that is where people read.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface Link {
  /** The file the link is in, relative to the root, with forward slashes. */
  from: string;
  /** The target as written. */
  target: string;
  line: number;
}

export interface Problem {
  link: Link;
  problem: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every Markdown file under `dir` (relative to root), recursively. */
export function markdownFiles(root: string, dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The lines of a text with fenced code blocks blanked (so line numbers stay right). */
function outsideFences(text: string): string[] {
  let fenced = false;
  return text.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });
}

/** The links and images of a Markdown text: `[text](target)` and `![alt](target)`. */
export function linksIn(from: string, text: string): Link[] {
  const links: Link[] = [];
  outsideFences(text).forEach((raw, index) => {
    // Inline code is not a link, even when it looks like one.
    const line = raw.replace(/`[^`]*`/g, 'code');
    for (const match of line.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ from, target: match[1]!, line: index + 1 });
    }
  });
  return links;
}

/** The ids GitHub gives the headings of a Markdown text (github-slugger's rule). */
export function headingIds(text: string): Set<string> {
  const ids = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of outsideFences(text)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const plain = heading[1]!
      .replace(/`([^`]*)`/g, '$1')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link shows its text
      .replace(/\*+/g, '')
      .replace(/(^|\s)_+|_+(?=\s|$)/g, '$1'); // _emphasis_, not snake_case
    const base = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    ids.add(count === 0 ? base : `${base}-${count}`);
  }
  return ids;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** Resolves a relative link to a path relative to the root, or null for an external one. */
export function resolveLink(link: Link): { path: string; anchor: string | null } | null {
  if (isExternal(link.target)) return null;
  const [rawPath, anchor] = link.target.split('#', 2) as [string, string | undefined];
  const path = rawPath === '' ? link.from : toPosix(join(dirname(link.from), decodeURIComponent(rawPath)));
  return { path, anchor: anchor === undefined ? null : decodeURIComponent(anchor) };
}

/** The problems of the links in `files`. */
export function linkProblems(root: string, files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) ids.set(path, headingIds(readFileSync(join(root, path), 'utf8')));
    return ids.get(path)!;
  };
  for (const from of files) {
    for (const link of linksIn(from, readFileSync(join(root, from), 'utf8'))) {
      const resolved = resolveLink(link);
      if (!resolved) continue;
      const { path, anchor } = resolved;
      if (path.startsWith('..')) {
        problems.push({ link, problem: 'points outside the repository' });
      } else if (!existsSync(join(root, path))) {
        problems.push({ link, problem: `${path} does not exist` });
      } else if (anchor !== null && path.endsWith('.md') && statSync(join(root, path)).isFile()) {
        if (!idsOf(path).has(anchor)) problems.push({ link, problem: `${path} has no heading #${anchor}` });
      }
    }
  }
  return problems;
}

/** The Markdown files reachable from `start` by following relative links to existing .md files. */
export function reachableFrom(root: string, start: string): Set<string> {
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const link of linksIn(from, readFileSync(join(root, from), 'utf8'))) {
      const resolved = resolveLink(link);
      if (!resolved || !resolved.path.endsWith('.md') || reached.has(resolved.path)) continue;
      const abs = resolve(root, resolved.path);
      if (!toPosix(relative(root, abs)).startsWith('..') && existsSync(abs)) {
        reached.add(resolved.path);
        queue.push(resolved.path);
      }
    }
  }
  return reached;
}

export const describeProblem = ({ link, problem }: Problem) => `${link.from}:${link.line}: (${link.target}) ${problem}`;
