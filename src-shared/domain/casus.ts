// The casus and its state machine, defined once: core enforces it, the renderer offers only the
// transitions it allows, the figures count by it.
//
//   aangemeld -> in_weging -> casusoverleg -> plan_van_aanpak -> monitoring -> afgeschaald | afgesloten
//
// with the ways back that the work needs (more information, a new casusoverleg, opschalen from
// monitoring) and re-opening a closed casus.

import { addDays, dutchDay } from './format';

export const CASE_STATES = [
  'aangemeld',
  'in_weging',
  'casusoverleg',
  'plan_van_aanpak',
  'monitoring',
  'afgeschaald',
  'afgesloten',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CLOSED_STATES: readonly CaseState[] = ['afgeschaald', 'afgesloten'];
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter((state) => !CLOSED_STATES.includes(state));

export const TRANSITIONS: Readonly<Record<CaseState, readonly CaseState[]>> = {
  aangemeld: ['in_weging', 'casusoverleg', 'afgesloten'],
  in_weging: ['casusoverleg', 'afgesloten'],
  casusoverleg: ['plan_van_aanpak', 'in_weging', 'afgeschaald', 'afgesloten'],
  plan_van_aanpak: ['monitoring', 'casusoverleg', 'afgeschaald', 'afgesloten'],
  monitoring: ['plan_van_aanpak', 'casusoverleg', 'afgeschaald', 'afgesloten'],
  // Re-opening starts the casus again at the beginning.
  afgeschaald: ['aangemeld'],
  afgesloten: ['aangemeld'],
};

export function canTransition(from: CaseState, to: CaseState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isClosed(state: CaseState): boolean {
  return CLOSED_STATES.includes(state);
}

/** Why a casus left the integrated approach; required when it is afgeschaald or afgesloten. */
export const CASE_OUTCOMES = [
  'geen_actie',
  'strafrechtelijk',
  'afgeschaald_regulier',
  'risico_weggenomen',
  'verhuisd',
  'overig',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** What a weging decision does to the casus of its signal. */
export const DECISION_EFFECTS = ['sluiten', 'meer_informatie', 'casusoverleg', 'strafrechtelijk'] as const;
export type DecisionEffect = (typeof DECISION_EFFECTS)[number];

/** The transition (and outcome, when it closes) a decision effect asks for, from state `from`. */
export function effectTransition(effect: DecisionEffect): { to: CaseState; outcome?: CaseOutcome } {
  switch (effect) {
    case 'sluiten':
      return { to: 'afgesloten', outcome: 'geen_actie' };
    case 'meer_informatie':
      return { to: 'in_weging' };
    case 'casusoverleg':
      return { to: 'casusoverleg' };
    case 'strafrechtelijk':
      return { to: 'afgesloten', outcome: 'strafrechtelijk' };
  }
}

export const ACTION_STATUSES = ['open', 'lopend', 'afgerond', 'vervallen'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const DONE_ACTION_STATUSES: readonly ActionStatus[] = ['afgerond', 'vervallen'];

/** Days from today to the deadline a new action form suggests. */
export const ACTION_DEADLINE_DAYS = 14;
/** Days from today to the monitoring moment the plan form suggests. */
export const MONITORING_PLAN_DAYS = 42;

/**
 * The deadline a new action suggests on `now` (yyyy-mm-dd): two weeks on the Dutch calendar, counted
 * in days and not 14 × 24 hours, which near midnight across a DST change landed a day off.
 */
export function suggestedActionDeadline(now: Date): string {
  return addDays(dutchDay(now), ACTION_DEADLINE_DAYS);
}

/** The monitoring moment the plan form suggests on `now` (yyyy-mm-dd): six weeks on the Dutch calendar. */
export function suggestedMonitoringDay(now: Date): string {
  return addDays(dutchDay(now), MONITORING_PLAN_DAYS);
}

/** "CTER-2026-0042": year of registration and a sequence number within that year. */
export function caseNumber(year: number, sequence: number): string {
  return `CTER-${year}-${String(sequence).padStart(4, '0')}`;
}
