import { afterEach, describe, expect, it } from 'vitest';
import { changedValues, draftWork, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, heldText, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { heldAmong } from '../../kit/heldDraft';
import { NO_SHARE_CHOICES, questionSynonymDraftKey, SYNONYMS_DRAFT_KEY, unsavedShareCheck } from './heldDrafts';
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

describe('a synonym pair from a reported question over a lock', () => {
  it("opens that question's dialog again, for the beheerder who chose the pair", () => {
    resumeAs('beheer');
    const stop = registerWork(draftWork(questionSynonymDraftKey('q-2'), () => ({ word: 'rvdk', term: 'raad' })));
    holdUnsaved('beheer');
    stop(); // the lock unmounts the dialog
    resumeAs('beheer');
    const questions = [{ id: 'q-1' }, { id: 'q-2' }];
    expect(heldAmong(questions, (question) => questionSynonymDraftKey(question.id))).toEqual({ id: 'q-2' });
    expect(isHeld(SYNONYMS_DRAFT_KEY)).toBe(false);
    resumeAs('sanne');
    expect(heldAmong(questions, (question) => questionSynonymDraftKey(question.id))).toBeNull();
  });
});
