// Mentorproject ONE-on-ONE: mentors and their training, network activities, the consultants,
// the year dashboard against the target, and the anonymised dataset for the external evaluation.
// The trajectories themselves are in trajectories.ts.
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  MENTOR_STATUSES,
  TRAINING_KINDS,
  type ActivityType,
  type MentorStatus,
  type TrainingKind,
  type TrainingModule,
  type TrajectoryStatus,
} from '../domain/mentoring';
import type { MentorDashboard } from '../domain/mentoring-dashboard';
import { reasonSchema } from './audit';
import { loadedVersion } from './version';
import { channel } from './channel';
import { isoDate } from './persons';
import { recordId } from './record-id';

const id = recordId;
const code = z.string().regex(/^[a-z0-9_]{1,40}$/);
const name = z.string().trim().min(2).max(120);
const note = (max: number) => z.string().trim().max(max).default('');
const year = z.number().int().min(2000).max(2100);

export interface MentoringSettings {
  /** Mentees to guide per year (the steering group's target). */
  targetPerYear: number;
  modules: TrainingModule[];
}

export interface Ref {
  id: number;
  naam: string;
}

export interface ConsultantView extends Ref {
  organisatie: string;
  accountId: number | null;
  active: boolean;
}

export interface MentorSummary extends Ref {
  status: MentorStatus;
  regionId: number;
  capacity: number;
  /** Trajectories taking a place now (gematcht, lopend, gepauzeerd). */
  occupied: number;
  consultant: Ref | null;
}

export interface StatusEntry<S extends string> {
  datum: string;
  from: S | null;
  to: S;
  toelichting: string;
  /** Display name of who recorded it (for an automatic change: who recorded the attendance). */
  door: string | null;
  /** Set by a rule (the inzetbaar rule after training), not chosen by hand. */
  automatisch: boolean;
  at: string;
}

export interface MentorView extends MentorSummary {
  contact: string;
  toelichting: string;
  history: StatusEntry<MentorStatus>[];
  /** Every session attended, newest first: the training history and continuous training. */
  trainings: { sessionId: number; datum: string; soort: TrainingKind; module: string; moduleLabel: string }[];
  missingModules: string[];
  trainingComplete: boolean;
  trajectories: { id: number; code: string; status: TrajectoryStatus }[];
  /** The version of the mentor's profile (the form sends it back). */
  version: number;
}

export interface TrainingView {
  id: number;
  datum: string;
  soort: TrainingKind;
  module: string;
  trainer: string;
  regionId: number | null;
  toelichting: string;
  attendees: Ref[];
}

export interface ActivityView {
  id: number;
  datum: string;
  type: ActivityType;
  titel: string;
  doelgroep: string;
  regionId: number;
  gemeenteId: number | null;
  bereik: number;
  signalen: number;
  toelichting: string;
}

export const mentorInput = z
  .object({
    id: id.optional(),
    /** The version the form loaded (only when changing a mentor). */
    version: loadedVersion,
    naam: name,
    contact: note(500),
    toelichting: note(2000),
    regionId: id,
    capacity: z.number().int().min(0).max(10),
    consultantId: id.nullable().default(null),
    /** For a new mentor: the day they started (in opleiding); today when left out. */
    sinds: isoDate.nullable().default(null),
  })
  .strict();

export const activityInput = z
  .object({
    id: id.optional(),
    datum: isoDate,
    type: z.enum(ACTIVITY_TYPES),
    titel: z.string().trim().min(2).max(200),
    doelgroep: note(200),
    regionId: id,
    gemeenteId: id.nullable().default(null),
    bereik: z.number().int().min(0).max(100000),
    signalen: z.number().int().min(0).max(1000),
    toelichting: note(2000),
  })
  .strict();

export const mentoringChannels = {
  'mentoring:settings': channel<MentoringSettings>()({ input: z.object({}).strict(), audit: 'none' }),
  'mentoring:save-settings': channel<MentoringSettings>()({
    input: z
      .object({
        targetPerYear: z.number().int().min(0).max(1000),
        modules: z
          .array(
            z
              .object({
                code: code.optional(),
                label: z.string().trim().min(2).max(80),
                required: z.boolean(),
                active: z.boolean(),
              })
              .strict(),
          )
          .min(1)
          .max(50),
      })
      .strict(),
    audit: 'change',
  }),
  'mentoring:consultants': channel<ConsultantView[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'mentoring:save-consultant': channel<ConsultantView>()({
    input: z
      .object({
        id: id.optional(),
        naam: name,
        organisatie: note(120),
        accountId: id.nullable().default(null),
        active: z.boolean().default(true),
      })
      .strict(),
    audit: 'change',
  }),
  'mentoring:mentors': channel<MentorSummary[]>()({
    input: z
      .object({ status: z.enum(MENTOR_STATUSES).nullable().default(null), regionId: id.nullable().default(null) })
      .strict(),
    audit: 'view',
  }),
  'mentoring:mentor': channel<MentorView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  /** Creates (status in opleiding) or updates a mentor's profile; the status has its own channel. */
  'mentoring:save-mentor': channel<MentorView>()({ input: mentorInput, audit: 'change' }),
  'mentoring:set-mentor-status': channel<MentorView>()({
    input: z.object({ id, status: z.enum(MENTOR_STATUSES), datum: isoDate, toelichting: note(1000) }).strict(),
    audit: 'change',
  }),
  'mentoring:trainings': channel<TrainingView[]>()({
    input: z.object({ year: year.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  /** Saves a session and its attendance; attendees who complete the required modules become inzetbaar. */
  'mentoring:save-training': channel<TrainingView>()({
    input: z
      .object({
        id: id.optional(),
        datum: isoDate,
        soort: z.enum(TRAINING_KINDS),
        module: code,
        trainer: note(120),
        regionId: id.nullable().default(null),
        toelichting: note(2000),
        attendees: z.array(id).max(200).default([]),
      })
      .strict(),
    audit: 'change',
  }),
  'mentoring:activities': channel<ActivityView[]>()({
    input: z.object({ year: year.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  'mentoring:save-activity': channel<ActivityView>()({ input: activityInput, audit: 'change' }),
  'mentoring:dashboard': channel<MentorDashboard>()({ input: z.object({ year }).strict(), audit: 'view' }),
  /** The anonymised trajectories of the period with a codebook, for the external evaluation. */
  'mentoring:export': channel<{ saved: boolean; fileName: string | null; codebookFileName: string | null }>()({
    input: z
      .object({ fromYear: year, toYear: year, format: z.enum(['csv', 'xlsx']), reason: reasonSchema })
      .strict()
      .refine((f) => f.fromYear <= f.toYear, { path: ['toYear'], error: 'validation.yearOrder' }),
    audit: 'export',
  }),
};
