// The snippet of a covenant search hit: the lid (or title) with the most matched words, cut to a
// window around the first of them, the matched words marked. The texts are split and stemmed once,
// when the index is built; search.ts decides which terms matched.
import { plainWord, stemOf, type Token } from './dutch';

export type Segment = { text: string; hit: boolean };

export interface Unit {
  lid: number | null;
  /** The text in words and the spaces between them; words carry their plain form and stem. */
  parts: { text: string; token: Token | null }[];
}

export function unitOf(lid: number | null, text: string): Unit {
  return {
    lid,
    parts: text.split(/(\s+)/).map((part) => {
      const word = part.replace(/[^\p{L}\p{N}]/gu, '');
      if (!word) return { text: part, token: null };
      const norm = plainWord(word);
      return { text: part, token: { word, norm, stem: stemOf(norm) } };
    }),
  };
}

/** The text unit with the most matched words, cut to a window around them, hits marked. */
export function snippetOf(units: Unit[], matched: Set<string>): { lid: number | null; snippet: Segment[] } {
  const prefixes = [...matched].filter((term) => term.length >= 3);
  const isHit = (token: Token | null) =>
    token !== null && (matched.has(token.stem) || prefixes.some((term) => token.norm.startsWith(term)));
  let best = units[0]!;
  let bestCount = -1;
  for (const unit of units) {
    const count = unit.parts.filter((part) => isHit(part.token)).length;
    if (count > bestCount || (count === bestCount && unit.lid !== null && best.lid === null)) {
      best = unit;
      bestCount = count;
    }
  }
  const firstHit = best.parts.findIndex((part) => isHit(part.token));
  const start = Math.max(0, (firstHit < 0 ? 0 : firstHit) - 16);
  const end = Math.min(best.parts.length, start + 60);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '… ', hit: false });
  for (const part of best.parts.slice(start, end)) {
    const hit = isHit(part.token);
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += part.text;
    else segments.push({ text: part.text, hit });
  }
  if (end < best.parts.length) segments.push({ text: ' …', hit: false });
  return { lid: best.lid, snippet: segments };
}
