// The meetings' forms over a lock (kit/heldDraft). The weging dialog of the live minutes: the
// besluit chosen and the motivering typed and not recorded are held under the agenda item and its
// besluit row; the dialog and the item shown are not in the address, so after the unlock the
// minutes open on that item with the dialog open again. A meeting's details (its page reopens the
// dialog), an addendum and a new meeting (its own route) are held too.
import type { Minutes } from '../../../src-shared/ipc/meetings';
import { heldAmong } from '../../kit/heldDraft';

/** Gegevens wijzigen on the meeting's page: the details with the meeting's version. */
export function detailsDraftKey(meetingId: number): string {
  return `meetings:gegevens:${meetingId}`;
}

/** An addendum to adopted minutes (MeetingPage's addenda, always on the page once adopted). */
export function addendumDraftKey(meetingId: number): string {
  return `meetings:addendum:${meetingId}`;
}

/** Overleg plannen (/overleggen/nieuw): the details of a meeting not created yet. */
export const NEW_MEETING_DRAFT_KEY = 'meetings:nieuw';

export function wegingDraftKey(itemId: number, besluitId: string): string {
  return `meetings:weging:${itemId}:${besluitId}`;
}

/** The item (its place on the agenda) and besluit row whose weging dialog held fields at a lock. */
export interface HeldWeging {
  index: number;
  besluitId: string;
}

/**
 * The weging dialog to open again, or null. `items` in agenda order with the minutes as the screen
 * starts with them (held minutes included: the besluit row may not have been saved before the lock).
 */
export function heldWeging(items: readonly { id: number; minutes: Minutes }[]): HeldWeging | null {
  for (const [index, item] of items.entries()) {
    const besluit = heldAmong(item.minutes.besluiten, (row) => wegingDraftKey(item.id, row.id));
    if (besluit) return { index, besluitId: besluit.id };
  }
  return null;
}
