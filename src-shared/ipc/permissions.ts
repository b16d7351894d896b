// Who may call which channel: the one permission table. The router enforces it for every call;
// the renderer reads it only to hide what a user cannot use. TypeScript requires an entry for
// every channel of the contract, so a new channel cannot be forgotten here.
import type { ChannelName } from './contract';
import { ROLES, type Role } from '../domain/roles';

export type Access =
  /** Anyone, also before login (first run, login screen). */
  | 'public'
  /** Any logged-in account, also one that must still change its temporary password. */
  | 'session-always'
  /** Any logged-in account. */
  | 'session'
  /** Accounts holding at least one of these roles. */
  | readonly Role[]
  /**
   * Only the admin CLI (`npm run cter`), logged in or not: a core created with `cli: true`. These
   * are the emergency and maintenance operations of someone with the database files in hand (the
   * recovery key's uses, a demo database at a chosen path); the app's core refuses them whoever
   * calls, so the renderer can never reach them.
   */
  | 'cli';

const BEHEERDER: readonly Role[] = ['beheerder'];
const EVERY_ROLE: readonly Role[] = ROLES;
/**
 * Every role of a house (a ZVH): all but the provincial coordinator, who sees figures only in the
 * form that passes disclosure control (the export), never the exact counts of the dashboard.
 */
const HOUSE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'coordinator');
/** Who works with persons and cases; the notulist reads them for the minutes. */
const CASE_VIEW: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert', 'notulist'];
const CASE_EDIT: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert'];
/** Who runs meetings and takes their minutes (vaststellen: only the meeting's chair, in core). */
const MEETINGS: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert', 'notulist'];
/** A meeting's check-out lease: read and revoked by its holder, and by a beheerder for a lost laptop. */
const MEETINGS_AND_BEHEER: readonly Role[] = [...MEETINGS, 'beheerder'];
/** Who reads evaluations (templates, rounds, figures, reports, recommendations). */
const EVAL_VIEW: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert', 'evaluator'];
/**
 * Who reads rounds in the disclosure-controlled form too: the provincial coordinator reads every
 * house's rounds, their analysis, comparison, report and anonymised export (core gives her the
 * province form: evaluations/province.ts), never a response, the kiosk or an edit.
 */
const EVAL_PROVINCE: readonly Role[] = [...EVAL_VIEW, 'coordinator'];
/** Who builds templates, runs rounds, enters responses and tracks recommendations. */
const EVAL_EDIT: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert'];
/** Who runs the mentor project: mentors, trainings, trajectories, activities. */
const MENTOR_WORK: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert'];
/** Who reads the mentor project's figures and delivers the anonymised dataset (no personal data). */
const MENTOR_FIGURES: readonly Role[] = ['procesregisseur', 'gemeentelijk_expert', 'evaluator'];
/** The settings (target, modules) are read by everyone who works with or reports on the project. */
const MENTOR_SETTINGS: readonly Role[] = ['beheerder', 'procesregisseur', 'gemeentelijk_expert', 'evaluator'];
/** The experts' consultations: the experts record them; the ZVH and the evaluator read them. */
const EXPERTS_READ: readonly Role[] = ['beheerder', 'procesregisseur', 'gemeentelijk_expert', 'evaluator'];

export const PERMISSIONS = {
  'app:info': 'public',
  'app:set-locale': 'public',
  'vault:status': 'public',
  'vault:prepare-setup': 'public',
  'vault:choose-folder': 'public',
  'vault:setup': 'public',
  'vault:setup-demo': 'public',
  'vault:leave-demo': 'public',
  'vault:restore-backup': 'public',
  'vault:rekey': BEHEERDER,
  'vault:seed-demo': BEHEERDER,
  'vault:create-demo': 'cli',
  'vault:recover-key': 'cli',
  'vault:reset-password': 'cli',
  'session:login': 'public',
  'session:lock': 'session-always',
  'session:logout': 'session-always',
  'session:activity': 'session-always',
  'session:change-password': 'session-always',
  'team:probe': 'public',
  'team:connect': 'public',
  'accounts:list': BEHEERDER,
  'accounts:create': BEHEERDER,
  'accounts:update': BEHEERDER,
  'accounts:deactivate': BEHEERDER,
  'accounts:reset-password': BEHEERDER,
  'audit:query': BEHEERDER,
  'audit:verify': BEHEERDER,
  'audit:export': BEHEERDER,
  'backup:create': BEHEERDER,
  'backup:check-status': BEHEERDER,
  'backup:restore': BEHEERDER,
  'policy:get': BEHEERDER,
  'policy:update': BEHEERDER,
  'print:view': EVERY_ROLE,
  'print:recovery-key': 'public',
  'lists:get': 'session',
  'lists:save': BEHEERDER,
  'lists:save-regions': BEHEERDER,
  'persons:matches': CASE_VIEW,
  'persons:get': CASE_VIEW,
  'persons:update': CASE_EDIT,
  'signals:register': CASE_EDIT,
  'signals:weigh': CASE_EDIT,
  'cases:get': CASE_VIEW,
  'cases:transition': CASE_EDIT,
  'cases:update': CASE_EDIT,
  'cases:note': CASE_EDIT,
  'cases:save-action': CASE_EDIT,
  'cases:plan-monitoring': CASE_EDIT,
  'cases:record-monitoring': CASE_EDIT,
  'search:query': CASE_VIEW,
  'work:mine': CASE_VIEW,
  'figures:dashboard': HOUSE_ROLES,
  'figures:published': EVERY_ROLE,
  'figures:export': EVERY_ROLE,
  'retention:due': BEHEERDER,
  'retention:due-trajectories': BEHEERDER,
  'retention:due-count': BEHEERDER,
  'retention:destroy': BEHEERDER,
  'retention:copies': BEHEERDER,
  'retention:delete-copies': BEHEERDER,
  'rights:inzage': CASE_EDIT,
  'rights:inzage-export': CASE_EDIT,
  'persons:restrict': CASE_EDIT,
  'meetings:list': MEETINGS,
  'meetings:get': MEETINGS,
  'meetings:create': MEETINGS,
  'meetings:update': MEETINGS,
  'meetings:colleagues': MEETINGS,
  'meetings:save-agenda': MEETINGS,
  'meetings:suggestions': MEETINGS,
  'meetings:item-context': MEETINGS,
  'meetings:save-item': MEETINGS,
  'meetings:record-weging': CASE_EDIT,
  'meetings:adopt': MEETINGS,
  'meetings:addendum': MEETINGS,
  'meetings:extract': MEETINGS,
  'meetings:check-out': MEETINGS,
  'meetings:lease': MEETINGS_AND_BEHEER,
  'meetings:revoke-lease': MEETINGS_AND_BEHEER,
  'meetings:checkout-package': MEETINGS,
  'meetings:check-in': MEETINGS,
  'meetings:resolve-check-in': MEETINGS,
  'meetings:conflict-copies': MEETINGS_AND_BEHEER,
  'meetings:resolve-conflict-copy': MEETINGS_AND_BEHEER,
  'meetings:active-leases': BEHEERDER,
  'meetings:actions': MEETINGS,
  'offline:list': 'session',
  'offline:check-out': MEETINGS,
  'offline:remove': 'session',
  'offline:check-in': MEETINGS,
  'offline:resolve': MEETINGS,
  'convenant:versions': EVERY_ROLE,
  'convenant:get': EVERY_ROLE,
  'convenant:search': EVERY_ROLE,
  'convenant:share-check': EVERY_ROLE,
  'convenant:compare': EVERY_ROLE,
  'convenant:import': BEHEERDER,
  'convenant:export': BEHEERDER,
  'convenant:set-status': BEHEERDER,
  'convenant:synonyms': EVERY_ROLE,
  'convenant:save-synonyms': BEHEERDER,
  'convenant:report-question': EVERY_ROLE,
  'convenant:questions': BEHEERDER,
  'convenant:remove-questions': BEHEERDER,
  'convenant:add-synonym': BEHEERDER,
  'evaluations:templates': EVAL_PROVINCE,
  'evaluations:template': EVAL_PROVINCE,
  'evaluations:save-template': EVAL_EDIT,
  'evaluations:template-draft': EVAL_EDIT,
  'evaluations:save-template-draft': EVAL_EDIT,
  'evaluations:discard-template-draft': EVAL_EDIT,
  'evaluations:import-template': EVAL_EDIT,
  'evaluations:export-template': EVAL_VIEW,
  'evaluations:rounds': EVAL_PROVINCE,
  'evaluations:round': EVAL_VIEW,
  'evaluations:round-houses': EVAL_EDIT,
  'evaluations:save-round': EVAL_EDIT,
  'evaluations:set-round-status': EVAL_EDIT,
  'evaluations:responses': EVAL_EDIT,
  'evaluations:save-response': EVAL_EDIT,
  'evaluations:delete-response': EVAL_EDIT,
  'evaluations:kiosk-start': EVAL_EDIT,
  'evaluations:kiosk-form': EVAL_EDIT,
  'evaluations:kiosk-submit': EVAL_EDIT,
  'evaluations:kiosk-exit': EVAL_EDIT,
  'evaluations:analysis': EVAL_PROVINCE,
  'evaluations:province': EVAL_PROVINCE,
  'evaluations:compare': EVAL_PROVINCE,
  'evaluations:report': EVAL_PROVINCE,
  'evaluations:export': EVAL_PROVINCE,
  'evaluations:recommendations': EVAL_VIEW,
  'evaluations:save-recommendation': EVAL_EDIT,
  'evaluations:recommendation-note': EVAL_EDIT,
  'mentoring:settings': MENTOR_SETTINGS,
  'mentoring:save-settings': BEHEERDER,
  'mentoring:consultants': MENTOR_WORK,
  'mentoring:save-consultant': MENTOR_WORK,
  'mentoring:mentors': MENTOR_WORK,
  'mentoring:mentor': MENTOR_WORK,
  'mentoring:save-mentor': MENTOR_WORK,
  'mentoring:set-mentor-status': MENTOR_WORK,
  'mentoring:trainings': MENTOR_WORK,
  'mentoring:save-training': MENTOR_WORK,
  'trajectories:matches': MENTOR_WORK,
  'trajectories:list': MENTOR_WORK,
  'trajectories:get': MENTOR_WORK,
  'trajectories:open': MENTOR_WORK,
  'trajectories:assign': MENTOR_WORK,
  'trajectories:set-status': MENTOR_WORK,
  'trajectories:save-goals': MENTOR_WORK,
  'trajectories:add-contact': MENTOR_WORK,
  'trajectories:add-evaluation': MENTOR_WORK,
  'trajectories:add-support': MENTOR_WORK,
  'mentoring:activities': MENTOR_WORK,
  'mentoring:save-activity': MENTOR_WORK,
  'mentoring:dashboard': MENTOR_FIGURES,
  'mentoring:export': MENTOR_FIGURES,
  'experts:list': EXPERTS_READ,
  'experts:assign': BEHEERDER,
  'experts:save-advies': ['gemeentelijk_expert'],
  'experts:advies': EXPERTS_READ,
  'experts:overview': EXPERTS_READ,
} as const satisfies Record<ChannelName, Access>;

/**
 * What still works while the kiosk runs (evaluations: respondents answer on the user's laptop):
 * the kiosk's own channels, and locking. Everything else is refused until the user leaves the
 * kiosk with the password, public channels included.
 */
export const KIOSK_CHANNELS: readonly ChannelName[] = [
  'evaluations:kiosk-form',
  'evaluations:kiosk-submit',
  'evaluations:kiosk-exit',
  'session:activity',
  'session:lock',
  'vault:status',
  'app:info',
];

export type AccessDecision = 'allowed' | 'not-authenticated' | 'password-change-required' | 'forbidden' | 'kiosk';

export interface Caller {
  roles: readonly Role[];
  mustChangePassword: boolean;
  /** The session is in kiosk mode. */
  kiosk?: boolean;
}

/**
 * The decision for one call; `caller` is null when nobody is logged in. `cli` is true only in the
 * admin CLI's core: it opens the 'cli' channels, and it does not hold a temporary password against
 * the caller (the CLI has no password-change step; its commands always worked with one, e.g. right
 * after `cter reset-password`).
 */
export function decideAccess(channel: ChannelName, caller: Caller | null, cli = false): AccessDecision {
  if (caller?.kiosk && !KIOSK_CHANNELS.includes(channel)) return 'kiosk';
  const access = PERMISSIONS[channel] as Access;
  if (access === 'public' || (access === 'cli' && cli)) return 'allowed';
  if (!caller) return 'not-authenticated';
  if (access === 'session-always') return 'allowed';
  if (caller.mustChangePassword && !cli) return 'password-change-required';
  if (access === 'session') return 'allowed';
  if (access === 'cli') return 'forbidden';
  return access.some((role) => caller.roles.includes(role)) ? 'allowed' : 'forbidden';
}

export function canUse(channel: ChannelName, caller: Caller | null): boolean {
  return decideAccess(channel, caller) === 'allowed';
}
