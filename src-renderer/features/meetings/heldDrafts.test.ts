import { afterEach, describe, expect, it } from 'vitest';
import type { Minutes } from '../../../src-shared/ipc/meetings';
import { isHeld } from '../../kit/heldDraft';
import { forgetHeld, lockedWith } from '../../kit/heldDraftTesting';
import { resumeAs } from '../../kit/pendingWork';
import { addendumDraftKey, detailsDraftKey, heldWeging, NEW_MEETING_DRAFT_KEY, wegingDraftKey } from './heldDrafts';

/** An agenda item with only what heldWeging reads: its id and the ids of its besluit rows. */
function item(id: number, besluitIds: string[]): { id: number; minutes: Minutes } {
  return { id, minutes: { besluiten: besluitIds.map((rowId) => ({ id: rowId })) } as Minutes };
}

afterEach(() => forgetHeld());

describe('the minutes after an unlock', () => {
  it('open on the item whose weging dialog held fields, with that besluit row', () => {
    lockedWith(wegingDraftKey(12, 'b2'), { code: 'casusoverleg', motivering: 'Met school bespreken (fictief).' });
    expect(heldWeging([item(11, ['b1']), item(12, ['b1', 'b2'])])).toEqual({ index: 1, besluitId: 'b2' });
    // The same row id under another item is another dialog.
    expect(heldWeging([item(11, ['b2'])])).toBeNull();
  });

  it('open as before when nothing was held, or for another account', () => {
    resumeAs('rik');
    expect(heldWeging([item(12, ['b2'])])).toBeNull();
    lockedWith(wegingDraftKey(12, 'b2'), { code: '', motivering: 'Anders (fictief).' });
    resumeAs('sanne');
    expect(heldWeging([item(12, ['b2'])])).toBeNull();
  });

  it("reopen a meeting's details on that meeting only, with the version they were changed over", () => {
    lockedWith(detailsDraftKey(12), { values: { title: 'ICO Noord, verzet (fictief)' }, version: 4 });
    expect(isHeld(detailsDraftKey(12))).toBe(true);
    expect(isHeld(detailsDraftKey(13))).toBe(false);
    expect(isHeld(addendumDraftKey(12))).toBe(false);
    expect(isHeld(NEW_MEETING_DRAFT_KEY)).toBe(false);
    expect(heldWeging([item(12, ['b2'])])).toBeNull();
  });

  it('keep a new meeting for the account that typed it', () => {
    lockedWith(NEW_MEETING_DRAFT_KEY, { title: 'Casusoverleg Zuid (fictief)' });
    expect(isHeld(NEW_MEETING_DRAFT_KEY)).toBe(true);
    resumeAs('sanne');
    expect(isHeld(NEW_MEETING_DRAFT_KEY)).toBe(false);
  });
});
