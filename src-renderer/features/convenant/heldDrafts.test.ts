import { afterEach, describe, expect, it } from 'vitest';
import { changedValues, draftWork, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, heldText, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { NO_SHARE_CHOICES, SYNONYMS_DRAFT_KEY, unsavedShareCheck } from './heldDrafts';
import { formatSynonyms } from './text';

const STORED = formatSynonyms([['rvdk', 'raad voor de kinderbescherming']]);

afterEach(() => {
  discardUnsaved('beheer');
  resumeAs('nobody');
});

describe('the synonym list over a lock', () => {
  it('holds nothing as loaded, and the text typed for the beheerder who typed it', () => {
    expect(changedValues(formatSynonyms([['rvdk', 'raad voor de kinderbescherming']]), STORED)).toBeUndefined();
    const typed = `${STORED}\nggz, geestelijke gezondheidszorg`;
    resumeAs('beheer');
    const stop = registerWork(draftWork(SYNONYMS_DRAFT_KEY, () => changedValues(typed, STORED)));
    holdUnsaved('beheer');
    stop(); // the lock unmounts the editor
    resumeAs('beheer');
    expect(heldText<string>(SYNONYMS_DRAFT_KEY)).toBe(typed);
    resumeAs('sanne');
    expect(isHeld(SYNONYMS_DRAFT_KEY)).toBe(false);
  });
});

describe('the share check over a lock', () => {
  it('holds the choices only while no answer was given for them', () => {
    const chosen = { ...NO_SHARE_CHOICES, from: 'politie', category: 'persoonsgegevens' };
    expect(unsavedShareCheck(NO_SHARE_CHOICES, false)).toBeUndefined();
    expect(unsavedShareCheck(chosen, false)).toEqual(chosen);
    expect(unsavedShareCheck(chosen, true)).toBeUndefined();
  });
});
