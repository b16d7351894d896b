// Searching the covenant: an in-memory BM25 index over articles and definitions (a covenant has
// tens to hundreds of articles; rebuilding the index takes milliseconds). Words are stemmed and
// derived words traced to their base (dutch.ts), compounds split (compound.ts), question words
// read for what they ask about (question-words.ts); the last word typed matches as a prefix, a
// misspelled word finds the nearest indexed words (typo.ts), a built-in list leads everyday words
// to the covenant's terms (everyday.ts: "logboek" → auditlog), a synonym list that the beheerder
// edits widens the question ("rvdk" also finds "Raad voor de Kinderbescherming"), and each
// article's everyday questions from the covenant file (### Vragen) are indexed with it, as a field
// and one by one (document expansion). The parts: index-data.ts builds the index, query.ts reads
// a question, scoring.ts ranks, snippet.ts cuts the snippets.
import type { Convenant } from '../../../src-shared/domain/convenant';
import { EVERYDAY_WORDS, type EverydayEntry } from './everyday';
import { buildIndex, type IndexData } from './index-data';
import { DEFAULT_PARAMS, INDEX_KNOBS, usesFeatures, type SearchParams } from './params';
import { analyse } from './query';
import { scoreDocuments } from './scoring';
import { snippetOf, type Segment } from './snippet';

export interface SearchHit {
  kind: 'artikel' | 'begrip';
  /** Article number, or the term of a definition. */
  ref: string;
  titel: string;
  lid: number | null;
  score: number;
  snippet: Segment[];
}

export class ConvenantIndex {
  private readonly index: IndexData;

  constructor(
    private readonly convenant: Convenant,
    private readonly synonymGroups: readonly string[][],
    private readonly everyday: readonly EverydayEntry[] = EVERYDAY_WORDS,
    readonly params: Readonly<SearchParams> = DEFAULT_PARAMS,
    built?: IndexData,
  ) {
    this.index = built ?? buildIndex(convenant, synonymGroups, everyday, params);
  }

  /** The same covenant and lists searched with other weights; the index is rebuilt only when needed. */
  withParams(params: Readonly<SearchParams>): ConvenantIndex {
    const same =
      INDEX_KNOBS.every((knob) => params[knob] === this.params[knob]) &&
      usesFeatures(params) === usesFeatures(this.params);
    const built = same ? { ...this.index, params } : undefined;
    return new ConvenantIndex(this.convenant, this.synonymGroups, this.everyday, params, built);
  }

  /** The refs of the best documents for a question, best first ("begrip:" before a definition's term). */
  ranked(text: string, limit = 20): string[] {
    const query = analyse(this.index, text);
    if (!query) return [];
    return this.order(scoreDocuments(this.index, query))
      .slice(0, limit)
      .map((i) => {
        const doc = this.index.docs[i]!;
        return doc.kind === 'artikel' ? doc.ref : `begrip:${doc.ref}`;
      });
  }

  search(text: string, limit = 20): SearchHit[] {
    const query = analyse(this.index, text);
    if (!query) return [];
    const scores = scoreDocuments(this.index, query);
    return this.order(scores)
      .slice(0, limit)
      .map((i) => {
        const doc = this.index.docs[i]!;
        // The words to mark: every term of the question the document holds.
        const matched = new Set<string>();
        for (const expansion of query.expansions)
          for (const term of expansion.terms.keys()) if (doc.tf.has(term)) matched.add(term);
        const { lid, snippet } = snippetOf(doc.units, matched);
        return {
          kind: doc.kind,
          ref: doc.ref,
          titel: doc.titel,
          lid,
          score: Math.round(scores[i]! * 1000) / 1000,
          snippet,
        };
      });
  }

  /** The documents found, best first (only these become hits: a common word touches most). */
  private order(scores: Float64Array): number[] {
    const found: number[] = [];
    for (let i = 0; i < scores.length; i++) if (scores[i] !== 0) found.push(i);
    return found.sort((a, b) => scores[b]! - scores[a]! || a - b);
  }
}
