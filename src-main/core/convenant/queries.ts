// The raw SQL of the covenant's question list (migration 0027, convenant_question) and the name
// check of masking.ts (person_name_key): the same statements on both engines.
import { list, sql, type Sql } from '../db/sql';

export interface QuestionRow {
  id: string;
  day: string;
  words: string;
  version_id: number | string;
  article: string | null;
  search_rank: number | string | null;
}

export const insertQuestion = (row: {
  id: string;
  day: string;
  words: string;
  versionId: number;
  article: string | null;
  rank: number | null;
}): Sql =>
  sql`INSERT INTO convenant_question (id, day, words, version_id, article, search_rank)
    VALUES (${row.id}, ${row.day}, ${row.words}, ${row.versionId}, ${row.article}, ${row.rank})`;

/** Newest first. */
export const listQuestions = (): Sql =>
  sql`SELECT id, day, words, version_id, article, search_rank FROM convenant_question ORDER BY day DESC, id`;

export const questionById = (id: string): Sql =>
  sql`SELECT id, day, words, version_id, article, search_rank FROM convenant_question WHERE id = ${id}`;

export const deleteQuestions = (ids: readonly string[]): Sql =>
  sql`DELETE FROM convenant_question WHERE id IN ${list(ids)}`;

/** The rows asked before `firstDay` (ISO day): past the retention. */
export const deleteQuestionsBefore = (firstDay: string): Sql =>
  sql`DELETE FROM convenant_question WHERE day < ${firstDay}`;

/** Which of these phonetic keys are a stored name's (found through the keys' head index). */
export const nameKeysAmong = (keys: readonly string[]): Sql =>
  sql`SELECT DISTINCT key FROM person_name_key
    WHERE head IN ${list([...new Set(keys.map((key) => key.slice(0, 3)))])} AND key IN ${list(keys)}`;
