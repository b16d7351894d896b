// The trajectory page's forms over a lock: what was typed in a dialog (a contact moment, an
// evaluation moment, mentorconsultant support, a status step or the end) or in the goals and not
// saved is held under the trajectory (kit/heldDraft); after the unlock the page opens that dialog
// again with it.
import type { TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import { heldText } from '../../kit/pendingWork';

export type TrajectoryDraft = 'contact' | 'evaluatie' | 'ondersteuning' | 'status' | 'doelen';

export function trajectoryDraftKey(trajectoryId: number, form: TrajectoryDraft): string {
  return `trajectories:${form}:${trajectoryId}`;
}

/** The status step (or the end) whose dialog had unsaved fields at a lock, or null. */
export function heldStep(trajectoryId: number): TrajectoryStatus | null {
  return heldText<{ to: TrajectoryStatus }>(trajectoryDraftKey(trajectoryId, 'status'))?.to ?? null;
}
