// Questions the covenant search answered badly (issue 22): a colleague says so under the results
// ("Staat het antwoord er niet bij?") and picks the article that does answer, or none; the
// beheerder reads them beside the synonym list and turns a word of a question and a term of its
// article into a synonym pair, and sees at once where the article now ranks.
//
// Kept: the question's masked words (masking.ts; never the text as typed), the version, the
// article, the rank the search gave it then, and the day. Not kept: who asked, the time. A row
// lives QUESTION_RETENTION_DAYS days: older rows are removed at every report and every read of
// the list, in the same transaction.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Convenant } from '../../../src-shared/domain/convenant';
import { addDays, dutchDay, isoDay } from '../../../src-shared/domain/format';
import { QUESTION_RETENTION_DAYS, synonymGroups, type ConvenantQuestionView } from '../../../src-shared/ipc/convenant';
import { AppError } from '../../../src-shared/ipc/errors';
import { query } from '../db/sql';
import type { ConvenantService } from './convenant-service';
import { STOPWORDS, plainWord } from './dutch';
import { maskedWords, nameCandidates, questionParts, synonymCandidates } from './masking';
import {
  deleteQuestions,
  deleteQuestionsBefore,
  insertQuestion,
  listQuestions,
  nameKeysAmong,
  questionById,
  type QuestionRow,
} from './queries';
import type { ConvenantIndex } from './search';

/** How far down the results a chosen article is looked for. */
const RANK_DEPTH = 50;
const MAX_TERMS = 16;

/** The first day still kept on `now`'s day: counted back on the Dutch calendar, not in 24-hour steps. */
export function firstKeptDay(now: Date): string {
  return addDays(dutchDay(now), -QUESTION_RETENTION_DAYS);
}

/** The question's words as stored: masked, names of this database's persons too. */
export async function maskQuestion(manager: EntityManager, text: string): Promise<string[]> {
  const parts = questionParts(text);
  const candidates = nameCandidates(parts);
  const found = candidates.length ? await query<{ key: string }>(manager, nameKeysAmong(candidates)) : [];
  return maskedWords(parts, new Set(found.map((row) => row.key)));
}

/** Where the search puts the article for these words (1 = first), or null beyond RANK_DEPTH. */
export function rankOf(index: ConvenantIndex, words: readonly string[], article: string | null): number | null {
  if (article === null) return null;
  const at = index
    .search(words.join(' '), RANK_DEPTH)
    .findIndex((hit) => hit.kind === 'artikel' && hit.ref === article);
  return at < 0 ? null : at + 1;
}

/**
 * Terms of an article a question's word can be paired with: its title and the words of it, the
 * begrippen it uses, its topics, and the words of its text that the synonym list already knows
 * (pairing with one of those joins its group's meaning).
 */
export function articleTerms(convenant: Convenant, nummer: string, synonyms: readonly string[][]): string[] {
  const article = convenant.artikelen.find((a) => a.nummer === nummer);
  if (!article) return [];
  const text = plainWord([article.titel, ...article.leden.map((lid) => lid.tekst)].join(' '));
  const wordsOf = (value: string) =>
    [...value.matchAll(/\p{L}+/gu)].map((m) => plainWord(m[0])).filter((w) => w.length >= 3 && !STOPWORDS.has(w));
  const listed = new Set(synonyms.flat().map(plainWord));
  const terms = [
    plainWord(article.titel),
    ...wordsOf(article.titel),
    ...convenant.begrippen.map((b) => plainWord(b.term)).filter((term) => text.includes(term)),
    ...article.tags.onderwerpen.map((topic) => topic.replaceAll('_', ' ')),
    ...article.leden.flatMap((lid) => wordsOf(lid.tekst)).filter((word) => listed.has(word)),
  ];
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

const number = (value: number | string | null): number | null => (value === null ? null : Number(value));

export class QuestionList {
  constructor(private readonly service: ConvenantService) {}

  async report(
    manager: EntityManager,
    input: { text: string; versionId: number | null; article: string | null },
    now: Date,
  ): Promise<{ id: string; words: string[] }> {
    await query(manager, deleteQuestionsBefore(firstKeptDay(now)));
    const row = await this.service.row(manager, input.versionId);
    const convenant = this.service.content(row);
    if (input.article !== null && !convenant.artikelen.some((a) => a.nummer === input.article))
      throw new AppError('INVALID_INPUT', undefined, { article: { key: 'validation.invalidChoice' } });
    const words = await maskQuestion(manager, input.text);
    if (!words.some((word) => word !== '…')) throw new AppError('CONVENANT_QUESTION_EMPTY');
    const rank = rankOf(await this.service.index(manager, row.id), words, input.article);
    const id = randomUUID();
    await query(
      manager,
      insertQuestion({
        id,
        day: isoDay(now),
        words: JSON.stringify(words),
        versionId: row.id,
        article: input.article,
        rank,
      }),
    );
    return { id, words };
  }

  async list(manager: EntityManager, now: Date): Promise<ConvenantQuestionView[]> {
    await query(manager, deleteQuestionsBefore(firstKeptDay(now)));
    const rows = await query<QuestionRow>(manager, listQuestions());
    const views: ConvenantQuestionView[] = [];
    for (const row of rows) views.push(await this.view(manager, row));
    return views;
  }

  async remove(manager: EntityManager, ids: readonly string[]): Promise<number> {
    const before = await query<QuestionRow>(manager, listQuestions());
    const known = new Set(before.map((row) => row.id));
    const gone = [...new Set(ids)].filter((id) => known.has(id));
    if (gone.length) await query(manager, deleteQuestions(gone));
    return gone.length;
  }

  /**
   * Adds the pair (the question's `word`, `term`) to the synonym list as a group of its own, under
   * the list's own rules; nothing changes when one group already holds both. The question's view
   * comes back with the article's rank under the new list.
   */
  async addSynonym(
    manager: EntityManager,
    input: { questionId: string; word: string; term: string },
  ): Promise<ConvenantQuestionView> {
    const [row] = await query<QuestionRow>(manager, questionById(input.questionId));
    if (!row) throw new AppError('NOT_FOUND');
    const word = plainWord(input.word.trim());
    const term = input.term.trim().toLocaleLowerCase('nl');
    if (!synonymCandidates(JSON.parse(row.words) as string[]).includes(word))
      throw new AppError('INVALID_INPUT', undefined, { word: { key: 'validation.invalidChoice' } });
    if (plainWord(term) === word)
      throw new AppError('INVALID_INPUT', undefined, { term: { key: 'validation.invalidChoice' } });
    const groups = await this.service.synonyms(manager);
    const same = (a: string, b: string) => plainWord(a) === plainWord(b);
    const linked = groups.some((group) => group.some((w) => same(w, word)) && group.some((w) => same(w, term)));
    if (!linked) {
      const next = synonymGroups.safeParse([...groups, [word, term]]);
      if (!next.success) throw new AppError('CONVENANT_SYNONYMS_FULL');
      await this.service.saveSynonyms(manager, next.data);
    }
    return this.view(manager, row);
  }

  private async view(manager: EntityManager, row: QuestionRow): Promise<ConvenantQuestionView> {
    const versionId = Number(row.version_id);
    const version = await this.service.row(manager, versionId);
    const convenant = this.service.content(version);
    const words = JSON.parse(row.words) as string[];
    const article = row.article === null ? null : (convenant.artikelen.find((a) => a.nummer === row.article) ?? null);
    return {
      id: row.id,
      day: row.day,
      words,
      versionId,
      versie: version.versie,
      article: article ? { nummer: article.nummer, titel: article.titel } : null,
      rankThen: number(row.search_rank),
      rankNow: rankOf(await this.service.index(manager, versionId), words, row.article),
      wordChoices: synonymCandidates(words),
      termChoices:
        row.article === null ? [] : articleTerms(convenant, row.article, await this.service.synonyms(manager)),
    };
  }
}
