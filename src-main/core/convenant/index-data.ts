// Building the covenant search's index: the articles and definitions as BM25 documents with field
// weights, their compound parts, the definitions an article lends its words from, the articles'
// everyday questions (### Vragen) one by one, the words a typo may have meant, the beheerder's
// synonym groups and the built-in everyday words. query.ts reads a question against it, scoring.ts
// ranks, search.ts puts them together.
import type { Convenant } from '../../../src-shared/domain/convenant';
import { CompoundSplitter, participleBase } from './compound';
import { STOPWORDS, stemOf, tokenize, type Token } from './dutch';
import type { EverydayEntry } from './everyday';
import { usesFeatures, type SearchParams } from './params';
import { unitOf, type Unit } from './snippet';

export interface Doc {
  kind: 'artikel' | 'begrip';
  ref: string;
  titel: string;
  /** Weighted term frequencies (title 3, labels 2, text 1) and the weighted length. */
  tf: Map<string, number>;
  length: number;
  /** The text units a snippet can come from (for articles: the leden), split and stemmed once. */
  units: Unit[];
  /** The terms (stems and compound parts' stems) of the title, and of each lid (params.usesFeatures). */
  titleTerms: Set<string>;
  lidTerms: Set<string>[];
  /** A definition's term as stems (empty for an article). */
  termStems: string[];
  /** Adjacent stems ("a b", stopwords left out) of the title, the leden and the everyday questions (idem). */
  pairs: Set<string>;
}

/**
 * Field weights (params.ts): an article's title and the defined terms (begrippen) count above its
 * labels, and those above its body text. The definitions of the terms an article uses lend it their
 * words at a low weight, so that a question in the definition's words finds the articles that use
 * the term. The articles' everyday questions (### Vragen, FORMAT.md) are a field too, left out of
 * the article's length so that many questions do not push its own words down; scoring.ts also
 * scores them one by one (passages). A compound's parts count at `indexPart` of the whole word.
 */
const FIELDS = ['title', 'terms', 'tags', 'body', 'definitions', 'questions'] as const;
type Field = (typeof FIELDS)[number];

export interface IndexData {
  docs: Doc[];
  /** Per term, the documents (by position in docs) that hold it and its weighted frequency. */
  postings: Map<string, { docs: number[]; tfs: number[] }>;
  vocabulary: string[];
  /** Stems and words by length, for the typo search (only lengths within the distance count). */
  byLength: Map<number, { text: string; stem: string }[]>;
  /** Per document, BM25's k1 · (1 − b + b · length / average length). */
  lengthNorm: Float64Array;
  /** The parameters the index was built with. */
  params: Readonly<SearchParams>;
  synonyms: Map<string, Set<string>>;
  /** Everyday words (by stem) and phrases (plain words in order), each with the stems they lead to. */
  everyday: Map<string, Set<string>>;
  everydayPhrases: { norms: string[]; stems: Set<string> }[];
  splitter: CompoundSplitter;
  /** The articles' everyday questions (### Vragen) one by one: per term, the questions holding it. */
  questionPostings: Map<string, { questions: number[]; weights: number[] }>;
  /** Per question, the document (article) it belongs to, and its number of terms. */
  questionDoc: number[];
  questionSize: number[];
}

/** The words inside a word: its compound parts, or the verb of a past participle. */
export function partsOf(splitter: CompoundSplitter, norm: string): string[] {
  if (/\d/.test(norm)) return [];
  const parts = splitter.split(norm);
  const verb = participleBase(norm);
  return verb ? [...parts, verb] : parts;
}

export function buildIndex(
  convenant: Convenant,
  synonymGroups: readonly string[][],
  everydayWords: readonly EverydayEntry[],
  params: Readonly<SearchParams>,
): IndexData {
  // The words of every text once, so the compound splitter knows the covenant's own words.
  const tokens = new Map<string, Token[]>();
  const tokensOf = (text: string) => {
    let list = tokens.get(text);
    if (!list) {
      list = tokenize(text).filter((t) => !STOPWORDS.has(t.norm));
      tokens.set(text, list);
    }
    return list;
  };
  const tagsOf = (article: Convenant['artikelen'][number]) =>
    [...article.tags.onderwerpen, ...article.tags.processtappen, ...article.tags.gegevens]
      .join(' ')
      .replaceAll('_', ' ');
  const words = new Set<string>();
  for (const article of convenant.artikelen)
    for (const text of [article.titel, tagsOf(article), ...article.leden.map((l) => l.tekst)])
      for (const token of tokensOf(text)) words.add(token.norm);
  for (const begrip of convenant.begrippen)
    for (const text of [begrip.term, begrip.omschrijving]) for (const token of tokensOf(text)) words.add(token.norm);
  for (const article of convenant.artikelen)
    for (const vraag of article.vragen ?? []) for (const token of tokensOf(vraag)) words.add(token.norm);
  const splitter = new CompoundSplitter(words, STOPWORDS);
  const features = usesFeatures(params);
  const docs: Doc[] = [];
  const postings: IndexData['postings'] = new Map();
  const questionPostings: IndexData['questionPostings'] = new Map();
  const questionDoc: number[] = [];
  const questionSize: number[] = [];

  // The stems of a word's compound parts (other than its own stem), once per word.
  const partStems = new Map<string, string[]>();
  const partsOfToken = (token: Token) => {
    let list = partStems.get(token.norm);
    if (!list) {
      list = partsOf(splitter, token.norm)
        .map(stemOf)
        .filter((stem) => stem !== token.stem);
      partStems.set(token.norm, list);
    }
    return list;
  };
  // A text's terms with their counts (compound parts at indexPart) and its length, once per
  // text: a definition lends the same bag to every article that uses its term.
  type Bag = { counts: Map<string, number>; length: number };
  const bags = new Map<Token[], Bag>();
  const bagOf = (list: Token[]): Bag => {
    let bag = bags.get(list);
    if (!bag) {
      const counts = new Map<string, number>();
      for (const token of list) {
        counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
        for (const stem of partsOfToken(token)) counts.set(stem, (counts.get(stem) ?? 0) + params.indexPart);
      }
      bags.set(list, (bag = { counts, length: list.length }));
    }
    return bag;
  };
  const add = (
    kind: Doc['kind'],
    ref: string,
    titel: string,
    fields: Partial<Record<Field, Token[][]>>,
    texts: { lid: number | null; text: string }[],
    lids: Token[][],
    termStems: string[] = [],
  ) => {
    const units = texts.map((unit) => unitOf(unit.lid, unit.text));
    const tf = new Map<string, number>();
    let length = 0;
    for (const field of FIELDS) {
      const weight = params[field];
      for (const list of fields[field] ?? []) {
        const bag = bagOf(list);
        for (const [term, count] of bag.counts) tf.set(term, (tf.get(term) ?? 0) + weight * count);
        if (field !== 'questions') length += weight * bag.length;
      }
    }
    const position = docs.length;
    for (const [term, frequency] of tf) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], tfs: [] }));
      list.docs.push(position);
      list.tfs.push(frequency);
    }
    const termsOf = (lists: Token[][]) => {
      const set = new Set<string>();
      for (const list of lists) for (const term of bagOf(list).counts.keys()) set.add(term);
      return set;
    };
    const titleTerms = features ? termsOf(fields.title ?? []) : new Set<string>();
    const lidTerms = features ? lids.map((lid) => termsOf([lid])) : [];
    const pairs = new Set<string>();
    if (features)
      for (const list of [...(fields.title ?? []), ...(fields.body ?? []), ...(fields.questions ?? [])])
        for (let i = 1; i < list.length; i++) pairs.add(`${list[i - 1]!.stem} ${list[i]!.stem}`);
    docs.push({ kind, ref, titel, tf, length, units, titleTerms, lidTerms, termStems, pairs });
  };
  // The defined terms, each with the stems of its words and its definition's words.
  const begrippen = convenant.begrippen.map((begrip) => {
    const term = tokensOf(begrip.term);
    return { term, stems: term.map((t) => t.stem), definition: tokensOf(begrip.omschrijving) };
  });
  for (const article of convenant.artikelen) {
    const title = tokensOf(article.titel);
    const tags = tokensOf(tagsOf(article));
    const body = article.leden.map((lid) => tokensOf(lid.tekst));
    const present = new Set<string>();
    for (const list of [title, tags, ...body]) for (const token of list) present.add(token.stem);
    const used = begrippen.filter((b) => b.stems.length > 0 && b.stems.every((stem) => present.has(stem)));
    for (const vraag of article.vragen ?? []) {
      const id = questionDoc.length;
      questionDoc.push(docs.length);
      let size = 0;
      for (const [term, count] of bagOf(tokensOf(vraag)).counts) {
        size += Math.min(1, count);
        let list = questionPostings.get(term);
        if (!list) questionPostings.set(term, (list = { questions: [], weights: [] }));
        list.questions.push(id);
        list.weights.push(Math.min(1, count));
      }
      questionSize.push(size);
    }
    add(
      'artikel',
      article.nummer,
      article.titel,
      {
        title: [title],
        terms: used.map((b) => b.term),
        tags: [tags],
        body,
        definitions: used.map((b) => b.definition),
        questions: (article.vragen ?? []).map(tokensOf),
      },
      [{ lid: null, text: article.titel }, ...article.leden.map((lid) => ({ lid: lid.nummer, text: lid.tekst }))],
      body,
    );
  }
  for (const [i, begrip] of convenant.begrippen.entries()) {
    const { term, stems, definition } = begrippen[i]!;
    add(
      'begrip',
      begrip.term,
      begrip.term,
      { title: [term], body: [definition] },
      [{ lid: null, text: begrip.omschrijving }],
      [definition],
      stems,
    );
  }
  const vocabulary = [...postings.keys()];
  // Typos are looked for among the stems and, for a stem that lost an ending of three letters or
  // more (melding → meld, persoonlijk → persoon), among the covenant's whole words too.
  const byLength: IndexData['byLength'] = new Map();
  const typoTargets = new Map<string, string>(vocabulary.map((term) => [term, term]));
  for (const word of words) {
    const stem = stemOf(word);
    if (word.length - stem.length >= 3 && !typoTargets.has(word) && postings.has(stem)) typoTargets.set(word, stem);
  }
  for (const [text, stem] of typoTargets) {
    const list = byLength.get(text.length);
    if (list) list.push({ text, stem });
    else byLength.set(text.length, [{ text, stem }]);
  }
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, docs.length);
  const { k1, b } = params;
  const lengthNorm = Float64Array.from(docs, (doc) => k1 * (1 - b + (b * doc.length) / averageLength));
  // Each synonym group: every stem in it leads to all stems of the group.
  const synonyms: IndexData['synonyms'] = new Map();
  for (const group of synonymGroups) {
    const stems = new Set(
      group.flatMap((phrase) =>
        tokenize(phrase)
          .filter((t) => !STOPWORDS.has(t.norm))
          .map((t) => t.stem),
      ),
    );
    for (const stem of stems) synonyms.set(stem, new Set([...(synonyms.get(stem) ?? []), ...stems]));
  }
  // Everyday words lead to the covenant's terms (one way), and only to terms this covenant has.
  const everyday: IndexData['everyday'] = new Map();
  const everydayPhrases: IndexData['everydayPhrases'] = [];
  for (const [phrases, terms] of everydayWords) {
    const stems = new Set(
      terms.flatMap((term) =>
        tokenize(term)
          .filter((t) => !STOPWORDS.has(t.norm) && postings.has(t.stem))
          .map((t) => t.stem),
      ),
    );
    if (!stems.size) continue;
    for (const phrase of phrases) {
      const list = tokenize(phrase);
      if (list.length === 1) {
        const stem = list[0]!.stem;
        everyday.set(stem, new Set([...(everyday.get(stem) ?? []), ...stems]));
      } else if (list.length > 1) everydayPhrases.push({ norms: list.map((t) => t.norm), stems });
    }
  }
  return {
    docs,
    postings,
    vocabulary,
    byLength,
    lengthNorm,
    params,
    synonyms,
    everyday,
    everydayPhrases,
    splitter,
    questionPostings,
    questionDoc,
    questionSize,
  };
}
