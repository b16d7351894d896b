// The covenant: reading, searching, "Mag ik dit delen?", comparing versions, and (beheerder)
// importing, exporting, the status of a version and the synonym list. Questions without a good
// answer: every colleague reports one from the search ("Staat het antwoord er niet bij?"); the
// beheerder reads them (masked: no name, number, date or e-mail address) and adds a synonym pair.
import { z } from 'zod';
import {
  CONVENANT_STATUSES,
  DATA_CATEGORIES,
  PROCESS_STEPS,
  type Convenant,
  type ConvenantStatus,
} from '../domain/convenant';
import { channel } from './channel';
import { recordId } from './record-id';

export interface ConvenantVersion {
  id: number;
  titel: string;
  versie: string;
  ingangsdatum: string;
  status: ConvenantStatus;
  articles: number;
  importedAt: string;
}

export interface ConvenantSearchHit {
  kind: 'artikel' | 'begrip';
  ref: string;
  titel: string;
  lid: number | null;
  score: number;
  snippet: { text: string; hit: boolean }[];
}

export interface ShareAnswerView {
  versionId: number;
  versie: string;
  verdict: 'voorwaarden' | 'niet-geregeld';
  articles: { nummer: string; titel: string; voorwaarden: string[] }[];
}

export interface ArticleChangeView {
  nummer: string;
  titel: string;
  change: 'toegevoegd' | 'verwijderd' | 'gewijzigd' | 'gelijk';
  diff: { text: string; op: 'same' | 'added' | 'removed' }[];
}

/** A question the search answered badly, as the beheerder sees it (its words masked). */
export interface ConvenantQuestionView {
  id: string;
  /** The day it was asked (ISO); no time, no account. */
  day: string;
  /** Its words in order, lower case; `…` where a name, number, date or e-mail address was. */
  words: string[];
  versionId: number;
  versie: string;
  /** The article the colleague chose as the answer; null: none of the articles answers it. */
  article: { nummer: string; titel: string } | null;
  /** The article's rank in the search when the question was asked, and now (null: not in the top 50). */
  rankThen: number | null;
  rankNow: number | null;
  /** The words of the question a synonym can be made of, and the article's terms to pair them with. */
  wordChoices: string[];
  termChoices: string[];
}

/** The days a reported question is kept (removed at the next write or read after). */
export const QUESTION_RETENTION_DAYS = 90;

const versionId = recordId.nullable().default(null);
/** The synonym list's rules (Beheer > Convenant); a pair added from a question obeys them too. */
const synonymWord = z.string().trim().min(1).max(80);
export const synonymGroups = z.array(z.array(synonymWord).min(2).max(20)).max(200);
const code = z.string().min(1, { error: 'validation.required' }).max(40);

export const convenantChannels = {
  'convenant:versions': channel<ConvenantVersion[]>()({ input: z.object({}).strict(), audit: 'none' }),
  /** One version whole; `versionId` null is the current one (the newest vastgesteld version). */
  'convenant:get': channel<Convenant & { id: number }>()({ input: z.object({ versionId }).strict(), audit: 'none' }),
  'convenant:search': channel<ConvenantSearchHit[]>()({
    input: z
      .object({ text: z.string().max(200), versionId, limit: z.number().int().min(1).max(50).default(20) })
      .strict(),
    audit: 'none',
  }),
  'convenant:share-check': channel<ShareAnswerView>()({
    input: z
      .object({ from: code, to: code, category: z.enum(DATA_CATEGORIES), step: z.enum(PROCESS_STEPS), versionId })
      .strict(),
    audit: 'none',
  }),
  'convenant:compare': channel<ArticleChangeView[]>()({
    input: z.object({ left: recordId, right: recordId }).strict(),
    audit: 'none',
  }),
  'convenant:import': channel<{ imported: boolean; version: ConvenantVersion | null }>()({
    input: z.object({}).strict(),
    audit: 'change',
  }),
  'convenant:export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({ versionId: recordId }).strict(),
    audit: 'export',
  }),
  'convenant:set-status': channel<ConvenantVersion>()({
    input: z.object({ versionId: recordId, status: z.enum(CONVENANT_STATUSES) }).strict(),
    audit: 'change',
  }),
  'convenant:synonyms': channel<string[][]>()({ input: z.object({}).strict(), audit: 'none' }),
  'convenant:save-synonyms': channel<string[][]>()({
    input: z.object({ groups: synonymGroups }).strict(),
    audit: 'change',
  }),
  /** "Staat het antwoord er niet bij?": stores the question's masked words; answers what was kept. */
  'convenant:report-question': channel<{ words: string[] }>()({
    input: z
      .object({
        text: z.string().trim().min(1, { error: 'validation.required' }).max(200),
        versionId,
        article: z.string().min(1).max(20).nullable(),
      })
      .strict(),
    audit: 'change',
  }),
  'convenant:questions': channel<ConvenantQuestionView[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'convenant:remove-questions': channel<{ removed: number }>()({
    input: z.object({ ids: z.array(z.uuid()).min(1).max(200) }).strict(),
    audit: 'delete',
  }),
  /** A word of a question and a term of its article become a synonym pair in the list. */
  'convenant:add-synonym': channel<ConvenantQuestionView>()({
    input: z.object({ questionId: z.uuid(), word: synonymWord, term: synonymWord }).strict(),
    audit: 'change',
  }),
};
