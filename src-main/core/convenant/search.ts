// Searching the covenant: an in-memory BM25 index over articles and definitions (a covenant has
// tens to hundreds of articles; rebuilding the index takes milliseconds). Dutch words are reduced
// to their stem with the Snowball Dutch stemmer, diacritics do not count, the last word typed
// matches as a prefix, a misspelled word finds the nearest indexed words, and a synonym list that
// the beheerder edits widens the question ("rvdk" also finds "Raad voor de Kinderbescherming").
import { newStemmer } from 'snowball-stemmers';
import type { Convenant } from '../../../src-shared/domain/convenant';

const dutch = newStemmer('dutch');

/** Words too common to say anything about an article. */
const STOPWORDS = new Set(
  'de het een en of van in op te ten ter aan met voor door bij tot uit om als dan dat die dit deze is zijn wordt worden kan mag moet niet geen wel ook nog er hij zij ze ik wij we u hun haar hem over na naar onder'.split(
    ' ',
  ),
);

export interface Token {
  word: string;
  norm: string;
  stem: string;
}

export function plainWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Stems by plain word: the stemmer is the costly part of building an index, and words repeat. */
const stems = new Map<string, string>();

export function stemOf(norm: string): string {
  let stem = stems.get(norm);
  if (stem === undefined) {
    if (stems.size >= 100_000) stems.clear();
    stem = dutch.stem(norm);
    stems.set(norm, stem);
  }
  return stem;
}

/** The words of a text with their plain form and stem (stopwords kept; callers decide). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const norm = plainWord(match[0]);
    out.push({ word: match[0], norm, stem: stemOf(norm) });
  }
  return out;
}

export type Segment = { text: string; hit: boolean };

export interface SearchHit {
  kind: 'artikel' | 'begrip';
  /** Article number, or the term of a definition. */
  ref: string;
  titel: string;
  lid: number | null;
  score: number;
  snippet: Segment[];
}

interface Doc {
  kind: 'artikel' | 'begrip';
  ref: string;
  titel: string;
  /** Weighted term frequencies (title 3, labels 2, text 1) and the weighted length. */
  tf: Map<string, number>;
  length: number;
  /** The text units a snippet can come from (for articles: the leden), split and stemmed once. */
  units: Unit[];
}

interface Unit {
  lid: number | null;
  /** The text in words and the spaces between them; words carry their plain form and stem. */
  parts: { text: string; token: Token | null }[];
}

function unitOf(lid: number | null, text: string): Unit {
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

const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 };
const K1 = 1.2;
const B = 0.75;

/**
 * The optimal-string-alignment distance of two words (an edit is an insertion, a deletion, a
 * substitution or swapping two neighbours), or max + 1 as soon as it must exceed `max`. Keeps only
 * three rows of the table: it runs against every indexed word when a query word is not found.
 */
export function damerau(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Uint16Array(b.length + 1);
  let previous = Uint16Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

export class ConvenantIndex {
  private readonly docs: Doc[] = [];
  private readonly df = new Map<string, number>();
  private readonly vocabulary: string[];
  private readonly averageLength: number;
  private readonly synonyms: Map<string, Set<string>>;

  constructor(convenant: Convenant, synonymGroups: readonly string[][]) {
    const add = (
      kind: Doc['kind'],
      ref: string,
      titel: string,
      fields: Record<keyof typeof FIELD_WEIGHTS, string>,
      texts: { lid: number | null; text: string }[],
    ) => {
      const units = texts.map((unit) => unitOf(unit.lid, unit.text));
      const tf = new Map<string, number>();
      let length = 0;
      for (const [field, weight] of Object.entries(FIELD_WEIGHTS) as [keyof typeof FIELD_WEIGHTS, number][]) {
        for (const token of tokenize(fields[field])) {
          if (STOPWORDS.has(token.norm)) continue;
          tf.set(token.stem, (tf.get(token.stem) ?? 0) + weight);
          length += weight;
        }
      }
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      this.docs.push({ kind, ref, titel, tf, length, units });
    };
    for (const article of convenant.artikelen) {
      const tags = [...article.tags.onderwerpen, ...article.tags.processtappen, ...article.tags.gegevens]
        .join(' ')
        .replaceAll('_', ' ');
      add(
        'artikel',
        article.nummer,
        article.titel,
        { title: article.titel, tags, body: article.leden.map((l) => l.tekst).join(' ') },
        [{ lid: null, text: article.titel }, ...article.leden.map((lid) => ({ lid: lid.nummer, text: lid.tekst }))],
      );
    }
    for (const begrip of convenant.begrippen) {
      add('begrip', begrip.term, begrip.term, { title: begrip.term, tags: '', body: begrip.omschrijving }, [
        { lid: null, text: begrip.omschrijving },
      ]);
    }
    this.vocabulary = [...this.df.keys()];
    this.averageLength = this.docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, this.docs.length);
    // Each synonym group: every stem in it leads to all stems of the group.
    this.synonyms = new Map();
    for (const group of synonymGroups) {
      const stems = new Set(
        group.flatMap((phrase) =>
          tokenize(phrase)
            .filter((t) => !STOPWORDS.has(t.norm))
            .map((t) => t.stem),
        ),
      );
      for (const stem of stems) this.synonyms.set(stem, new Set([...(this.synonyms.get(stem) ?? []), ...stems]));
    }
  }

  /** The index terms one query word stands for, with how much they count. */
  private expand(token: Token, isPrefix: boolean): Map<string, number> {
    const terms = new Map<string, number>();
    const put = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    if (this.df.has(token.stem)) put(token.stem, 1);
    if (isPrefix && token.norm.length >= 2) {
      for (const term of this.vocabulary)
        if (term.startsWith(token.norm) || term.startsWith(token.stem)) put(term, 0.9);
    }
    if (!terms.size && token.stem.length >= 4) {
      const max = token.stem.length >= 8 ? 2 : 1;
      for (const term of this.vocabulary) if (damerau(token.stem, term, max) <= max) put(term, 0.7);
    }
    for (const stem of [...terms.keys(), token.stem])
      for (const synonym of this.synonyms.get(stem) ?? []) if (this.df.has(synonym)) put(synonym, 0.8);
    return terms;
  }

  search(query: string, limit = 20): SearchHit[] {
    const all = tokenize(query);
    const endsInWord = /[\p{L}\p{N}]$/u.test(query);
    const words = all.filter((token, index) => !STOPWORDS.has(token.norm) || (index === all.length - 1 && endsInWord));
    if (!words.length) return [];
    const expansions = words.map((token, index) => this.expand(token, endsInWord && index === words.length - 1));
    const n = this.docs.length;
    const hits: (SearchHit & { doc: Doc; matched: Set<string> })[] = [];
    for (const doc of this.docs) {
      let score = 0;
      let matchedWords = 0;
      const matched = new Set<string>();
      for (const terms of expansions) {
        let best = 0;
        for (const [term, weight] of terms) {
          const tf = doc.tf.get(term);
          if (!tf) continue;
          const df = this.df.get(term)!;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const bm25 = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * doc.length) / this.averageLength));
          best = Math.max(best, weight * bm25);
          matched.add(term);
        }
        if (best > 0) matchedWords++;
        score += best;
      }
      if (!matchedWords) continue;
      // An article that answers every word of the question beats one that answers some.
      score *= 0.5 + (0.5 * matchedWords) / expansions.length;
      hits.push({ kind: doc.kind, ref: doc.ref, titel: doc.titel, lid: null, score, snippet: [], doc, matched });
    }
    hits.sort((a, b) => b.score - a.score);
    return hits.slice(0, limit).map(({ doc, matched, ...hit }) => {
      const { lid, snippet } = snippetOf(doc.units, matched);
      return { ...hit, score: Math.round(hit.score * 1000) / 1000, lid, snippet };
    });
  }
}

/** The text unit with the most matched words, cut to a window around them, hits marked. */
function snippetOf(units: Unit[], matched: Set<string>): { lid: number | null; snippet: Segment[] } {
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
