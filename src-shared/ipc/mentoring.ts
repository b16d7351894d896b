// Mentorproject ONE-on-ONE: mentors and their training, trajectories (matching, goals, contact,
// evaluation and consultant support moments, the status timeline), network activities, the year
// dashboard against the target, and the anonymised dataset for the external evaluation.
import { z } from 'zod';
import {
  ACTIVITY_TYPES,
  CONTACT_TYPES,
  EIND_REDENEN,
  EVALUATIE_SOORTEN,
  MENTOR_STATUSES,
  TRAINING_KINDS,
  TRAJECT_STATUSES,
  UITKOMSTEN,
  type ActivityType,
  type ContactType,
  type EvaluatieSoort,
  type MentorStatus,
  type MentorSuggestion,
  type TrainingKind,
  type TrainingModule,
  type TrajectBron,
  type TrajectStatus,
} from '../domain/mentoring';
import type { MentorDashboard } from '../domain/mentoring-dashboard';
import { reasonSchema } from './audit';
import { channel } from './channel';
import { isoDate } from './persons';

const id = z.number().int().positive();
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
  trajectories: { id: number; code: string; status: TrajectStatus }[];
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

export interface TrajectSummary {
  id: number;
  code: string;
  status: TrajectStatus;
  bron: TrajectBron;
  /**
   * The plan van aanpak intervention it came from: the dossier links to its trajectory. Only sent to
   * who may see the casus (a trajectory of a casus the caller may not see is not sent at all).
   */
  casusActionId: number | null;
  regionId: number;
  gemeenteId: number | null;
  aanmeldDatum: string;
  startDatum: string | null;
  eindDatum: string | null;
  mentor: Ref | null;
}

export interface Doel {
  id: string;
  tekst: string;
  behaald: boolean;
}

export interface TrajectView extends TrajectSummary {
  /** The casus it came from, when the caller may see it. */
  casus: { id: number; number: string } | null;
  aanmelderPartner: string | null;
  menteeRoepnaam: string;
  menteeGeboortejaar: number | null;
  eindReden: string | null;
  uitkomst: string | null;
  doelen: Doel[];
  timeline: (StatusEntry<TrajectStatus> & { mentor: Ref | null })[];
  contacts: {
    id: number;
    datum: string;
    duurMinuten: number;
    type: ContactType;
    notitie: string;
    door: string | null;
  }[];
  evaluaties: {
    id: number;
    datum: string;
    soort: EvaluatieSoort;
    evalRound: { id: number; titel: string } | null;
    notitie: string;
    door: string | null;
  }[];
  support: { id: number; datum: string; consultant: Ref; notitie: string; door: string | null }[];
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

export const doelSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), tekst: z.string().trim().min(2).max(500), behaald: z.boolean() })
  .strict();

const fromIntervention = z
  .object({
    bron: z.literal('casus_interventie'),
    casusActionId: id,
    aanmeldDatum: isoDate,
    menteeRoepnaam: z.string().trim().max(60).default(''),
    doelen: z.array(doelSchema).max(20).default([]),
  })
  .strict();

const fromPartner = z
  .object({
    bron: z.literal('aanmelding_partner'),
    aanmelderPartner: code,
    regionId: id,
    gemeenteId: id.nullable().default(null),
    aanmeldDatum: isoDate,
    menteeRoepnaam: z.string().trim().max(60).default(''),
    menteeGeboortejaar: z.number().int().min(1950).max(2100).nullable().default(null),
    doelen: z.array(doelSchema).max(20).default([]),
  })
  .strict();

export const openTrajectInput = z.discriminatedUnion('bron', [fromIntervention, fromPartner]);

export const mentorInput = z
  .object({
    id: id.optional(),
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

const trajectRecord = { trajectId: id, datum: isoDate };

export const mentoringChannels = {
  'mentor:settings': channel<MentoringSettings>()({ input: z.object({}).strict(), audit: 'none' }),
  'mentor:save-settings': channel<MentoringSettings>()({
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
  'mentor:consultants': channel<ConsultantView[]>()({ input: z.object({}).strict(), audit: 'view' }),
  'mentor:save-consultant': channel<ConsultantView>()({
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
  'mentor:list': channel<MentorSummary[]>()({
    input: z
      .object({ status: z.enum(MENTOR_STATUSES).nullable().default(null), regionId: id.nullable().default(null) })
      .strict(),
    audit: 'view',
  }),
  'mentor:get': channel<MentorView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  /** Creates (status in opleiding) or updates a mentor's profile; the status has its own channel. */
  'mentor:save': channel<MentorView>()({ input: mentorInput, audit: 'change' }),
  'mentor:set-status': channel<MentorView>()({
    input: z.object({ id, status: z.enum(MENTOR_STATUSES), datum: isoDate, toelichting: note(1000) }).strict(),
    audit: 'change',
  }),
  'mentor:trainings': channel<TrainingView[]>()({
    input: z.object({ year: year.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  /** Saves a session and its attendance; attendees who complete the required modules become inzetbaar. */
  'mentor:save-training': channel<TrainingView>()({
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
  'mentor:matches': channel<MentorSuggestion[]>()({ input: z.object({ trajectId: id }).strict(), audit: 'view' }),
  'mentor:trajectories': channel<TrajectSummary[]>()({
    input: z
      .object({ status: z.enum(TRAJECT_STATUSES).nullable().default(null), mentorId: id.nullable().default(null) })
      .strict(),
    audit: 'view',
  }),
  /** The whole trajectory, contact notes included: audited as a view of sensitive data. */
  'mentor:trajectory': channel<TrajectView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  'mentor:open-trajectory': channel<TrajectView>()({ input: openTrajectInput, audit: 'change' }),
  /** Matches a mentor (status gematcht); also used to change the mentor of a running trajectory. */
  'mentor:assign': channel<TrajectView>()({
    input: z.object({ id, mentorId: id, datum: isoDate, toelichting: note(1000) }).strict(),
    audit: 'change',
  }),
  'mentor:trajectory-status': channel<TrajectView>()({
    input: z
      .object({
        id,
        to: z.enum(TRAJECT_STATUSES),
        datum: isoDate,
        toelichting: note(1000),
        eindReden: z.enum(EIND_REDENEN).nullable().default(null),
        uitkomst: z.enum(UITKOMSTEN).nullable().default(null),
      })
      .strict(),
    audit: 'change',
  }),
  'mentor:save-goals': channel<TrajectView>()({
    input: z.object({ id, doelen: z.array(doelSchema).max(20) }).strict(),
    audit: 'change',
  }),
  'mentor:add-contact': channel<TrajectView>()({
    input: z
      .object({
        ...trajectRecord,
        duurMinuten: z.number().int().min(0).max(1440),
        type: z.enum(CONTACT_TYPES),
        notitie: note(1000),
      })
      .strict(),
    audit: 'change',
  }),
  'mentor:add-evaluation': channel<TrajectView>()({
    input: z
      .object({
        ...trajectRecord,
        soort: z.enum(EVALUATIE_SOORTEN),
        evalRoundId: id.nullable().default(null),
        notitie: note(2000),
      })
      .strict(),
    audit: 'change',
  }),
  'mentor:add-support': channel<TrajectView>()({
    input: z.object({ ...trajectRecord, consultantId: id, notitie: note(2000) }).strict(),
    audit: 'change',
  }),
  'mentor:activities': channel<ActivityView[]>()({
    input: z.object({ year: year.nullable().default(null) }).strict(),
    audit: 'view',
  }),
  'mentor:save-activity': channel<ActivityView>()({ input: activityInput, audit: 'change' }),
  'mentor:dashboard': channel<MentorDashboard>()({ input: z.object({ year }).strict(), audit: 'view' }),
  /** The anonymised trajectories of the period with a codebook, for the external evaluation. */
  'mentor:export': channel<{ saved: boolean; fileName: string | null; codebookFileName: string | null }>()({
    input: z
      .object({ fromYear: year, toYear: year, format: z.enum(['csv', 'xlsx']), reason: reasonSchema })
      .strict()
      .refine((f) => f.fromYear <= f.toYear, { path: ['toYear'], error: 'validation.yearOrder' }),
    audit: 'export',
  }),
};
