// The mentorproject's forms over a lock (kit/heldDraft): a mentor's profile (new, or changed with
// the version it was opened at), a mentor's status change, a training or intervision session, a network activity, a new
// mentorconsultant and the yearly target. The tab is in the address, so the page opens on it
// again; a form behind a button is opened again by its tab (a changed record once its list is in).
import type { MentorStatus } from '../../../src-shared/domain/mentoring';

export function mentorDraftKey(mentorId: number | null): string {
  return `mentoring:mentor:${mentorId ?? 'nieuw'}`;
}

/**
 * A mentor's status change (the form in MentorDetail), held under the status it was typed from: had
 * the status changed meanwhile (a colleague, or automatically after a training), the moves offered
 * differ, so it is not put back in the form (it stays held and the log-out asks).
 */
export function mentorStatusDraftKey(mentorId: number, from: MentorStatus): string {
  return `mentoring:status:${mentorId}:${from}`;
}

/** Both forms of a mentor's profile: MentorsTab opens the profile when either was held. */
export function mentorDraftKeys(mentor: { id: number; status: MentorStatus }): string[] {
  return [mentorDraftKey(mentor.id), mentorStatusDraftKey(mentor.id, mentor.status)];
}

export function trainingDraftKey(sessionId: number | null): string {
  return `mentoring:training:${sessionId ?? 'nieuw'}`;
}

export function activityDraftKey(activityId: number | null): string {
  return `mentoring:activiteit:${activityId ?? 'nieuw'}`;
}

/** The new mentorconsultant's name and organisation (ConsultantsSection, always on the tab). */
export const CONSULTANT_DRAFT_KEY = 'mentoring:consultant:nieuw';

/** The yearly target on the Beleid page (MentorTargetSection). */
export const TARGET_DRAFT_KEY = 'mentoring:doel';
