// Channels renamed after they were released (issue 16: one name per feature). The audit log keeps
// the name an action had when it was written — its rows are hash-chained and never rewritten — so
// the audit screen shows an old entry under today's name, and a filter on today's name finds the
// entries written under the former one too. Add a line here whenever a released channel is renamed.
import type { ChannelName } from './contract';

export const FORMER_CHANNEL_NAMES: Readonly<Record<string, ChannelName>> = {
  'stats:dashboard': 'figures:dashboard',
  'stats:export': 'figures:export',
  'mentor:settings': 'mentoring:settings',
  'mentor:save-settings': 'mentoring:save-settings',
  'mentor:consultants': 'mentoring:consultants',
  'mentor:save-consultant': 'mentoring:save-consultant',
  'mentor:list': 'mentoring:mentors',
  'mentor:get': 'mentoring:mentor',
  'mentor:save': 'mentoring:save-mentor',
  'mentor:set-status': 'mentoring:set-mentor-status',
  'mentor:trainings': 'mentoring:trainings',
  'mentor:save-training': 'mentoring:save-training',
  'mentor:activities': 'mentoring:activities',
  'mentor:save-activity': 'mentoring:save-activity',
  'mentor:dashboard': 'mentoring:dashboard',
  'mentor:export': 'mentoring:export',
  'mentor:matches': 'trajectories:matches',
  'mentor:trajectories': 'trajectories:list',
  'mentor:trajectory': 'trajectories:get',
  'mentor:open-trajectory': 'trajectories:open',
  'mentor:assign': 'trajectories:assign',
  'mentor:trajectory-status': 'trajectories:set-status',
  'mentor:save-goals': 'trajectories:save-goals',
  'mentor:add-contact': 'trajectories:add-contact',
  'mentor:add-evaluation': 'trajectories:add-evaluation',
  'mentor:add-support': 'trajectories:add-support',
};

/** Today's name of an action as the audit log stored it (unchanged when it was never renamed). */
export function currentActionName(action: string): string {
  return Object.prototype.hasOwnProperty.call(FORMER_CHANNEL_NAMES, action) ? FORMER_CHANNEL_NAMES[action]! : action;
}

/** Every name the audit log may hold for an action: today's and the former ones. */
export function storedActionNames(action: string): string[] {
  return [action, ...Object.keys(FORMER_CHANNEL_NAMES).filter((former) => FORMER_CHANNEL_NAMES[former] === action)];
}
