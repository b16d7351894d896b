import { afterEach, describe, expect, it } from 'vitest';
import { draftWork, heldAmong, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { accountDraftKey, unsavedAccount, type AccountFields } from './heldDrafts';

const EMPTY: AccountFields = { displayName: '', username: '', roles: [], regionIds: [] };

afterEach(() => {
  discardUnsaved('beheer');
  resumeAs('nobody');
});

describe("an account's form over a lock", () => {
  it('holds nothing for an untouched form, nor for a temporary password alone', () => {
    expect(unsavedAccount({ ...EMPTY, temporaryPassword: '' }, EMPTY)).toBeUndefined();
    expect(unsavedAccount({ ...EMPTY, temporaryPassword: 'Geheim-wachtwoord-1' }, EMPTY)).toBeUndefined();
  });

  it('holds what was typed, never the temporary password', () => {
    const typed = {
      ...EMPTY,
      displayName: 'Eva Smit (fictief)',
      username: 'esmit',
      roles: ['procesregisseur' as const],
    };
    const held = unsavedAccount({ ...typed, temporaryPassword: 'Geheim-wachtwoord-1' }, EMPTY);
    expect(held).toEqual(typed);
    expect(JSON.stringify(held)).not.toContain('Geheim-wachtwoord-1');
  });

  it("opens a changed account's form, not a new account's, for the beheerder who typed it", () => {
    resumeAs('beheer');
    const stop = registerWork(
      draftWork(accountDraftKey(3), () => ({ ...EMPTY, displayName: 'Nieuwe naam (fictief)' })),
    );
    holdUnsaved('beheer');
    stop(); // the lock unmounts the form
    resumeAs('beheer');
    expect(heldAmong([{ id: 2 }, { id: 3 }], (account) => accountDraftKey(account.id))).toEqual({ id: 3 });
    expect(isHeld(accountDraftKey(null))).toBe(false);
    resumeAs('sanne');
    expect(isHeld(accountDraftKey(3))).toBe(false);
  });
});
