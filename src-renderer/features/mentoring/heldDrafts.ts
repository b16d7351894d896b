// The mentorproject's forms over a lock (kit/heldDraft): a mentor's profile (new, or changed with
// the version it was opened at), a training or intervision session, a network activity, a new
// mentorconsultant and the yearly target. The tab is in the address, so the page opens on it
// again; a form behind a button is opened again by its tab (a changed record once its list is in).

export function mentorDraftKey(mentorId: number | null): string {
  return `mentoring:mentor:${mentorId ?? 'nieuw'}`;
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
