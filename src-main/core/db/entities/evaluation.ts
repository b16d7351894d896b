// Evaluations: questionnaire template versions (each stored whole as JSON, the Template type of
// src-shared/domain/questionnaire.ts), rounds, responses (answers as JSON; what a row keeps of
// the respondent depends on the round's anonymity), and recommendations with progress notes.
import { EntitySchema } from 'typeorm';

export interface EvalTemplateRow {
  id: number;
  sleutel: string;
  versie: number;
  titel: string;
  voorbeeld: boolean;
  content: string;
  createdAt: string;
  createdBy: number | null;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
  updatedAt: string | null;
}

export const EvalTemplateEntity = new EntitySchema<EvalTemplateRow>({
  name: 'EvalTemplate',
  tableName: 'eval_template',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    sleutel: { type: 'text' },
    versie: { type: 'integer' },
    titel: { type: 'text' },
    voorbeeld: { type: 'boolean', default: false },
    content: { type: 'text' },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by', nullable: true },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
    updatedAt: { type: 'text', name: 'updated_at', nullable: true },
  },
});

export interface EvalRoundRow {
  id: number;
  templateId: number;
  titel: string;
  toelichting: string;
  periodFrom: string;
  periodTo: string;
  anonymity: string;
  /** JSON: { partner, invited }[] */
  targetGroups: string;
  status: string;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
  /** Raised by one on every save; a save naming an older version is refused (STALE_VERSION). */
  version: number;
  /** The account that saved last. */
  updatedBy: number | null;
  /** The house (ZVH region) the round is for; null: every house (migration 0033). */
  regionId: number | null;
}

export const EvalRoundEntity = new EntitySchema<EvalRoundRow>({
  name: 'EvalRound',
  tableName: 'eval_round',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    templateId: { type: 'integer', name: 'template_id' },
    titel: { type: 'text' },
    toelichting: { type: 'text', default: '' },
    periodFrom: { type: 'text', name: 'period_from' },
    periodTo: { type: 'text', name: 'period_to' },
    anonymity: { type: 'text' },
    targetGroups: { type: 'text', name: 'target_groups', default: '[]' },
    status: { type: 'text', default: 'concept' },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by', nullable: true },
    updatedAt: { type: 'text', name: 'updated_at' },
    version: { type: 'integer', default: 1 },
    updatedBy: { type: 'integer', name: 'updated_by', nullable: true },
    regionId: { type: 'integer', name: 'region_id', nullable: true },
  },
});

export interface EvalResponseRow {
  id: number;
  roundId: number;
  source: string;
  partner: string | null;
  /** Named rounds only. */
  respondent: string | null;
  /** A date (yyyy-mm-dd) or, for anonymous rounds by week, an ISO week (2026-W48). */
  submittedOn: string;
  /** The exact time: named rounds only. */
  submittedAt: string | null;
  /** Who typed the paper form in, or who started the kiosk: a member of staff, never the respondent. */
  enteredBy: number | null;
  answers: string;
}

export const EvalResponseEntity = new EntitySchema<EvalResponseRow>({
  name: 'EvalResponse',
  tableName: 'eval_response',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    roundId: { type: 'integer', name: 'round_id' },
    source: { type: 'text' },
    partner: { type: 'text', nullable: true },
    respondent: { type: 'text', nullable: true },
    submittedOn: { type: 'text', name: 'submitted_on' },
    submittedAt: { type: 'text', name: 'submitted_at', nullable: true },
    enteredBy: { type: 'integer', name: 'entered_by', nullable: true },
    answers: { type: 'text' },
  },
});

export interface EvalRecommendationRow {
  id: number;
  roundId: number;
  tekst: string;
  eigenaar: string;
  deadline: string | null;
  status: string;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

export const EvalRecommendationEntity = new EntitySchema<EvalRecommendationRow>({
  name: 'EvalRecommendation',
  tableName: 'eval_recommendation',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    roundId: { type: 'integer', name: 'round_id' },
    tekst: { type: 'text' },
    eigenaar: { type: 'text', default: '' },
    deadline: { type: 'text', nullable: true },
    status: { type: 'text', default: 'open' },
    createdAt: { type: 'text', name: 'created_at' },
    createdBy: { type: 'integer', name: 'created_by', nullable: true },
    updatedAt: { type: 'text', name: 'updated_at' },
  },
});

export interface EvalRecommendationNoteRow {
  id: number;
  recommendationId: number;
  tekst: string;
  /** The status after this note. */
  status: string;
  accountId: number | null;
  createdAt: string;
}

export const EvalRecommendationNoteEntity = new EntitySchema<EvalRecommendationNoteRow>({
  name: 'EvalRecommendationNote',
  tableName: 'eval_recommendation_note',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    recommendationId: { type: 'integer', name: 'recommendation_id' },
    tekst: { type: 'text' },
    status: { type: 'text' },
    accountId: { type: 'integer', name: 'account_id', nullable: true },
    createdAt: { type: 'text', name: 'created_at' },
  },
});
