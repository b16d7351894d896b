// The configurable lists (ideologie, ernst, besluit, interventie, bron, partner), the ZVH regions
// and the municipalities, read once per session: every case screen turns codes into labels and
// fills its choices from here. Labels come from the database (a beheerder may rename them), so
// they are shown as they are stored, in Dutch.
import type { ListName, ListValue, ReferenceData } from '../../../src-shared/ipc/lists';
import { useBridgeQuery } from '../../kit/bridge';

export function useReferenceData() {
  // The lists change only when a beheerder edits them; the cache is dropped at every session end.
  return useBridgeQuery('lists:get', {}, { staleTime: Infinity });
}

/** The label of a code, or the code itself when the list no longer knows it (nothing is hidden). */
export function listLabel(reference: ReferenceData | undefined, list: ListName, code: string | null): string {
  if (code === null) return '';
  return reference?.lists[list].find((value) => value.code === code)?.label ?? code;
}

/** The values a form may offer: the active ones, plus the current value when it was deactivated. */
export function choices(reference: ReferenceData | undefined, list: ListName, current?: string | null): ListValue[] {
  return (reference?.lists[list] ?? []).filter((value) => value.active || value.code === current);
}

export function regionName(reference: ReferenceData | undefined, id: number): string {
  return reference?.regions.find((region) => region.id === id)?.name ?? '';
}

export function gemeenteName(reference: ReferenceData | undefined, id: number): string {
  return reference?.gemeenten.find((gemeente) => gemeente.id === id)?.name ?? '';
}
