// Reading a covenant search question against the index (index-data.ts): each word with the index
// terms it stands for (its stem, a prefix for the last word typed, the word a derived word is made
// from, a typo's nearest words, a compound's head, synonyms and everyday words), a compound's parts
// as words of their own, separable verbs split by the question, everyday phrases, and what the
// question words ask about (question-words.ts). scoring.ts ranks the documents by these.
import { derivationStems, separableVerbs, STOPWORDS, stemOf, tokenize, type Token } from './dutch';
import { partsOf, type IndexData } from './index-data';
import type { SearchParams } from './params';
import { formWords, questionKinds } from './question-words';
import { damerau } from './typo';

/** One query word: the index terms it stands for, how much it counts, and whether it must match. */
export interface Expansion {
  terms: Map<string, number>;
  factor: number;
  /** Counts towards "answers every word of the question" (the question's own words do). */
  counted: boolean;
}

export interface Query {
  expansions: Expansion[];
  /** The question asks what a term means: definitions are preferred. */
  definitional: boolean;
  /** The stems of the question's adjacent words ("a b", stopwords left out). */
  pairs: string[];
}

/** The index terms one query word stands for, with how much they count (weights: params.ts). */
function expand(
  index: IndexData,
  params: Readonly<SearchParams>,
  token: Token,
  isPrefix: boolean,
  everyday = true,
): Map<string, number> {
  const terms = new Map<string, number>();
  const put = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  if (index.postings.has(token.stem)) put(token.stem, 1);
  // The last word typed may be unfinished: longer words it begins, unless the covenant has the word
  // (a small word such as "een" may still become "eenmaal").
  if (isPrefix && token.norm.length >= 2 && (!terms.size || STOPWORDS.has(token.norm))) {
    for (const term of index.vocabulary)
      if (term.startsWith(token.norm) || term.startsWith(token.stem)) put(term, params.prefix);
  }
  // A derived word the covenant does not have: the word it is made from (herevaluatie → evaluatie).
  if (!terms.size) {
    for (const stem of derivationStems(token.norm)) {
      if (index.postings.has(stem)) put(stem, params.derived);
      for (const synonym of index.synonyms.get(stem) ?? [])
        if (index.postings.has(synonym)) put(synonym, params.derived * params.synonym);
    }
  }
  if (!terms.size && token.stem.length >= 4) {
    const max = token.stem.length >= 8 ? 2 : 1;
    for (let length = token.stem.length - max; length <= token.stem.length + max; length++)
      for (const target of index.byLength.get(length) ?? [])
        if (damerau(token.stem, target.text, max) <= max) put(target.stem, params.typo);
  }
  // Still nothing: compounds that end in the word (a compound's head says what it is).
  if (!terms.size && token.stem.length >= 5) {
    for (const term of index.vocabulary)
      if (term.length >= token.stem.length + 3 && term.endsWith(token.stem)) put(term, params.head);
  }
  for (const stem of [...terms.keys(), token.stem])
    for (const synonym of index.synonyms.get(stem) ?? []) if (index.postings.has(synonym)) put(synonym, params.synonym);
  if (everyday) for (const term of index.everyday.get(token.stem) ?? []) put(term, params.everyday);
  return terms;
}

/** A question as the expansions scoring.ts adds up; null when it holds nothing to search for. */
export function analyse(index: IndexData, query: string, params = index.params): Query | null {
  const all = tokenize(query);
  const endsInWord = /[\p{L}\p{N}]$/u.test(query);
  const kinds = questionKinds(all.map((t) => t.norm));
  // The words of a phrase that only says what kind of answer is wanted ("wat wordt bedoeld met").
  const form = formWords(
    all.map((t) => t.norm),
    kinds,
  );
  const words = all.filter(
    (token, i) => !form.has(i) && (!STOPWORDS.has(token.norm) || (i === all.length - 1 && endsInWord)),
  );
  if (!words.length && !kinds.length) return null;
  const expansions: Expansion[] = [];
  words.forEach((token, i) => {
    const isPrefix = endsInWord && i === words.length - 1;
    expansions.push({ terms: expand(index, params, token, isPrefix), factor: 1, counted: true });
    // The parts of a compound, each a word of its own at a lower weight; of a compound the
    // covenant does not have and whose first part it does not know, the head alone.
    let parts = partsOf(index.splitter, token.norm);
    if (!parts.length && !index.postings.has(token.stem) && !STOPWORDS.has(token.norm)) {
      const head = index.splitter.head(token.norm);
      if (head) parts = [head];
    }
    for (const part of parts) {
      const stem = stemOf(part);
      if (stem === token.stem) continue;
      expansions.push({
        terms: expand(index, params, { word: part, norm: part, stem }, false, false),
        factor: params.queryPart,
        counted: false,
      });
    }
  });
  // A separable verb split by the question ("hoe meld ik dit aan" → aanmelden), when the
  // covenant or the synonym list knows the whole verb.
  for (const joined of separableVerbs(all.map((t) => t.norm))) {
    const stem = stemOf(joined);
    if (!index.postings.has(stem) && !index.synonyms.has(stem)) continue;
    const terms = expand(index, params, { word: joined, norm: joined, stem }, false);
    if (terms.size) expansions.push({ terms, factor: 1, counted: false });
  }
  // Everyday phrases ("in de gaten houden" → monitoring): one extra word for the terms they mean.
  const norms = all.map((t) => t.norm);
  for (const phrase of index.everydayPhrases) {
    const at = norms.findIndex((_, i) => phrase.norms.every((norm, k) => norms[i + k] === norm));
    if (at >= 0)
      expansions.push({
        terms: new Map([...phrase.stems].map((stem) => [stem, 1])),
        factor: params.everydayPhrase,
        counted: false,
      });
  }
  // What the question words ask about: one extra word standing for the terms of that kind.
  for (const kind of kinds) {
    const terms = new Map<string, number>();
    for (const phrase of kind.terms)
      for (const token of tokenize(phrase)) if (index.postings.has(token.stem)) terms.set(token.stem, 1);
    if (terms.size) expansions.push({ terms, factor: params.question, counted: false });
  }
  const pairs = words.slice(1).map((token, i) => `${words[i]!.stem} ${token.stem}`);
  return { expansions, definitional: kinds.some((kind) => kind.about === 'begrip'), pairs };
}
