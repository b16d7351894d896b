// Mentor trajectories (ONE-on-ONE): a young person's trajectory from registration to the end,
// with matching, goals, contact, evaluation and consultant support moments and the status
// timeline. Scoped to the caller's ZVH regions; one opened from a casus follows its need-to-know.
import { z } from 'zod';
import {
  CONTACT_TYPES,
  EIND_REDENEN,
  EVALUATIE_SOORTEN,
  TRAJECTORY_STATUSES,
  UITKOMSTEN,
  type ContactType,
  type EvaluatieSoort,
  type MentorSuggestion,
  type TrajectoryBron,
  type TrajectoryStatus,
} from '../domain/mentoring';
import { loadedVersion } from './version';
import { channel } from './channel';
import type { Ref, StatusEntry } from './mentoring';
import { isoDate } from './persons';
import { recordId } from './record-id';

const id = recordId;
const code = z.string().regex(/^[a-z0-9_]{1,40}$/);
const note = (max: number) => z.string().trim().max(max).default('');

export interface TrajectorySummary {
  id: number;
  code: string;
  status: TrajectoryStatus;
  bron: TrajectoryBron;
  /**
   * The plan van aanpak intervention it came from: the dossier links to its trajectory. Only sent to
   * who may see the casus (a trajectory of a casus the caller may not see is not sent at all).
   */
  caseActionId: number | null;
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

export interface TrajectoryView extends TrajectorySummary {
  /** The casus it came from, when the caller may see it. */
  casus: { id: number; number: string } | null;
  aanmelderPartner: string | null;
  menteeRoepnaam: string;
  menteeGeboortejaar: number | null;
  eindReden: string | null;
  uitkomst: string | null;
  doelen: Doel[];
  timeline: (StatusEntry<TrajectoryStatus> & { mentor: Ref | null })[];
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
  /** The version of the trajectory's goals (the goals form sends it back). */
  version: number;
}

export const doelSchema = z
  .object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), tekst: z.string().trim().min(2).max(500), behaald: z.boolean() })
  .strict();

const fromIntervention = z
  .object({
    bron: z.literal('casus_interventie'),
    caseActionId: id,
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

export const openTrajectoryInput = z.discriminatedUnion('bron', [fromIntervention, fromPartner]);

const trajectoryRecord = { trajectoryId: id, datum: isoDate };

export const trajectoryChannels = {
  'trajectories:matches': channel<MentorSuggestion[]>()({
    input: z.object({ trajectoryId: id }).strict(),
    audit: 'view',
  }),
  'trajectories:list': channel<TrajectorySummary[]>()({
    input: z
      .object({ status: z.enum(TRAJECTORY_STATUSES).nullable().default(null), mentorId: id.nullable().default(null) })
      .strict(),
    audit: 'view',
  }),
  /** The whole trajectory, contact notes included: audited as a view of sensitive data. */
  'trajectories:get': channel<TrajectoryView>()({ input: z.object({ id }).strict(), audit: 'view' }),
  'trajectories:open': channel<TrajectoryView>()({ input: openTrajectoryInput, audit: 'change' }),
  /** Matches a mentor (status gematcht); also used to change the mentor of a running trajectory. */
  'trajectories:assign': channel<TrajectoryView>()({
    input: z.object({ id, mentorId: id, datum: isoDate, toelichting: note(1000) }).strict(),
    audit: 'change',
  }),
  'trajectories:set-status': channel<TrajectoryView>()({
    input: z
      .object({
        id,
        to: z.enum(TRAJECTORY_STATUSES),
        datum: isoDate,
        toelichting: note(1000),
        eindReden: z.enum(EIND_REDENEN).nullable().default(null),
        uitkomst: z.enum(UITKOMSTEN).nullable().default(null),
      })
      .strict(),
    audit: 'change',
  }),
  'trajectories:save-goals': channel<TrajectoryView>()({
    input: z.object({ id, doelen: z.array(doelSchema).max(20), version: loadedVersion }).strict(),
    audit: 'change',
  }),
  'trajectories:add-contact': channel<TrajectoryView>()({
    input: z
      .object({
        ...trajectoryRecord,
        duurMinuten: z.number().int().min(0).max(1440),
        type: z.enum(CONTACT_TYPES),
        notitie: note(1000),
      })
      .strict(),
    audit: 'change',
  }),
  'trajectories:add-evaluation': channel<TrajectoryView>()({
    input: z
      .object({
        ...trajectoryRecord,
        soort: z.enum(EVALUATIE_SOORTEN),
        evalRoundId: id.nullable().default(null),
        notitie: note(2000),
      })
      .strict(),
    audit: 'change',
  }),
  'trajectories:add-support': channel<TrajectoryView>()({
    input: z.object({ ...trajectoryRecord, consultantId: id, notitie: note(2000) }).strict(),
    audit: 'change',
  }),
};
