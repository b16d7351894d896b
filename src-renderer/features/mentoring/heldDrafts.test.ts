import { afterEach, describe, expect, it } from 'vitest';
import { heldAmong, isHeld } from '../../kit/heldDraft';
import { forgetHeld, lockedWith } from '../../kit/heldDraftTesting';
import { resumeAs } from '../../kit/pendingWork';
import {
  activityDraftKey,
  CONSULTANT_DRAFT_KEY,
  mentorDraftKey,
  mentorDraftKeys,
  mentorStatusDraftKey,
  TARGET_DRAFT_KEY,
  trainingDraftKey,
} from './heldDrafts';

afterEach(() => forgetHeld());

const rows = (...ids: number[]) => ids.map((id) => ({ id }));

describe("the mentorproject's forms after an unlock", () => {
  it("opens the changed mentor's profile and form, not a new mentor's", () => {
    lockedWith(mentorDraftKey(4), { values: { naam: 'Anna de Wit (fictief)' }, version: 2 });
    expect(heldAmong(rows(3, 4), (mentor) => mentorDraftKey(mentor.id))).toEqual({ id: 4 });
    expect(isHeld(mentorDraftKey(null))).toBe(false);
  });

  it('keeps a new mentor apart from a changed one', () => {
    lockedWith(mentorDraftKey(null), { values: { naam: 'Cas (fictief)' }, version: undefined });
    expect(isHeld(mentorDraftKey(null))).toBe(true);
    expect(heldAmong(rows(3, 4), (mentor) => mentorDraftKey(mentor.id))).toBeNull();
  });

  it('opens the profile of a mentor whose status change was held, under the status it was typed from', () => {
    lockedWith(mentorStatusDraftKey(5, 'inzetbaar'), {
      to: 'niet_beschikbaar',
      datum: '07-12-2026',
      toelichting: 'Verhuist (fictief)',
    });
    const mentors = [
      { id: 4, status: 'inzetbaar' as const },
      { id: 5, status: 'inzetbaar' as const },
    ];
    expect(heldAmong(mentors, mentorDraftKeys)).toEqual({ id: 5, status: 'inzetbaar' });
    expect(isHeld(mentorDraftKey(5))).toBe(false);
    // Its status changed meanwhile: the moves differ, so neither the profile nor the form takes it back.
    expect(heldAmong([{ id: 5, status: 'niet_beschikbaar' as const }], mentorDraftKeys)).toBeNull();
  });

  it('opens the session or activity of the year whose form was held, each under its own kind', () => {
    lockedWith(trainingDraftKey(7), { trainer: 'J. de Boer (fictief)' });
    expect(heldAmong(rows(6, 7), (session) => trainingDraftKey(session.id))).toEqual({ id: 7 });
    expect(heldAmong(rows(6, 7), (activity) => activityDraftKey(activity.id))).toBeNull();
    lockedWith(activityDraftKey(null), { titel: 'Voorlichting op school (fictief)' });
    expect(isHeld(activityDraftKey(null))).toBe(true);
    expect(isHeld(trainingDraftKey(null))).toBe(false);
  });

  it('keeps a new consultant and the target for the account that typed them', () => {
    lockedWith(CONSULTANT_DRAFT_KEY, { naam: 'M. Bakker (fictief)', organisatie: '' });
    lockedWith(TARGET_DRAFT_KEY, '40');
    expect(isHeld(CONSULTANT_DRAFT_KEY)).toBe(true);
    expect(isHeld(TARGET_DRAFT_KEY)).toBe(true);
    resumeAs('sanne');
    expect(isHeld(CONSULTANT_DRAFT_KEY)).toBe(false);
    expect(isHeld(TARGET_DRAFT_KEY)).toBe(false);
  });
});
