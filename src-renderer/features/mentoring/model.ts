// The pure parts of the mentor project's screens: the years to choose from, the dashboard's key
// figures in Dutch number forms, the table of activities per type and which mentors a recorded
// training made inzetbaar.
import { ACTIVITY_TYPES, type ActivityType, type MentorStatus } from '../../../src-shared/domain/mentoring';
import type { MentorDashboard } from '../../../src-shared/domain/mentoring-dashboard';
import { formatNumber } from '../../../src-shared/domain/format';

/** The mentor project started in 2016, like the figures. */
export const EARLIEST_YEAR = 2016;

export function yearOptions(currentYear: number): number[] {
  return Array.from({ length: currentYear - EARLIEST_YEAR + 1 }, (_, i) => currentYear - i);
}

export interface KeyFigure {
  /** Also the end of its i18n keys: mentoring.dashboard.figures.<id>(.detail). */
  id: string;
  value: string;
  /** Values for the detail sentence (already formatted). */
  detail: Record<string, string>;
}

export function keyFigures(d: MentorDashboard): KeyFigure[] {
  const n = formatNumber;
  return [
    { id: 'active', value: n(d.trajectories.active), detail: {} },
    {
      id: 'trajectories',
      value: n(d.trajectories.started),
      detail: { aangemeld: n(d.trajectories.aangemeld), ended: n(d.trajectories.ended) },
    },
    {
      id: 'available',
      value: n(d.mentors.available),
      detail: { inTraining: n(d.mentors.inTraining), notAvailable: n(d.mentors.notAvailable) },
    },
    { id: 'trained', value: n(d.mentors.trained), detail: {} },
    {
      id: 'trainings',
      value: n(d.trainings.sessions),
      detail: {
        training: n(d.trainings.training),
        intervisie: n(d.trainings.intervisie),
        attendances: n(d.trainings.attendances),
      },
    },
    { id: 'activities', value: n(d.activities.count), detail: { signals: n(d.activities.signals) } },
    { id: 'reach', value: n(d.activities.reach), detail: {} },
    {
      id: 'contacts',
      value: n(d.contacts.count),
      detail: { hours: formatHours(d.contacts.minutes), support: n(d.support) },
    },
  ];
}

const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** 90 minutes -> "1,5" */
export function formatHours(minutes: number): string {
  return hours.format(minutes / 60);
}

/** Guided against the target, as the progress bar shows it: 0..100, capped. */
export function targetProgress(d: MentorDashboard): number {
  return d.target > 0 ? Math.min(100, Math.round((d.mentees.guided / d.target) * 100)) : 0;
}

export interface ActivityRow {
  type: ActivityType;
  count: number;
  reach: number;
  signals: number;
}

export function activityRows(d: MentorDashboard): ActivityRow[] {
  return ACTIVITY_TYPES.map((type) => ({
    type,
    count: d.activities.perType[type].count,
    reach: d.activities.perType[type].reach,
    signals: d.activities.perType[type].signals,
  }));
}

/** The attendees a saved training moved from in opleiding to inzetbaar (core applies the rule). */
export function becameInzetbaar(
  before: readonly { id: number; status: MentorStatus }[],
  after: readonly { id: number; naam: string; status: MentorStatus }[],
  attendees: readonly number[],
): string[] {
  const was = new Map(before.map((m) => [m.id, m.status]));
  return after
    .filter((m) => attendees.includes(m.id) && m.status === 'inzetbaar' && was.get(m.id) === 'in_opleiding')
    .map((m) => m.naam);
}
