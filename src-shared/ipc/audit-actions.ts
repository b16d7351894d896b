// What the audit log's actions are called and how they are grouped, in one place (issue 21 item 1:
// the officer who checks the log reads "Notulen van een agendapunt opgeslagen", never
// `meetings:save-item`). An action is a channel name, or one of the few names core writes outside
// the channel list (`OUTSIDE_CHANNEL_ACTIONS`); a row written under a former name is read under
// today's (former-names.ts). Each action's text is `auditLog.actions.<feature>.<name>` in the
// common messages (src-shared/i18n), so the screen, the printed sheet and the CSV export read the
// same words; each belongs to one group of the filter (`AUDIT_GROUPS`).
import { AUDIT_GROUPS, type AuditGroup } from './audit';
import { contract, type ChannelName } from './contract';
import { currentActionName, storedActionNames } from './former-names';

export { AUDIT_GROUPS, type AuditGroup };

/**
 * Actions core writes that are not channels: the demo dataset's own entries; a server session's
 * token used from another address than its log-in's; log-ins from an address slowed after many
 * failures (core/server/address-throttle.ts); a background check of the database file; a
 * meeting's check-out that ran out while nobody called.
 */
export const OUTSIDE_CHANNEL_ACTIONS = [
  'demo:seed',
  'session:foreign-address',
  'session:login-slowed',
  'backup:check',
  'meetings:lease-expired',
] as const;

/**
 * Every action the audit log can hold today: every channel (a channel that is not audited still
 * gets a line when it is refused, execute.ts) and the actions outside the channel list.
 */
export const AUDIT_ACTION_NAMES: readonly string[] = [
  ...(Object.keys(contract) as ChannelName[]),
  ...OUTSIDE_CHANNEL_ACTIONS,
];

/** The group of a channel's feature (the part before the colon). */
const GROUP_OF_FEATURE: Readonly<Record<string, AuditGroup>> = {
  session: 'sessions',
  team: 'sessions',
  vault: 'beheer',
  app: 'beheer',
  accounts: 'beheer',
  audit: 'beheer',
  backup: 'beheer',
  policy: 'beheer',
  lists: 'beheer',
  demo: 'beheer',
  print: 'disclosure',
  rights: 'disclosure',
  persons: 'cases',
  signals: 'cases',
  cases: 'cases',
  search: 'cases',
  work: 'cases',
  figures: 'figures',
  retention: 'retention',
  meetings: 'meetings',
  offline: 'meetings',
  convenant: 'convenant',
  evaluations: 'evaluations',
  mentoring: 'mentoring',
  trajectories: 'mentoring',
  experts: 'experts',
};

/** Exceptions to the feature's group: how one gets in, and what leaves the application. */
const GROUP_OF_ACTION: Readonly<Record<string, AuditGroup>> = {
  'vault:recover-key': 'sessions',
  'vault:reset-password': 'sessions',
  'evaluations:kiosk-start': 'sessions',
  'evaluations:kiosk-exit': 'sessions',
  'backup:create': 'beheer',
  // An export's data leaves the application: under "Inzage, export en afdruk", whatever the feature.
  'audit:export': 'disclosure',
  'figures:export': 'disclosure',
  'convenant:export': 'disclosure',
  'evaluations:export-template': 'disclosure',
  'evaluations:export': 'disclosure',
  'mentoring:export': 'disclosure',
  'meetings:extract': 'disclosure',
};

/** The group of an action as stored (a former name counts as today's); `beheer` for an unknown one. */
export function auditGroupOf(action: string): AuditGroup {
  const current = currentActionName(action);
  return GROUP_OF_ACTION[current] ?? GROUP_OF_FEATURE[current.split(':')[0] ?? ''] ?? 'beheer';
}

/** The actions of one group, with their former names: what a filter on the group looks for. */
export function storedActionsOfGroup(group: AuditGroup): string[] {
  return AUDIT_ACTION_NAMES.filter((action) => auditGroupOf(action) === group).flatMap(storedActionNames);
}

/** The common-messages key of an action's text ("session:login" -> auditLog.actions.session.login). */
export function auditActionKey(action: string): string {
  // A colon would be read as a namespace by i18next.
  return `auditLog.actions.${currentActionName(action).replace(':', '.')}`;
}

/** Whether core writes this action today (a row of a later version's action is shown by its raw name). */
export function isKnownAuditAction(action: string): boolean {
  return AUDIT_ACTION_NAMES.includes(currentActionName(action));
}

/** Whether the action's feature has a group of its own (a new feature must say its group; tested). */
export function hasAuditGroup(action: string): boolean {
  const current = currentActionName(action);
  return (
    current in GROUP_OF_ACTION || Object.prototype.hasOwnProperty.call(GROUP_OF_FEATURE, current.split(':')[0] ?? '')
  );
}
