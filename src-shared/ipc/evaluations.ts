// Evaluations (procesevaluatie of the casusoverleg and informatieoverleg, the mentor project):
// questionnaire templates with versions, rounds, responses from paper and from the kiosk, the
// analysis, comparison of rounds, recommendations, the anonymised export and the report data.
import { z } from 'zod';
import type { RoundAnalysis } from '../domain/evaluation-analysis';
import type { ResponseRate } from '../domain/evaluation-response';
import type { ComparedDimension, ComparedItem } from '../domain/evaluation-compare';
import type { GroupFigures } from '../domain/evaluation-groups';
import {
  ANONYMITY,
  RECOMMENDATION_STATUSES,
  ROUND_STATUSES,
  type Anonymity,
  type RecommendationStatus,
  type ResponseSource,
  type RoundStatus,
} from '../domain/evaluations';
import { answersSchema, type Answers } from '../domain/questionnaire-answers';
import { templateSchema, type Template } from '../domain/questionnaire';
import { reasonSchema } from './audit';
import { loadedVersion } from './version';
import { channel } from './channel';
import { isoDate } from './persons';
import { recordId } from './record-id';

const id = recordId;
const partnerCode = z.string().regex(/^[a-z0-9_]{1,40}$/, { error: 'validation.invalidChoice' });

export interface TemplateSummary {
  id: number;
  sleutel: string;
  versie: number;
  titel: string;
  voorbeeld: boolean;
  questions: number;
  /** Rounds that use this version: a version in use is read-only. */
  rounds: number;
  /** The newest version of its family. */
  latest: boolean;
  createdAt: string;
}

export interface TemplateView extends TemplateSummary {
  template: Template;
  readOnly: boolean;
  /** The version of this template version's content (the builder sends it back). */
  version: number;
}

/** Unsaved work in the template builder, kept by core for its author (may be incomplete). */
export interface TemplateDraft {
  content: unknown;
  savedAt: string;
}

/** Up to 1 MB of JSON: far more than a 60-question template, small enough to refuse nonsense. */
const draftContent = z
  .json()
  .refine((value) => JSON.stringify(value).length <= 1_000_000, { error: 'validation.invalid' });
const draftOf = z.object({ templateId: recordId.nullable().default(null) });

export interface TargetGroupView {
  partner: string;
  invited: number | null;
  /** Set when the number invited was changed after responses for the partner came in. */
  correction?: { on: string; by: string | null } | null;
}

export interface RoundSummary {
  id: number;
  titel: string;
  /** The house (ZVH region) the round is for; null: every house (province-wide). */
  region: { id: number; naam: string } | null;
  template: { id: number; sleutel: string; versie: number; titel: string };
  periodFrom: string;
  periodTo: string;
  anonymity: Anonymity;
  status: RoundStatus;
  targetGroups: TargetGroupView[];
  responses: number;
}

/** The houses an account may make a round for: its regions, and every house when it holds them all. */
export interface RoundHouses {
  houses: { id: number; naam: string }[];
  everyHouse: boolean;
}

export interface RoundView extends RoundSummary {
  toelichting: string;
  /** The version of the round's settings (the set-up form sends it back). */
  version: number;
  templateContent: Template;
  sources: Record<ResponseSource, number>;
}

export interface ResponseView {
  id: number;
  source: ResponseSource;
  partner: string | null;
  respondent: string | null;
  submittedOn: string;
  submittedAt: string | null;
  enteredBy: string | null;
  answers: Answers;
}

export interface KioskView {
  roundId: number;
  titel: string;
  anonymity: Anonymity;
  template: Template;
  /** The organisations a respondent can choose from (the round's target groups). */
  partners: string[];
  /** Their names: the kiosk may not read the lists (nothing else of the application is reachable). */
  partnerLabels: Record<string, string>;
  /** Responses submitted since the kiosk started. */
  submitted: number;
}

export interface RoundAnalysisView {
  /**
   * The disclosure-controlled form the provincial coordinator reads: open answers withheld, and no
   * figures at all for a round of fewer than MIN_GROUP responses (evaluations/province.ts).
   */
  province: boolean;
  round: RoundSummary;
  analysis: RoundAnalysis;
  partners: GroupFigures[];
  responseRate: ResponseRate;
}

/**
 * The provincial pool (issue 18 point 7): the responses of every round of one questionnaire version
 * in a period that the reader may read, analysed together, always in the disclosure-controlled form
 * (evaluations/pool.ts). `houses` breaks the pool down per house as `partners` does per
 * organisation: a house with fewer than MIN_GROUP responses is merged; its codes are keys of
 * `houseNames` ('alle': the rounds for every house).
 */
export interface ProvincePoolView extends Omit<RoundAnalysisView, 'round'> {
  template: { id: number; sleutel: string; versie: number; titel: string };
  periodFrom: string;
  periodTo: string;
  /** The rounds pooled: each of at least MIN_GROUP responses. */
  rounds: RoundSummary[];
  /** Rounds of the period left out, for fewer than MIN_GROUP responses (pool.ts says why). */
  leftOut: RoundSummary[];
  houses: GroupFigures[];
  houseNames: Record<string, string>;
}

export interface RoundComparison {
  earlier: RoundSummary;
  later: RoundSummary;
  items: ComparedItem[];
  dimensions: ComparedDimension[];
}

export interface RecommendationNoteView {
  id: number;
  tekst: string;
  status: RecommendationStatus;
  door: string | null;
  at: string;
}

export interface RecommendationView {
  id: number;
  round: { id: number; titel: string };
  tekst: string;
  eigenaar: string;
  deadline: string | null;
  status: RecommendationStatus;
  pile: 'open' | 'te-laat' | 'afgerond';
  notes: RecommendationNoteView[];
  createdAt: string;
  updatedAt: string;
}

export interface RecommendationOverview {
  items: RecommendationView[];
  counts: { open: number; teLaat: number; afgerond: number };
}

/** Everything a printed evaluation report needs; the renderer lays it out, nothing is computed there. */
export interface EvaluationReport {
  /** The coordinator's form (RoundAnalysisView.province): also no recommendations. */
  province: boolean;
  cover: {
    titel: string;
    templateTitel: string;
    /** The questionnaire's target group ("Deelnemers aan het informatieoverleg (i2o)"); '' when not given. */
    doelgroep: string;
    templateVersie: number;
    periodFrom: string;
    periodTo: string;
    /** The date the report data was made (yyyy-mm-dd). */
    datum: string;
    voorbeeld: boolean;
  };
  summary: {
    responses: number;
    responseRate: number | null;
    /** Dimensions with a score, highest first. */
    strongest: { code: string; naam: string; score: number }[];
    weakest: { code: string; naam: string; score: number }[];
    /** Compared with the previous round: how many dimensions went up, down or stayed. */
    trend: { hoger: number; lager: number; gelijk: number } | null;
    recommendations: { open: number; teLaat: number; afgerond: number };
  };
  method: {
    anonymity: Anonymity;
    sources: Record<ResponseSource, number>;
    responseRate: ResponseRate;
    sections: { id: string; titel: string; questions: number }[];
    dimensions: { code: string; naam: string; omschrijving: string; items: number }[];
    /** Groups smaller than this are not shown separately. */
    minGroup: number;
  };
  analysis: RoundAnalysis;
  partners: GroupFigures[];
  previous: { round: RoundSummary; items: ComparedItem[]; dimensions: ComparedDimension[] } | null;
  openAnswers: { questionId: string; tekst: string; answers: string[] }[];
  recommendations: RecommendationView[];
}

const targetGroup = z
  .object({ partner: partnerCode, invited: z.number().int().min(1).max(100000).nullable().default(null) })
  .strict();

export const roundInput = z
  .object({
    id: id.nullable().default(null),
    titel: z.string().trim().min(3).max(200),
    toelichting: z.string().trim().max(4000).default(''),
    templateId: id,
    periodFrom: isoDate,
    periodTo: isoDate,
    anonymity: z.enum(ANONYMITY),
    targetGroups: z.array(targetGroup).max(40).default([]),
    /**
     * The house: one of the account's regions, or null for every house (only an account holding
     * every region). Left out: the account's only region, or every house for one holding them all;
     * on an existing round, the house it has.
     */
    regionId: id.nullable().optional(),
    version: loadedVersion,
  })
  .strict()
  .refine((r) => r.periodFrom <= r.periodTo, { path: ['periodTo'], error: 'validation.dateOrder' })
  .refine((r) => new Set(r.targetGroups.map((g) => g.partner)).size === r.targetGroups.length, {
    path: ['targetGroups'],
    error: 'validation.duplicateName',
  });

const respondent = z.string().trim().max(200).nullable().default(null);

export const responseInput = z
  .object({
    roundId: id,
    /** Null: a new paper form; otherwise the paper response to correct. */
    id: id.nullable().default(null),
    partner: partnerCode.nullable().default(null),
    respondent,
    /** The date on the paper form, if any (defaults to the day it is typed in). */
    datum: isoDate.nullable().default(null),
    answers: answersSchema,
  })
  .strict();

export const evaluationChannels = {
  'evaluations:templates': channel<TemplateSummary[]>()({ input: z.object({}).strict(), audit: 'none' }),
  'evaluations:template': channel<TemplateView>()({ input: z.object({ id }).strict(), audit: 'none' }),
  /** Saves a template; a version used in a round is never changed: a new version is made instead. */
  'evaluations:save-template': channel<{ template: TemplateView; newVersion: boolean }>()({
    input: z.object({ id: id.nullable().default(null), template: templateSchema, version: loadedVersion }).strict(),
    audit: 'change',
  }),
  /** The builder's unsaved work for a template (null: a new one) of the calling account, if any. */
  'evaluations:template-draft': channel<TemplateDraft | null>()({ input: draftOf.strict(), audit: 'none' }),
  /** Autosave of the builder: not audited (nothing is changed until the template is saved). */
  'evaluations:save-template-draft': channel<TemplateDraft>()({
    input: draftOf.extend({ content: draftContent }).strict(),
    audit: 'none',
  }),
  'evaluations:discard-template-draft': channel<{ discarded: boolean }>()({
    input: draftOf.strict(),
    audit: 'none',
  }),
  'evaluations:import-template': channel<{ imported: boolean; template: TemplateSummary | null }>()({
    input: z.object({}).strict(),
    audit: 'change',
  }),
  'evaluations:export-template': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({ id }).strict(),
    audit: 'export',
  }),
  'evaluations:rounds': channel<RoundSummary[]>()({
    input: z.object({ sleutel: z.string().max(40).nullable().default(null) }).strict(),
    audit: 'view',
  }),
  'evaluations:round': channel<RoundView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  /** The houses the caller may make a round for (the set-up form's choice). */
  'evaluations:round-houses': channel<RoundHouses>()({ input: z.object({}).strict(), audit: 'none' }),
  'evaluations:save-round': channel<RoundView>()({ input: roundInput, audit: 'change' }),
  'evaluations:set-round-status': channel<RoundView>()({
    input: z.object({ id, status: z.enum(ROUND_STATUSES) }).strict(),
    audit: 'change',
  }),
  'evaluations:responses': channel<ResponseView[]>()({ input: z.object({ roundId: id }).strict(), audit: 'view' }),
  /** A paper form typed in (or corrected) by a member of staff. */
  'evaluations:save-response': channel<ResponseView>()({ input: responseInput, audit: 'change' }),
  'evaluations:delete-response': channel<{ deleted: boolean }>()({
    input: z.object({ id, reason: reasonSchema }).strict(),
    audit: 'delete',
  }),
  /** Starts the kiosk for a round: until it is left with the password, only kiosk channels work. */
  'evaluations:kiosk-start': channel<KioskView>()({ input: z.object({ roundId: id }).strict(), audit: 'change' }),
  'evaluations:kiosk-form': channel<KioskView>()({ input: z.object({}).strict(), audit: 'none' }),
  /** One respondent's answers. Not audited one by one: the kiosk's exit records how many came in. */
  'evaluations:kiosk-submit': channel<{ submitted: number }>()({
    input: z.object({ partner: partnerCode.nullable().default(null), respondent, answers: answersSchema }).strict(),
    audit: 'none',
  }),
  'evaluations:kiosk-exit': channel<{ submitted: number }>()({
    input: z.object({ password: z.string().min(1).max(1024) }).strict(),
    audit: 'session',
  }),
  'evaluations:analysis': channel<RoundAnalysisView>()({ input: z.object({ roundId: id }).strict(), audit: 'view' }),
  /** Every readable round of one questionnaire version whose period overlaps the one asked, pooled. */
  'evaluations:province': channel<ProvincePoolView>()({
    input: z
      .object({ templateId: id, periodFrom: isoDate, periodTo: isoDate })
      .strict()
      .refine((r) => r.periodFrom <= r.periodTo, { path: ['periodTo'], error: 'validation.dateOrder' }),
    audit: 'view',
  }),
  'evaluations:compare': channel<RoundComparison>()({
    input: z.object({ earlierId: id, laterId: id }).strict(),
    audit: 'view',
  }),
  /** The report's data; `previousId` null picks the latest earlier round of the same template. */
  'evaluations:report': channel<EvaluationReport>()({
    input: z.object({ roundId: id, previousId: id.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  /** The round's responses, anonymised, as CSV or XLSX. */
  'evaluations:export': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.object({ roundId: id, format: z.enum(['csv', 'xlsx']), reason: reasonSchema }).strict(),
    audit: 'export',
  }),
  'evaluations:recommendations': channel<RecommendationOverview>()({
    input: z
      .object({
        roundId: id.nullable().default(null),
        pile: z.enum(['open', 'te-laat', 'afgerond']).nullable().default(null),
      })
      .strict(),
    audit: 'view',
  }),
  'evaluations:save-recommendation': channel<RecommendationView>()({
    input: z
      .object({
        id: id.nullable().default(null),
        roundId: id,
        tekst: z.string().trim().min(3).max(4000),
        eigenaar: z.string().trim().max(200).default(''),
        deadline: isoDate.nullable().default(null),
        status: z.enum(RECOMMENDATION_STATUSES).default('open'),
      })
      .strict(),
    audit: 'change',
  }),
  /** A progress note, optionally with a new status. */
  'evaluations:recommendation-note': channel<RecommendationView>()({
    input: z
      .object({
        id,
        tekst: z.string().trim().min(3).max(4000),
        status: z.enum(RECOMMENDATION_STATUSES).nullable().default(null),
      })
      .strict(),
    audit: 'change',
  }),
};
