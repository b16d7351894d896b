// Mentorproject ONE-on-ONE: the statuses of mentors and trajectories and the rules that move them,
// defined once. Core enforces them; the renderer offers only what they allow.
//
//   mentor:  in_opleiding -> inzetbaar <-> niet_beschikbaar, and gestopt from anywhere (and back
//            to in_opleiding when someone returns). A mentor becomes inzetbaar by completing every
//            required training module, automatically; never by hand without them.
//   traject: aangemeld -> gematcht -> lopend <-> gepauzeerd -> afgerond, with ending allowed from
//            every open state (an aanmelding can come to nothing).

export const MENTOR_STATUSES = ['in_opleiding', 'inzetbaar', 'niet_beschikbaar', 'gestopt'] as const;
export type MentorStatus = (typeof MENTOR_STATUSES)[number];

export const MENTOR_TRANSITIONS: Readonly<Record<MentorStatus, readonly MentorStatus[]>> = {
  in_opleiding: ['inzetbaar', 'niet_beschikbaar', 'gestopt'],
  inzetbaar: ['niet_beschikbaar', 'gestopt'],
  niet_beschikbaar: ['inzetbaar', 'in_opleiding', 'gestopt'],
  gestopt: ['in_opleiding'],
};

export interface TrainingModule {
  code: string;
  label: string;
  required: boolean;
  active: boolean;
}

/** The required (active) modules a mentor has not yet attended. */
export function missingModules(modules: readonly TrainingModule[], attended: Iterable<string>): string[] {
  const done = new Set(attended);
  return modules.filter((m) => m.required && m.active && !done.has(m.code)).map((m) => m.code);
}

/**
 * Complete when there is at least one required module and every one was attended. With no
 * required modules configured nothing is "complete": the beheerder has not defined the training.
 */
export function trainingComplete(modules: readonly TrainingModule[], attended: Iterable<string>): boolean {
  return modules.some((m) => m.required && m.active) && missingModules(modules, attended).length === 0;
}

/** The status after an attendance was recorded: in opleiding becomes inzetbaar once complete. */
export function statusAfterTraining(
  current: MentorStatus,
  modules: readonly TrainingModule[],
  attended: Iterable<string>,
): MentorStatus {
  return current === 'in_opleiding' && trainingComplete(modules, attended) ? 'inzetbaar' : current;
}

export type MentorStatusCheck = 'ok' | 'not-allowed' | 'training-incomplete';

/** Whether someone may set the status by hand; inzetbaar needs the completed training. */
export function checkMentorStatus(from: MentorStatus, to: MentorStatus, complete: boolean): MentorStatusCheck {
  if (from === to || !MENTOR_TRANSITIONS[from].includes(to)) return 'not-allowed';
  if (to === 'inzetbaar' && !complete) return 'training-incomplete';
  return 'ok';
}

export const TRAINING_KINDS = ['training', 'intervisie'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const TRAJECTORY_STATUSES = ['aangemeld', 'gematcht', 'lopend', 'gepauzeerd', 'afgerond'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

export const TRAJECTORY_TRANSITIONS: Readonly<Record<TrajectoryStatus, readonly TrajectoryStatus[]>> = {
  aangemeld: ['gematcht', 'afgerond'],
  gematcht: ['lopend', 'aangemeld', 'afgerond'],
  lopend: ['gepauzeerd', 'afgerond'],
  gepauzeerd: ['lopend', 'afgerond'],
  afgerond: [],
};

export function canTrajectoryTransition(from: TrajectoryStatus, to: TrajectoryStatus): boolean {
  return TRAJECTORY_TRANSITIONS[from].includes(to);
}

/** A mentor's place is taken by a trajectory from matching until it ends. */
export const OCCUPYING: readonly TrajectoryStatus[] = ['gematcht', 'lopend', 'gepauzeerd'];

/** Where the mentee came from: an intervention in a casus plan, or a partner's direct aanmelding. */
export const TRAJECTORY_BRONNEN = ['casus_interventie', 'aanmelding_partner'] as const;
export type TrajectoryBron = (typeof TRAJECTORY_BRONNEN)[number];

export const CONTACT_TYPES = ['ontmoeting', 'telefonisch', 'online', 'groepsactiviteit'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export const EVALUATIE_SOORTEN = ['mentor', 'mentee'] as const;
export type EvaluatieSoort = (typeof EVALUATIE_SOORTEN)[number];

export const EIND_REDENEN = [
  'doelen_bereikt',
  'gestopt_mentee',
  'gestopt_mentor',
  'doorverwezen',
  'verhuisd',
  'geen_match',
  'overig',
] as const;
export type EindReden = (typeof EIND_REDENEN)[number];

export const UITKOMSTEN = ['positief', 'deels_positief', 'geen_verandering', 'zorgen_toegenomen', 'onbekend'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

export const ACTIVITY_TYPES = ['voorlichting', 'netwerkbijeenkomst', 'training_professionals'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** What a gemeentelijk expert advised a municipality about. */
export const ADVIES_ONDERWERPEN = [
  'signaal_duiding',
  'regierol',
  'casusoverleg',
  'bestuurlijke_maatregel',
  'netwerk_voorlichting',
  'beleid',
  'overig',
] as const;
export type AdviesOnderwerp = (typeof ADVIES_ONDERWERPEN)[number];

export const DEFAULT_MENTEE_TARGET = 10;

export interface MentorCandidate {
  id: number;
  naam: string;
  status: MentorStatus;
  regionId: number;
  capacity: number;
  /** Trajectories occupying the mentor now (gematcht, lopend, gepauzeerd). */
  occupied: number;
}

export interface MentorSuggestion extends MentorCandidate {
  free: number;
  sameRegion: boolean;
}

/**
 * The mentors a new trajectory could go to: inzetbaar with a place left, those of the mentee's
 * region first, then the most places left, then by name (a stable order the team can explain).
 */
export function suggestMentors(candidates: readonly MentorCandidate[], regionId: number | null): MentorSuggestion[] {
  return candidates
    .filter((m) => m.status === 'inzetbaar' && m.capacity - m.occupied > 0)
    .map((m) => ({ ...m, free: m.capacity - m.occupied, sameRegion: regionId !== null && m.regionId === regionId }))
    .sort(
      (a, b) =>
        Number(b.sameRegion) - Number(a.sameRegion) ||
        b.free - a.free ||
        a.naam.localeCompare(b.naam, 'nl') ||
        a.id - b.id,
    );
}

/** The status a dated history says someone had on `day` (yyyy-mm-dd); null before the first entry. */
export function statusOn<S extends string>(history: readonly { datum: string; status: S }[], day: string): S | null {
  let found: S | null = null;
  for (const entry of [...history].sort((a, b) => a.datum.localeCompare(b.datum))) {
    if (entry.datum > day) break;
    found = entry.status;
  }
  return found;
}
