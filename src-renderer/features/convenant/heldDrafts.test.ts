import { afterEach, describe, expect, it } from 'vitest';
import { changedValues, draftWork, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, heldText, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { SYNONYMS_DRAFT_KEY } from './heldDrafts';
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
