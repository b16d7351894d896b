// Searching the covenant: an in-memory BM25 index over articles and definitions (a covenant has
// tens to hundreds of articles; rebuilding the index takes milliseconds). Words are stemmed and
// derived words traced to their base (dutch.ts), compounds split (compound.ts), question words
// read for what they ask about (question-words.ts); the last word typed matches as a prefix, a
// misspelled word finds the nearest indexed words, a built-in list leads everyday words to the
// covenant's terms (everyday.ts: "logboek" → auditlog), a synonym list that the beheerder edits
// widens the question ("rvdk" also finds "Raad voor de Kinderbescherming"), and each article's
// everyday questions from the covenant file (### Vragen) are indexed with it, as a field and one by
// one (document expansion). Snippets: snippet.ts.
import type { Convenant } from '../../../src-shared/domain/convenant';
import { CompoundSplitter, participleBase } from './compound';
import { derivationStems, separableVerbs, STOPWORDS, stemOf, tokenize, type Token } from './dutch';
import { EVERYDAY_WORDS, type EverydayEntry } from './everyday';
import { questionKinds } from './question-words';
import { snippetOf, unitOf, type Segment, type Unit } from './snippet';

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

/**
 * Field weights: an article's title and the defined terms (begrippen) count above its labels, and
 * those above its body text. The parts of a compound count at half the weight of the whole word,
 * and the definitions of the terms an article uses lend it their words at a low weight, so that a
 * question in the definition's words finds the articles that use the term.
 */
const FIELD_WEIGHTS = { title: 3, terms: 2.5, tags: 2, body: 1, definitions: 0.3, questions: 0.2 };
type Field = keyof typeof FIELD_WEIGHTS;
/**
 * The articles' everyday questions (### Vragen, FORMAT.md) count twice: as a field of the article
 * (FIELD_WEIGHTS.questions, left out of its length so that many questions do not push its own words
 * down), and as passages: the best single question of an article adds PASSAGE_WEIGHT times its
 * score, so the question's words that one phrasing holds together count, not a word that many of
 * its questions repeat. Both weights were chosen on the tuning half only (docs/benchmarks.md,
 * fifth round).
 */
const PASSAGE_WEIGHT = 0.3;
const PART_WEIGHT = 0.5;
/** How much the words a question word stands for (its kind of answer) count against its own. */
const QUESTION_WEIGHT = 0.6;
/** How much a definition is preferred when the question asks what a term means. */
const DEFINITION_BOOST = 3;
/** How much a synonym, and the word a derived word is made from, count against the word itself. */
const SYNONYM_WEIGHT = 0.8;
const DERIVED_WEIGHT = 0.7;
/** How much the covenant term an everyday word stands for (everyday.ts) counts against the word. */
const EVERYDAY_WEIGHT = 0.7;
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

/** One query word: the index terms it stands for, how much it counts, and whether it must match. */
interface Expansion {
  terms: Map<string, number>;
  factor: number;
  /** Counts towards "answers every word of the question" (the question's own words do). */
  counted: boolean;
}

export class ConvenantIndex {
  private readonly docs: Doc[] = [];
  /** Per term, the documents (by position in docs) that hold it and its weighted frequency. */
  private readonly postings = new Map<string, { docs: number[]; tfs: number[] }>();
  private readonly vocabulary: string[];
  /** Stems and words by length, for the typo search (only lengths within the distance count). */
  private readonly byLength = new Map<number, { text: string; stem: string }[]>();
  private readonly averageLength: number;
  /** Per document, BM25's k1 · (1 − b + b · length / average length). */
  private readonly lengthNorm: Float64Array;
  private readonly synonyms: Map<string, Set<string>>;
  /** Everyday words (by stem) and phrases (plain words in order), each with the stems they lead to. */
  private readonly everyday = new Map<string, Set<string>>();
  private readonly everydayPhrases: { norms: string[]; stems: Set<string> }[] = [];
  private readonly splitter: CompoundSplitter;
  /** The articles' everyday questions (### Vragen) one by one: per term, the questions holding it. */
  private readonly questionPostings = new Map<string, { questions: number[]; weights: number[] }>();
  /** Per question, the document (article) it belongs to. */
  private readonly questionDoc: number[] = [];

  constructor(
    convenant: Convenant,
    synonymGroups: readonly string[][],
    everyday: readonly EverydayEntry[] = EVERYDAY_WORDS,
  ) {
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
    this.splitter = new CompoundSplitter(words, STOPWORDS);

    // The stems of a word's compound parts (other than its own stem), once per word.
    const partStems = new Map<string, string[]>();
    const partsOf = (token: Token) => {
      let list = partStems.get(token.norm);
      if (!list) {
        list = this.partsOf(token.norm)
          .map(stemOf)
          .filter((stem) => stem !== token.stem);
        partStems.set(token.norm, list);
      }
      return list;
    };
    // A text's terms with their counts (compound parts at PART_WEIGHT) and its length, once per
    // text: a definition lends the same bag to every article that uses its term.
    type Bag = { counts: Map<string, number>; length: number };
    const bags = new Map<Token[], Bag>();
    const bagOf = (tokens: Token[]): Bag => {
      let bag = bags.get(tokens);
      if (!bag) {
        const counts = new Map<string, number>();
        for (const token of tokens) {
          counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
          for (const stem of partsOf(token)) counts.set(stem, (counts.get(stem) ?? 0) + PART_WEIGHT);
        }
        bags.set(tokens, (bag = { counts, length: tokens.length }));
      }
      return bag;
    };
    const add = (
      kind: Doc['kind'],
      ref: string,
      titel: string,
      fields: Partial<Record<Field, Token[][]>>,
      texts: { lid: number | null; text: string }[],
    ) => {
      const units = texts.map((unit) => unitOf(unit.lid, unit.text));
      const tf = new Map<string, number>();
      let length = 0;
      for (const [field, weight] of Object.entries(FIELD_WEIGHTS) as [Field, number][]) {
        for (const tokens of fields[field] ?? []) {
          const bag = bagOf(tokens);
          for (const [term, count] of bag.counts) tf.set(term, (tf.get(term) ?? 0) + weight * count);
          if (field !== 'questions') length += weight * bag.length;
        }
      }
      const position = this.docs.length;
      for (const [term, frequency] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { docs: [], tfs: [] }));
        list.docs.push(position);
        list.tfs.push(frequency);
      }
      this.docs.push({ kind, ref, titel, tf, length, units });
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
        const id = this.questionDoc.length;
        this.questionDoc.push(this.docs.length);
        for (const [term, count] of bagOf(tokensOf(vraag)).counts) {
          let list = this.questionPostings.get(term);
          if (!list) this.questionPostings.set(term, (list = { questions: [], weights: [] }));
          list.questions.push(id);
          list.weights.push(Math.min(1, count));
        }
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
      );
    }
    for (const begrip of convenant.begrippen) {
      add(
        'begrip',
        begrip.term,
        begrip.term,
        { title: [tokensOf(begrip.term)], body: [tokensOf(begrip.omschrijving)] },
        [{ lid: null, text: begrip.omschrijving }],
      );
    }
    this.vocabulary = [...this.postings.keys()];
    // Typos are looked for among the stems and, for a stem that lost an ending of three letters or
    // more (melding → meld, persoonlijk → persoon), among the covenant's whole words too.
    const typoTargets = new Map<string, string>(this.vocabulary.map((term) => [term, term]));
    for (const word of words) {
      const stem = stemOf(word);
      if (word.length - stem.length >= 3 && !typoTargets.has(word) && this.postings.has(stem))
        typoTargets.set(word, stem);
    }
    for (const [text, stem] of typoTargets) {
      const list = this.byLength.get(text.length);
      if (list) list.push({ text, stem });
      else this.byLength.set(text.length, [{ text, stem }]);
    }
    this.averageLength = this.docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, this.docs.length);
    this.lengthNorm = Float64Array.from(this.docs, (doc) => K1 * (1 - B + (B * doc.length) / this.averageLength));
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
    // Everyday words lead to the covenant's terms (one way), and only to terms this covenant has.
    for (const [words, terms] of everyday) {
      const stems = new Set(
        terms.flatMap((term) =>
          tokenize(term)
            .filter((t) => !STOPWORDS.has(t.norm) && this.postings.has(t.stem))
            .map((t) => t.stem),
        ),
      );
      if (!stems.size) continue;
      for (const phrase of words) {
        const tokens = tokenize(phrase);
        if (tokens.length === 1) {
          const stem = tokens[0]!.stem;
          this.everyday.set(stem, new Set([...(this.everyday.get(stem) ?? []), ...stems]));
        } else if (tokens.length > 1) this.everydayPhrases.push({ norms: tokens.map((t) => t.norm), stems });
      }
    }
  }

  /** The words inside a word: its compound parts, or the verb of a past participle. */
  private partsOf(norm: string): string[] {
    if (/\d/.test(norm)) return [];
    const parts = this.splitter.split(norm);
    const verb = participleBase(norm);
    return verb ? [...parts, verb] : parts;
  }

  /** The index terms one query word stands for, with how much they count. */
  private expand(token: Token, isPrefix: boolean, everyday = true): Map<string, number> {
    const terms = new Map<string, number>();
    const put = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    if (this.postings.has(token.stem)) put(token.stem, 1);
    if (isPrefix && token.norm.length >= 2) {
      for (const term of this.vocabulary)
        if (term.startsWith(token.norm) || term.startsWith(token.stem)) put(term, 0.9);
    }
    // A derived word the covenant does not have: the word it is made from (herevaluatie → evaluatie).
    if (!terms.size) {
      for (const stem of derivationStems(token.norm)) {
        if (this.postings.has(stem)) put(stem, DERIVED_WEIGHT);
        for (const synonym of this.synonyms.get(stem) ?? [])
          if (this.postings.has(synonym)) put(synonym, DERIVED_WEIGHT * SYNONYM_WEIGHT);
      }
    }
    if (!terms.size && token.stem.length >= 4) {
      const max = token.stem.length >= 8 ? 2 : 1;
      for (let length = token.stem.length - max; length <= token.stem.length + max; length++)
        for (const target of this.byLength.get(length) ?? [])
          if (damerau(token.stem, target.text, max) <= max) put(target.stem, 0.7);
    }
    // Still nothing: compounds that end in the word (a compound's head says what it is).
    if (!terms.size && token.stem.length >= 5) {
      for (const term of this.vocabulary)
        if (term.length >= token.stem.length + 3 && term.endsWith(token.stem)) put(term, 0.6);
    }
    for (const stem of [...terms.keys(), token.stem])
      for (const synonym of this.synonyms.get(stem) ?? []) if (this.postings.has(synonym)) put(synonym, SYNONYM_WEIGHT);
    if (everyday) for (const term of this.everyday.get(token.stem) ?? []) put(term, EVERYDAY_WEIGHT);
    return terms;
  }

  search(query: string, limit = 20): SearchHit[] {
    const all = tokenize(query);
    const endsInWord = /[\p{L}\p{N}]$/u.test(query);
    const words = all.filter((token, index) => !STOPWORDS.has(token.norm) || (index === all.length - 1 && endsInWord));
    const kinds = questionKinds(all.map((t) => t.norm));
    if (!words.length && !kinds.length) return [];
    const expansions: Expansion[] = [];
    words.forEach((token, index) => {
      const isPrefix = endsInWord && index === words.length - 1;
      expansions.push({ terms: this.expand(token, isPrefix), factor: 1, counted: true });
      // The parts of a compound, each a word of its own at a lower weight; of a compound the
      // covenant does not have and whose first part it does not know, the head alone.
      let parts = this.partsOf(token.norm);
      if (!parts.length && !this.postings.has(token.stem) && !STOPWORDS.has(token.norm)) {
        const head = this.splitter.head(token.norm);
        if (head) parts = [head];
      }
      for (const part of parts) {
        const stem = stemOf(part);
        if (stem === token.stem) continue;
        expansions.push({
          terms: this.expand({ word: part, norm: part, stem }, false, false),
          factor: PART_WEIGHT,
          counted: false,
        });
      }
    });
    // A separable verb split by the question ("hoe meld ik dit aan" → aanmelden), when the
    // covenant or the synonym list knows the whole verb.
    for (const joined of separableVerbs(all.map((t) => t.norm))) {
      const stem = stemOf(joined);
      if (!this.postings.has(stem) && !this.synonyms.has(stem)) continue;
      const terms = this.expand({ word: joined, norm: joined, stem }, false);
      if (terms.size) expansions.push({ terms, factor: 1, counted: false });
    }
    // Everyday phrases ("in de gaten houden" → monitoring): one extra word for the terms they mean.
    const norms = all.map((t) => t.norm);
    for (const phrase of this.everydayPhrases) {
      const at = norms.findIndex((_, i) => phrase.norms.every((norm, k) => norms[i + k] === norm));
      if (at >= 0)
        expansions.push({
          terms: new Map([...phrase.stems].map((stem) => [stem, 1])),
          factor: EVERYDAY_WEIGHT,
          counted: false,
        });
    }
    // What the question words ask about: one extra word standing for the terms of that kind.
    for (const kind of kinds) {
      const terms = new Map<string, number>();
      for (const phrase of kind.terms)
        for (const token of tokenize(phrase)) if (this.postings.has(token.stem)) terms.set(token.stem, 1);
      if (terms.size) expansions.push({ terms, factor: QUESTION_WEIGHT, counted: false });
    }
    const definitional = kinds.some((kind) => kind.about === 'begrip');
    const counted = expansions.filter((e) => e.counted).length;
    const n = this.docs.length;
    const scores = new Float64Array(n);
    const coverage = new Uint16Array(n);
    const best = new Float64Array(n);
    const touched: number[] = [];
    for (const expansion of expansions) {
      touched.length = 0;
      for (const [term, weight] of expansion.terms) {
        const list = this.postings.get(term);
        if (!list) continue;
        const df = list.docs.length;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let k = 0; k < df; k++) {
          const doc = list.docs[k]!;
          const tf = list.tfs[k]!;
          const bm25 = (idf * tf * (K1 + 1)) / (tf + this.lengthNorm[doc]!);
          const value = weight * bm25;
          if (best[doc] === 0) touched.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      for (const doc of touched) {
        scores[doc] = scores[doc]! + expansion.factor * best[doc]!;
        if (expansion.counted) coverage[doc] = coverage[doc]! + 1;
        best[doc] = 0;
      }
    }
    // The best single everyday question of each article: what one phrasing holds of the question's
    // words (each word once, weighted by its idf among all the questions), at PASSAGE_WEIGHT.
    if (this.questionDoc.length) {
      const nq = this.questionDoc.length;
      const qscore = new Float64Array(nq);
      const qbest = new Float64Array(nq);
      const qtouched: number[] = [];
      for (const expansion of expansions) {
        qtouched.length = 0;
        for (const [term, weight] of expansion.terms) {
          const list = this.questionPostings.get(term);
          if (!list) continue;
          const df = list.questions.length;
          const idf = Math.log(1 + (nq - df + 0.5) / (df + 0.5));
          for (let k = 0; k < df; k++) {
            const q = list.questions[k]!;
            const value = weight * idf * list.weights[k]!;
            if (qbest[q] === 0) qtouched.push(q);
            if (value > qbest[q]!) qbest[q] = value;
          }
        }
        for (const q of qtouched) {
          qscore[q] = qscore[q]! + expansion.factor * qbest[q]!;
          qbest[q] = 0;
        }
      }
      const docBest = new Float64Array(n);
      for (let q = 0; q < nq; q++) {
        const doc = this.questionDoc[q]!;
        if (qscore[q]! > docBest[doc]!) docBest[doc] = qscore[q]!;
      }
      for (let i = 0; i < n; i++) if (docBest[i]! > 0) scores[i] = scores[i]! + PASSAGE_WEIGHT * docBest[i]!;
    }
    // Final scores; only the documents shown become hits (a common word touches most documents).
    const found: number[] = [];
    for (let i = 0; i < n; i++) {
      if (scores[i] === 0) continue;
      // An article that answers every word of the question beats one that answers some.
      let score = scores[i]! * (counted ? 0.5 + (0.5 * coverage[i]!) / counted : 1);
      if (definitional && this.docs[i]!.kind === 'begrip') score *= DEFINITION_BOOST;
      scores[i] = score;
      found.push(i);
    }
    found.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const hits = found.slice(0, limit).map((i) => {
      const doc = this.docs[i]!;
      return { kind: doc.kind, ref: doc.ref, titel: doc.titel, lid: null, score: scores[i]!, snippet: [], doc };
    });
    return hits.slice(0, limit).map(({ doc, ...hit }) => {
      // The words to mark: every term of the question the document holds.
      const matched = new Set<string>();
      for (const expansion of expansions)
        for (const term of expansion.terms.keys()) if (doc.tf.has(term)) matched.add(term);
      const { lid, snippet } = snippetOf(doc.units, matched);
      return { ...hit, score: Math.round(hit.score * 1000) / 1000, lid, snippet };
    });
  }
}
