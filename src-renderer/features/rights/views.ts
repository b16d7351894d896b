// The views in an inzage, as a reader takes them in: one line per person and action per day and
// stretch, with how often ("Casus bekeken, 5×, 10:02–10:40") instead of five identical lines. Only
// views that follow each other are taken together, so the order of who looked when stays true.
import type { InzageEvent } from '../../../src-shared/ipc/rights';

export interface ViewGroup {
  first: string;
  last: string;
  door: string | null;
  action: string;
  count: number;
}

/** The local calendar day of an ISO instant (the day the reader sees in the times). */
const dayOf = (at: string) => new Date(at).toDateString();

export function groupViews(views: readonly InzageEvent[]): ViewGroup[] {
  const groups: ViewGroup[] = [];
  for (const view of views) {
    const previous = groups.at(-1);
    if (
      previous &&
      previous.door === view.door &&
      previous.action === view.action &&
      dayOf(previous.last) === dayOf(view.at)
    ) {
      previous.last = view.at;
      previous.count += 1;
    } else groups.push({ first: view.at, last: view.at, door: view.door, action: view.action, count: 1 });
  }
  return groups;
}
