// The trajectory page's forms over a lock: what was typed in a dialog (a contact moment, an
// evaluation moment, mentorconsultant support, a status step or the end, a mentor assigned) or in
// the goals and not saved is held under the trajectory (kit/heldDraft); after the unlock the page
// opens that dialog again with it. A trajectory being opened (from the list, or from an
// intervention in a casus's plan) is held under where it is opened from.
import type { MentorSuggestion, TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import { heldText } from '../../kit/pendingWork';

export type TrajectoryDraft = 'contact' | 'evaluatie' | 'ondersteuning' | 'status' | 'doelen' | 'koppelen';

/** Where a trajectory is opened from: a partner's aanmelding, or an intervention of a casus's plan. */
export type TrajectorySource = { bron: 'aanmelding_partner' } | { bron: 'casus_interventie'; caseActionId: number };

export function trajectoryDraftKey(trajectoryId: number, form: TrajectoryDraft): string {
  return `trajectories:${form}:${trajectoryId}`;
}

/** The status step (or the end) whose dialog had unsaved fields at a lock, or null. */
export function heldStep(trajectoryId: number): TrajectoryStatus | null {
  return heldText<{ to: TrajectoryStatus }>(trajectoryDraftKey(trajectoryId, 'status'))?.to ?? null;
}

/** The mentor whose assignment (AssignDialog) had unsaved fields at a lock, or null. */
export function heldMentor(trajectoryId: number): MentorSuggestion | null {
  return heldText<{ mentor: MentorSuggestion }>(trajectoryDraftKey(trajectoryId, 'koppelen'))?.mentor ?? null;
}

/** The dialog that opens a trajectory, from the list or from one intervention of a plan. */
export function openingDraftKey(source: TrajectorySource): string {
  return source.bron === 'casus_interventie'
    ? `trajectories:openen:actie:${source.caseActionId}`
    : 'trajectories:openen:aanmelding';
}
