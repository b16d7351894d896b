// The casus: its dossier (everything on one page), transitions, settings, plan van aanpak,
// monitoring and notes.
import { z } from 'zod';
import {
  ACTION_STATUSES,
  CASE_OUTCOMES,
  CASE_STATES,
  type ActionStatus,
  type CaseOutcome,
  type CaseState,
} from '../domain/casus';
import { channel } from './channel';
import { isoDate, type PersonView } from './persons';
import { loadedVersion } from './version';
import { recordId } from './record-id';

const id = recordId;
const code = z.string().min(1, { error: 'validation.required' }).max(40);

export interface SignalView {
  id: number;
  ontvangen: string;
  melderPartner: string;
  melderContact: string;
  omschrijving: string;
  ideologie: string;
  ernst: string;
  bron: string;
  status: 'nieuw' | 'meer_informatie' | 'gewogen';
  /** Age of the person on the day the signal was received (whole years), when known. */
  leeftijd: number | null;
  wegingen: WegingView[];
}

export interface WegingView {
  id: number;
  datum: string;
  besluit: string;
  motivering: string;
  deelnemers: string[];
  door: string;
}

export interface ActionView {
  id: number;
  soort: 'interventie' | 'actie';
  interventietype: string | null;
  omschrijving: string;
  actiehouderPartner: string;
  actiehouderNaam: string;
  actiehouderAccountId: number | null;
  deadline: string;
  status: ActionStatus;
  completedAt: string | null;
  version: number;
}

export interface MonitoringView {
  id: number;
  gepland: string;
  uitgevoerd: string | null;
  bevindingen: string;
  version: number;
}

export type TimelineKind = 'signaal' | 'weging' | 'status' | 'actie' | 'monitoring' | 'notitie';

export interface TimelineItem {
  kind: TimelineKind;
  at: string;
  /** Who did it (display name), when recorded. */
  door: string | null;
  /** Short facts for the line (codes are translated by the renderer). */
  title: string;
  text: string;
  ref: number;
}

export interface CaseDossier {
  id: number;
  number: string;
  state: CaseState;
  outcome: CaseOutcome | null;
  person: PersonView;
  regionId: number;
  region: string;
  procesregisseur: { id: number; displayName: string } | null;
  partners: string[];
  afgeschermd: boolean;
  namedAccounts: { id: number; displayName: string }[];
  openedAt: string;
  closedAt: string | null;
  /** The version of the casus's settings (region, regisseur, partners, shielding). */
  version: number;
  allowedTransitions: CaseState[];
  signals: SignalView[];
  actions: ActionView[];
  monitoring: MonitoringView[];
  timeline: TimelineItem[];
  /** Other cases of the same person that this user may see. */
  otherCases: { id: number; number: string; state: CaseState }[];
}

export const transitionInput = z
  .object({
    id,
    to: z.enum(CASE_STATES),
    toelichting: z.string().trim().min(3, { error: 'validation.reasonRequired' }).max(4000),
    outcome: z.enum(CASE_OUTCOMES).nullable().default(null),
  })
  .strict();

export const actionInput = z
  .object({
    caseId: id,
    id: id.optional(),
    /** The version of the action the form loaded (only when changing an action). */
    version: loadedVersion,
    soort: z.enum(['interventie', 'actie']),
    interventietype: code.nullable().default(null),
    omschrijving: z.string().trim().min(3).max(4000),
    actiehouderPartner: code,
    actiehouderNaam: z.string().trim().min(2).max(120),
    actiehouderAccountId: id.nullable().default(null),
    deadline: isoDate,
    status: z.enum(ACTION_STATUSES).default('open'),
  })
  .strict()
  .refine((a) => a.soort === 'actie' || a.interventietype !== null, {
    path: ['interventietype'],
    error: 'validation.required',
  });

export const caseChannels = {
  'cases:get': channel<CaseDossier>()({ input: z.object({ id }).strict(), audit: 'view' }),
  'cases:transition': channel<CaseDossier>()({ input: transitionInput, audit: 'change' }),
  'cases:update': channel<CaseDossier>()({
    input: z
      .object({
        id,
        regionId: id,
        procesregisseurId: id.nullable(),
        partners: z.array(code).max(30),
        afgeschermd: z.boolean(),
        namedAccountIds: z.array(id).max(50),
        version: loadedVersion,
      })
      .strict(),
    audit: 'change',
  }),
  'cases:note': channel<CaseDossier>()({
    input: z.object({ id, tekst: z.string().trim().min(1).max(20000) }).strict(),
    audit: 'change',
  }),
  'cases:save-action': channel<CaseDossier>()({ input: actionInput, audit: 'change' }),
  'cases:plan-monitoring': channel<CaseDossier>()({
    input: z.object({ id, gepland: isoDate }).strict(),
    audit: 'change',
  }),
  'cases:record-monitoring': channel<CaseDossier>()({
    input: z
      .object({ id, monitoringId: id, bevindingen: z.string().trim().min(3).max(20000), version: loadedVersion })
      .strict(),
    audit: 'change',
  }),
};
