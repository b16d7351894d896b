// The tabs of the Mentorproject page, read from one list so a part of the project can add its own
// tab in one place. A tab needs the channel of its data: a user sees only the tabs their role can
// use (an evaluator reads the dashboard, not the mentors). The chosen tab is in the address
// (?tab=mentoren), so a link or the back button opens the same tab.
import { canUse, type Caller } from '../../../src-shared/ipc/permissions';
import type { ChannelName } from '../../../src-shared/ipc/contract';

export interface TabEntry {
  /** The value in ?tab= and the end of the i18n key `mentoring.tabs.<key>`. */
  key: string;
  channel: ChannelName;
}

export function visibleTabs<T extends TabEntry>(tabs: readonly T[], user: Caller | null): T[] {
  return tabs.filter((tab) => canUse(tab.channel, user));
}

/** The tab the address asks for, or the first one the user may see. */
export function chosenTab<T extends TabEntry>(tabs: readonly T[], value: string | null): T | null {
  return tabs.find((tab) => tab.key === value) ?? tabs[0] ?? null;
}
