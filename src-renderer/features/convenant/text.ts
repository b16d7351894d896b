// The covenant's text as the reader shows it: cross references ("zie artikel 7", "artikel 7,
// tweede lid", "artikelen 3 en 4") become links to the article, and the first use of a defined
// term (begrip) in an article is marked so its definition can be shown. Plain segments only: the
// text is never rendered as HTML.
import type { Begrip } from '../../../src-shared/domain/convenant';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'ref'; text: string; nummer: string }
  | { kind: 'term'; text: string; begrip: Begrip };

const REF = /\b(artikel(?:en)?)\s+(\d+[a-z]?)((?:\s*(?:,|en)\s*\d+[a-z]?)*)/gi;

interface Found {
  start: number;
  end: number;
  segment: Segment;
}

function references(text: string, known: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(REF)) {
    // Each number in "artikelen 3, 4 en 5" is its own link; the word goes with the first.
    const numbers = /\d+[a-z]?/g;
    const base = match.index;
    const whole = match[0];
    let number: RegExpExecArray | null;
    let first = true;
    while ((number = numbers.exec(whole))) {
      const nummer = number[0];
      if (!known.has(nummer)) {
        first = false;
        continue;
      }
      const start = first ? base : base + number.index;
      found.push({
        start,
        end: base + number.index + nummer.length,
        segment: { kind: 'ref', text: text.slice(start, base + number.index + nummer.length), nummer },
      });
      first = false;
    }
  }
  return found;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function terms(text: string, begrippen: readonly Begrip[], used: Set<string>): Found[] {
  const found: Found[] = [];
  // Longer terms first: "bijzondere persoonsgegevens" before "persoonsgegevens".
  for (const begrip of [...begrippen].sort((a, b) => b.term.length - a.term.length)) {
    const key = begrip.term.toLocaleLowerCase('nl');
    if (used.has(key)) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(begrip.term)}(?![\\p{L}\\p{N}])`, 'giu');
    // The first use that is not part of a longer term already marked.
    const match = [...text.matchAll(pattern)].find(
      (m) => !found.some((f) => m.index < f.end && f.start < m.index + m[0].length),
    );
    if (!match) continue;
    used.add(key);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      segment: { kind: 'term', text: match[0], begrip },
    });
  }
  return found;
}

/**
 * The segments of one lid. `usedTerms` carries the terms already marked in this article (so only
 * their first use is marked); pass the same set for every lid of an article.
 */
export function segmentText(
  text: string,
  begrippen: readonly Begrip[],
  articleNumbers: ReadonlySet<string>,
  usedTerms: Set<string> = new Set(),
): Segment[] {
  const refs = references(text, articleNumbers);
  const overlapsRef = (f: Found) => refs.some((r) => f.start < r.end && r.start < f.end);
  const marks = [...refs, ...terms(text, begrippen, usedTerms).filter((f) => !overlapsRef(f))];
  marks.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push({ kind: 'text', text: text.slice(at, mark.start) });
    out.push(mark.segment);
    at = mark.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at) });
  return out;
}

/** The route of an article in the reader (of a given version, or of the current one). */
export function articlePath(nummer: string, versionId?: number | null): string {
  return `/convenant/artikel/${encodeURIComponent(nummer)}${versionId ? `?versie=${versionId}` : ''}`;
}

/** The synonym groups as the beheerder edits them: one group per line, words separated by commas. */
export function formatSynonyms(groups: readonly string[][]): string {
  return groups.map((group) => group.join(', ')).join('\n');
}

/** The text back into groups; a line needs two or more words to be a group (reported otherwise). */
export function parseSynonyms(text: string): { groups: string[][]; badLines: number[] } {
  const groups: string[][] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const words = [...new Set(line.split(',').map((word) => word.trim().toLocaleLowerCase('nl')))].filter(Boolean);
    if (words.length < 2 || words.some((word) => word.length > 80)) badLines.push(index + 1);
    else groups.push(words);
  });
  return { groups, badLines };
}

/** The format errors of a refused import, in line order, from core's per-field errors. */
export function importErrors(
  fields: Record<string, { key: string; params?: Record<string, string | number> }> | undefined,
): { line: number; key: string; params: Record<string, string | number> }[] {
  return Object.entries(fields ?? {})
    .map(([path, error]) => ({
      line: Number(error.params?.['line'] ?? /^regel\.(\d+)\./.exec(path)?.[1] ?? 0),
      order: Number(path.split('.').at(-1)) || 0,
      key: error.key,
      params: error.params ?? {},
    }))
    .sort((a, b) => a.line - b.line || a.order - b.order)
    .map(({ line, key, params }) => ({ line, key, params }));
}
