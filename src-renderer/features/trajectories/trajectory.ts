// The rules the trajectory screens show, kept out of the components so they can be tested: which
// status steps a person may take by hand (matching and ending have their own forms), why a mentor
// is suggested, which trajectory belongs to a plan van aanpak intervention, and goal ids.
import {
  TRAJECTORY_TRANSITIONS,
  type MentorSuggestion,
  type TrajectoryStatus,
} from '../../../src-shared/domain/mentoring';
import type { Doel, TrajectorySummary } from '../../../src-shared/ipc/trajectories';

/** The plain status steps: start, pause, resume, back to aangemeld. Matching and ending are forms of their own. */
export function statusSteps(status: TrajectoryStatus, hasMentor: boolean): TrajectoryStatus[] {
  return TRAJECTORY_TRANSITIONS[status].filter(
    (to) => to !== 'gematcht' && to !== 'afgerond' && (to !== 'lopend' || hasMentor),
  );
}

export const isOpen = (status: TrajectoryStatus) => status !== 'afgerond';

export type MatchReason =
  { key: 'sameRegion' } | { key: 'otherRegion' } | { key: 'free'; count: number; capacity: number };

/** Why a mentor stands where it stands in the suggestions: region first, then places left. */
export function matchReasons(suggestion: MentorSuggestion): MatchReason[] {
  return [
    suggestion.sameRegion ? { key: 'sameRegion' } : { key: 'otherRegion' },
    { key: 'free', count: suggestion.free, capacity: suggestion.capacity },
  ];
}

/**
 * The trajectory of a plan van aanpak intervention: the open one if there is one, otherwise the
 * most recently opened (ended) one; null when none was opened from it.
 */
export function trajectoryForAction(
  trajectories: readonly TrajectorySummary[],
  actionId: number,
): TrajectorySummary | null {
  const mine = trajectories.filter((t) => t.caseActionId === actionId);
  return mine.find((t) => isOpen(t.status)) ?? mine.sort((a, b) => b.id - a.id)[0] ?? null;
}

/** A new goal id (d1, d2, …) not used yet in the list. */
export function nextGoalId(doelen: readonly Doel[]): string {
  const used = new Set(doelen.map((d) => d.id));
  let n = doelen.length + 1;
  while (used.has(`d${n}`)) n += 1;
  return `d${n}`;
}

/** What a timeline row records: the aanmelding, a change of mentor (status unchanged) or a status change. */
export function timelineKind(entry: {
  from: TrajectoryStatus | null;
  to: TrajectoryStatus;
}): 'opened' | 'mentor' | 'status' {
  if (entry.from === null) return 'opened';
  return entry.from === entry.to ? 'mentor' : 'status';
}
