// The covenant: reading, searching, "Mag ik dit delen?", comparing versions, and (beheerder)
// importing, exporting, the status of a version and the synonym list.
import { z } from 'zod';
import {
  CONVENANT_STATUSES,
  DATA_CATEGORIES,
  PROCESS_STEPS,
  type Convenant,
  type ConvenantStatus,
} from '../domain/convenant';
import { channel } from './channel';

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

const versionId = z.number().int().positive().nullable().default(null);
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
    input: z.object({ left: z.number().int().positive(), right: z.number().int().positive() }).strict(),
    audit: 'none',
  }),
  'convenant:import': channel<{ imported: boolean; version: ConvenantVersion | null }>()({
    input: z.object({}).strict(),
    audit: 'change',
  }),
  'convenant:export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({ versionId: z.number().int().positive() }).strict(),
    audit: 'export',
  }),
  'convenant:set-status': channel<ConvenantVersion>()({
    input: z.object({ versionId: z.number().int().positive(), status: z.enum(CONVENANT_STATUSES) }).strict(),
    audit: 'change',
  }),
  'convenant:synonyms': channel<string[][]>()({ input: z.object({}).strict(), audit: 'none' }),
  'convenant:save-synonyms': channel<string[][]>()({
    input: z.object({ groups: z.array(z.array(z.string().trim().min(1).max(80)).min(2).max(20)).max(200) }).strict(),
    audit: 'change',
  }),
};
