// The registry of keys the renderer builds at runtime (t(`cases.signalStatus.${status}`)): for each
// pattern, as the source writes it with `*` for each ${...}, the values the `*` can take. The keys
// test expands every pattern and checks each key exists in nl and en, and fails on a pattern in the
// source that is not registered here. So a new dynamic key means: add its line, naming the values.
//
// Values come from the domain constants where there is one (CASE_STATES, ROLES, ...), or from a
// union type through `all<T>()`, which the compiler checks to hold every member. A list written
// out here (table columns, a screen's own choices) says where it comes from.
//
// A pattern whose values are open (a channel name, a field name, a list value from the database)
// is `open(...)`; the code must then fall back when the key is missing (i18n.exists / defaultValue)
// and the reason says how. Keys under an open pattern count as used but are not all required.
import { AUDIT_GROUPS, AUDIT_KINDS } from '../../../src-shared/ipc/audit';
import type { SignalView } from '../../../src-shared/ipc/cases';
import type { ArticleChangeView, ShareAnswerView } from '../../../src-shared/ipc/convenant';
import { ERROR_CODES } from '../../../src-shared/ipc/errors';
import type { RecommendationView } from '../../../src-shared/ipc/evaluations';
import { LIST_NAMES } from '../../../src-shared/ipc/lists';
import { ATTENDANCE, ITEM_KINDS, type MeetingView } from '../../../src-shared/ipc/meetings';
import { CHECK_IN_RECORDS, CONFLICT_TAKES, type ConflictCopy } from '../../../src-shared/ipc/meeting-check-out';
import { GESLACHTEN } from '../../../src-shared/ipc/persons';
import type { KnownCopy } from '../../../src-shared/ipc/retention';
import { SEARCH_SORTS } from '../../../src-shared/ipc/search';
import type { MyWork } from '../../../src-shared/ipc/work';
import type { AdminPolicyProblem } from '../../../src-shared/domain/admin-policy';
import { AGE_BANDS } from '../../../src-shared/domain/age';
import { ACTION_STATUSES, CASE_OUTCOMES, CASE_STATES, DECISION_EFFECTS } from '../../../src-shared/domain/casus';
import { CONVENANT_STATUSES, DATA_CATEGORIES, PROCESS_STEPS, TOPICS } from '../../../src-shared/domain/convenant';
import type { Direction } from '../../../src-shared/domain/evaluation-compare';
import { ANONYMITY, RECOMMENDATION_STATUSES, ROUND_STATUSES } from '../../../src-shared/domain/evaluations';
import { LOCALES } from '../../../src-shared/domain/locale';
import {
  ACTIVITY_TYPES,
  ADVIES_ONDERWERPEN,
  CONTACT_TYPES,
  EIND_REDENEN,
  EVALUATIE_SOORTEN,
  MENTOR_STATUSES,
  TRAINING_KINDS,
  TRAJECTORY_BRONNEN,
  TRAJECTORY_STATUSES,
  UITKOMSTEN,
} from '../../../src-shared/domain/mentoring';
import { DEFAULT_LIKERT_LABELS, QUESTION_TYPES } from '../../../src-shared/domain/questionnaire';
import { ROLES } from '../../../src-shared/domain/roles';
import { statusSteps } from '../../../src-renderer/features/trajectories/trajectory';

/** Open values: the code falls back when the key is missing; `why` says how. */
export interface Open {
  open: string;
}
const open = (why: string): Open => ({ open: why });

/** Each value fills the one `*`; a tuple fills several `*` in order. */
export type Values = readonly (string | readonly string[])[];

/** Every member of a union type; leaving one out is a type error. */
const all =
  <T extends string>() =>
  <const L extends readonly T[]>(
    values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L =>
    values;

/** The figure ids of mentoring/model.ts (the mentor dashboard). */
const DASHBOARD_FIGURES = [
  'active',
  'trajectories',
  'available',
  'trained',
  'trainings',
  'activities',
  'reach',
  'contacts',
];

export const DYNAMIC_KEYS: Record<string, Values | Open> = {
  // shared (common) labels of domain values
  'common:caseStates.*': CASE_STATES,
  'common:caseOutcomes.*': CASE_OUTCOMES,
  'common:actionStatuses.*': ACTION_STATUSES,
  'common:roles.*': ROLES,
  'common:errors.*': ERROR_CODES,
  'common:mentorExport.labels.status.*': TRAJECTORY_STATUSES,
  'common:mentorExport.labels.eindreden.*': EIND_REDENEN,
  'common:mentorExport.labels.uitkomst.*': UITKOMSTEN,
  // A message key handed over as data: FieldError.key (validation.*) and figure notes. The keys
  // test checks each such literal, in the renderer and in core and src-shared, against common.
  'common:*': open('a key from a FieldError or a figure note; the literals that make them are checked'),

  // kit and shell
  'language.*': LOCALES,
  'about.policyProblem.*': all<AdminPolicyProblem['reason']>()(['invalid', 'incomplete', 'unknown', 'unreadable']),

  // vault
  'setup.steps.*': ['welcome', 'admin', 'folder', 'recoveryKey', 'confirm', 'server', 'fingerprint'], // setup/values.ts STEPS, TEAM_STEPS
  'setup.welcome.*.label': ['new', 'demo', 'restore', 'team'], // WelcomeStep CHOICES
  'setup.welcome.*.description': ['new', 'demo', 'restore', 'team'],

  // work
  'work.sections.*.title': all<keyof MyWork>()([
    'overdueActions',
    'dueSoonActions',
    'monitoringDue',
    'awaitingWeging',
    'casesWithoutPlan',
  ]),
  'work.sections.*.empty': all<keyof MyWork>()([
    'overdueActions',
    'dueSoonActions',
    'monitoringDue',
    'awaitingWeging',
    'casesWithoutPlan',
  ]),
  'home.start.descriptions.*': open('a navigation path; StartPage shows no description when the key is missing'),

  // audit
  'audit.kinds.*': AUDIT_KINDS,
  'common:auditLog.groups.*': AUDIT_GROUPS,
  'audit.objectTypes.*': open('a stored object type; audit/labels.ts shows the raw type when the key is missing'),
  'audit.results.*': open('a stored error code; audit/labels.ts falls back to common:errors.*, then the raw code'),

  // cases
  'cases.signalStatus.*': all<SignalView['status']>()(['nieuw', 'meer_informatie', 'gewogen']),
  'cases.tabs.*': ['tijdlijn', 'signalen', 'plan', 'monitoring', 'notities', 'toegang'], // DossierTabs TABS
  'cases.plan.columns.*': ['soort', 'omschrijving', 'actiehouder', 'deadline', 'status'], // PlanTab

  // persons
  'persons.geslacht.*': GESLACHTEN,
  'persons.history.columns.*': ['at', 'field', 'change', 'door', 'reden'], // CorrectionHistory COLUMNS
  'persons.history.fields.*': open('a corrected field; CorrectionHistory shows the raw field name when missing'),

  // signals: why a person may be the same, from core's person matching
  'signals.matches.reasons.*': ['naam', 'alias', 'geboortedatum', 'geboortejaar'],

  // search
  'search.sorts.*': SEARCH_SORTS,
  'search.columns.*': ['number', 'naam', 'geboortejaar', 'gemeente', 'region', 'lastSignal', 'state'], // CaseRow

  // lists
  'lists.names.*': LIST_NAMES,
  'lists.effects.*': DECISION_EFFECTS,

  // retention
  'retention.uitkomst.*': UITKOMSTEN,
  'retention.copies.*': all<KnownCopy['kind']>()(['voor-herstel', 'back-up']),

  // figures
  'figures.bands.*': [...AGE_BANDS, 'onbekend'].map(
    (band) => ({ '<18': 'under18', '18-22': 'from18to22', '23-29': 'from23to29', '30+': 'from30' })[band] ?? 'unknown',
  ), // figureModels BAND_KEYS
  'figures.charts.*': ['ideologie', 'ernst'], // figureModels listFigure

  // meetings
  'meetings.status.*': all<MeetingView['status']>()(['concept', 'vastgesteld']),
  'meetings.attendance.*': ATTENDANCE,
  'meetings.agenda.kinds.*': ITEM_KINDS,
  'meetings.offline.take.*': CONFLICT_TAKES,
  // from core's agenda suggestions (meeting-service); AgendaSection also passes the raw reason as defaultValue
  'meetings.agenda.reasons.*': ['weging', 'monitoring', 'eerste-ico', 'open-actie'],
  // a conflict copy (ConflictCopiesPanel): why its lease had ended, the choices per difference,
  // and the field of a difference (core's names; the panel falls back to the raw name)
  'meetings.conflictCopies.waiting.*': all<ConflictCopy['reason']>()([
    'expired',
    'revoked',
    'checked-in',
    'item-removed',
  ]),
  'meetings.conflictCopies.take.*': CONFLICT_TAKES,
  'meetings.conflictCopies.differenceOf.*': CHECK_IN_RECORDS,
  'meetings.conflictCopies.fields.*': open('check-in-diff.ts names the fields; defaultValue shows the raw name'),

  // convenant
  'convenant.statuses.*': CONVENANT_STATUSES,
  'convenant.categories.*': DATA_CATEGORIES,
  'convenant.steps.*': PROCESS_STEPS,
  'convenant.topics.*': TOPICS,
  'convenant.share.verdicts.*': all<ShareAnswerView['verdict']>()(['voorwaarden', 'niet-geregeld']),
  'convenant.compare.changes.*': all<ArticleChangeView['change']>()([
    'toegevoegd',
    'verwijderd',
    'gewijzigd',
    'gelijk',
  ]),

  // evaluations
  'evaluations.status.*': ROUND_STATUSES,
  'evaluations.anonymity.*': ANONYMITY,
  'evaluations.builder.types.*': QUESTION_TYPES,
  'evaluations.direction.*': all<Direction>()(['hoger', 'lager', 'gelijk', 'onvergelijkbaar']),
  'evaluations.recommendations.status.*': RECOMMENDATION_STATUSES,
  'evaluations.recommendations.pile.*': all<NonNullable<RecommendationView['pile']>>()(['open', 'te-laat', 'afgerond']),
  'evaluations.roundSetup.statusHelp.*': ROUND_STATUSES,
  'evaluations.roundSetup.anonymityHelp.*': ANONYMITY,
  'evaluations.roundSetup.action.*': ['open', 'close', 'reopen'], // RoundSetupPage NEXT
  'evaluationReport.scale.*': DEFAULT_LIKERT_LABELS.map((_, i) => String(i + 1)),
  'evaluationReport.method.anonymity.*': ANONYMITY,

  // mentoring
  'mentoring.status.*': MENTOR_STATUSES,
  'mentoring.kinds.*': TRAINING_KINDS,
  'mentoring.activityTypes.*': ACTIVITY_TYPES,
  'mentoring.tabs.*': ['dashboard', 'mentoren', 'trajecten', 'trainingen', 'activiteiten'], // MentorprojectPage
  'mentoring.detail.*': ['status', 'region', 'places', 'consultant', 'contact', 'toelichting'], // MentorDetail facts
  'mentoring.detail.historyColumns.*': ['datum', 'status', 'toelichting', 'door'], // MentorDetail
  'mentoring.trainings.columns.*': ['datum', 'soort', 'module', 'trainer', 'aanwezig', 'wijzigen'], // TrainingsTab, MentorDetail
  'mentoring.consultants.columns.*': ['naam', 'organisatie', 'actief', 'wijzigen'], // ConsultantsSection
  'mentoring.mentors.columns.*': ['naam', 'status', 'regio', 'plaatsen', 'consultant'], // MentorsTab
  'mentoring.dashboard.figures.*.label': DASHBOARD_FIGURES,
  'mentoring.dashboard.figures.*.detail': DASHBOARD_FIGURES,

  // trajectories
  'trajectories.bron.*': TRAJECTORY_BRONNEN,
  'trajectories.contactTypes.*': CONTACT_TYPES,
  'trajectories.evaluation.soort.*': EVALUATIE_SOORTEN,
  // the plain status steps a person may take by hand, from the same rule the page uses
  'trajectories.steps.*-*': TRAJECTORY_STATUSES.flatMap((from) => statusSteps(from, true).map((to) => [from, to])),
  'trajectories.match.reason.*': ['sameRegion', 'otherRegion'], // trajectory.ts MatchReason ('free' is static)
  'trajectories.columns.*': ['code', 'status', 'bron', 'region', 'mentor', 'aanmeld', 'start', 'eind'], // TrajectoriesList
  'trajectories.match.columns.*': ['mentor', 'region', 'places', 'why'], // MatchSection
  'trajectories.contact.columns.*': ['datum', 'duur', 'type', 'notitie', 'door'], // ContactSection
  'trajectories.support.columns.*': ['datum', 'consultant', 'notitie', 'door'], // SupportSection
  'trajectories.evaluation.columns.*': ['datum', 'soort', 'round', 'notitie', 'door'], // EvaluationSection

  // experts
  'experts.onderwerp.*': ADVIES_ONDERWERPEN,
  'experts.advies.columns.*': ['datum', 'gemeente', 'onderwerp', 'duur', 'expert', 'toelichting'], // AdviesSection
  'experts.list.columns.*': ['expert', 'gemeenten', 'status'], // ExpertsSection
  'experts.overview.columns.*': ['gemeente', 'region', 'experts', 'count', 'time', 'topics', 'expert'], // OverviewSection
};

/** The keys a pattern stands for: each value put in place of the `*`s. */
export function expand(pattern: string, values: Values): string[] {
  return values.map((value) => {
    const parts = typeof value === 'string' ? [value] : [...value];
    const key = pattern.replace(/\*/g, () => parts.shift() ?? '*');
    if (parts.length || key.includes('*')) throw new Error(`${pattern}: ${String(value)} does not fill every *`);
    return key;
  });
}

export const isOpen = (entry: Values | Open): entry is Open => !Array.isArray(entry);
