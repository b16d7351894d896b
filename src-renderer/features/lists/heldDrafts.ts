// The list and region editors over a lock (kit/heldDraft): their rows as edited and not saved.
// Every tab of the page stays mounted and the tab is in the address, so each editor takes its own
// rows back after the unlock. Lists and regions carry no version: a save replaces them whole, after
// a lock as before it.
import type { ListName } from '../../../src-shared/ipc/lists';

export function listDraftKey(list: ListName): string {
  return `lists:lijst:${list}`;
}

export const REGIONS_DRAFT_KEY = 'lists:regios';
