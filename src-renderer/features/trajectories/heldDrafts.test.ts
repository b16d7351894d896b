import { afterEach, describe, expect, it } from 'vitest';
import { isHeld } from '../../kit/heldDraft';
import { forgetHeld, lockedWith } from '../../kit/heldDraftTesting';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import { heldMentor, heldStep, openingDraftKey, trajectoryDraftKey } from './heldDrafts';

afterEach(() => forgetHeld());

describe("the trajectory page's dialogs after an unlock", () => {
  it('opens the status step whose fields were held, on that trajectory only', () => {
    lockedWith(trajectoryDraftKey(4, 'status'), { to: 'afgerond', toelichting: 'Doelen behaald (fictief).' });
    expect(heldStep(4)).toBe('afgerond');
    expect(heldStep(5)).toBeNull();
  });

  it('keeps each form of a trajectory under its own key', () => {
    const keys = (['contact', 'evaluatie', 'ondersteuning', 'status', 'doelen', 'koppelen'] as const).map((form) =>
      trajectoryDraftKey(4, form),
    );
    expect(new Set(keys).size).toBe(6);
    expect(trajectoryDraftKey(4, 'contact')).not.toBe(trajectoryDraftKey(5, 'contact'));
  });

  it('opens the assignment of the mentor it was typed for, on that trajectory only', () => {
    const mentor = { id: 9, naam: 'Jamal (fictief)', regionId: 1, free: 1, capacity: 2 } as MentorSuggestion;
    lockedWith(trajectoryDraftKey(4, 'koppelen'), { mentor, datum: '03-12-2026', toelichting: 'Sport samen.' });
    expect(heldMentor(4)).toEqual(mentor);
    expect(heldMentor(5)).toBeNull();
    expect(heldStep(4)).toBeNull();
  });

  it('opens the opening of a trajectory where it was typed: the list, or that intervention', () => {
    lockedWith(openingDraftKey({ bron: 'casus_interventie', caseActionId: 3 }), { roepnaam: 'Sam (fictief)' });
    expect(isHeld(openingDraftKey({ bron: 'casus_interventie', caseActionId: 3 }))).toBe(true);
    expect(isHeld(openingDraftKey({ bron: 'casus_interventie', caseActionId: 4 }))).toBe(false);
    expect(isHeld(openingDraftKey({ bron: 'aanmelding_partner' }))).toBe(false);
  });
});
