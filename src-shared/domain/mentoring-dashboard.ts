// The mentor project's year figures, counted from plain facts so the rules are testable on their
// own. A year runs from 1 January to 31 December (dates are yyyy-mm-dd, compared as text); what
// is "now" in a year (active trajectories, mentors available) is read on its reference day: 31
// December for a past year, today for the current one, and nothing for a year still to come.
import { ACTIVITY_TYPES, statusOn, type ActivityType, type MentorStatus, type TrainingKind } from './mentoring';

export interface DashboardFacts {
  year: number;
  /** yyyy-mm-dd */
  today: string;
  target: number;
  trajectories: readonly {
    /** One mentee may have more than one trajectory; counted once. */
    mentee: string;
    aanmeldDatum: string;
    startDatum: string | null;
    eindDatum: string | null;
  }[];
  /** Per mentor its dated status history, oldest first. */
  mentors: readonly { id: number; history: readonly { datum: string; status: MentorStatus }[] }[];
  trainings: readonly { datum: string; soort: TrainingKind; attendees: number }[];
  activities: readonly { datum: string; type: ActivityType; bereik: number; signalen: number }[];
  contacts: readonly { datum: string; duurMinuten: number }[];
  support: readonly { datum: string }[];
}

export interface ActivityFigures {
  count: number;
  reach: number;
  signals: number;
}

export interface MentorDashboard {
  year: number;
  /** The day "active" and "available" are read on; null for a year that has not begun. */
  referenceDay: string | null;
  target: number;
  mentees: {
    /** Distinct mentees whose trajectory ran on at least one day of the year. */
    guided: number;
    /** guided / target (0..), null without a target. */
    share: number | null;
  };
  trajectories: {
    active: number;
    aangemeld: number;
    started: number;
    ended: number;
  };
  mentors: {
    /** Mentors who completed their training (in opleiding -> inzetbaar) in the year. */
    trained: number;
    available: number;
    inTraining: number;
    notAvailable: number;
  };
  trainings: { sessions: number; training: number; intervisie: number; attendances: number };
  activities: ActivityFigures & { perType: Record<ActivityType, ActivityFigures> };
  contacts: { count: number; minutes: number };
  support: number;
}

export function yearBounds(year: number): { first: string; last: string } {
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export function referenceDay(year: number, today: string): string | null {
  const { first, last } = yearBounds(year);
  if (today < first) return null;
  return today < last ? today : last;
}

const inYear = (day: string | null, year: number) => day !== null && day.slice(0, 4) === String(year);

export function mentorDashboard(facts: DashboardFacts): MentorDashboard {
  const { year } = facts;
  const { first, last } = yearBounds(year);
  const ref = referenceDay(year, facts.today);
  const ranInYear = facts.trajectories.filter(
    (t) => t.startDatum !== null && t.startDatum <= last && (t.eindDatum === null || t.eindDatum >= first),
  );
  const guided = new Set(ranInYear.map((t) => t.mentee)).size;
  const active =
    ref === null
      ? 0
      : facts.trajectories.filter(
          (t) => t.startDatum !== null && t.startDatum <= ref && (t.eindDatum === null || t.eindDatum > ref),
        ).length;

  let trained = 0;
  const now: Record<MentorStatus, number> = { in_opleiding: 0, inzetbaar: 0, niet_beschikbaar: 0, gestopt: 0 };
  for (const mentor of facts.mentors) {
    const history = [...mentor.history].sort((a, b) => a.datum.localeCompare(b.datum));
    if (
      history.some(
        (entry, i) =>
          entry.status === 'inzetbaar' && inYear(entry.datum, year) && history[i - 1]?.status === 'in_opleiding',
      )
    ) {
      trained++;
    }
    const status = ref === null ? null : statusOn(history, ref);
    if (status) now[status]++;
  }

  const trainings = facts.trainings.filter((t) => inYear(t.datum, year));
  const activities = facts.activities.filter((a) => inYear(a.datum, year));
  const sum = (rows: readonly { bereik: number; signalen: number }[]): ActivityFigures => ({
    count: rows.length,
    reach: rows.reduce((n, r) => n + r.bereik, 0),
    signals: rows.reduce((n, r) => n + r.signalen, 0),
  });
  const contacts = facts.contacts.filter((c) => inYear(c.datum, year));

  return {
    year,
    referenceDay: ref,
    target: facts.target,
    mentees: { guided, share: facts.target > 0 ? Math.round((guided / facts.target) * 1000) / 1000 : null },
    trajectories: {
      active,
      aangemeld: facts.trajectories.filter((t) => inYear(t.aanmeldDatum, year)).length,
      started: facts.trajectories.filter((t) => inYear(t.startDatum, year)).length,
      ended: facts.trajectories.filter((t) => inYear(t.eindDatum, year)).length,
    },
    mentors: {
      trained,
      available: now.inzetbaar,
      inTraining: now.in_opleiding,
      notAvailable: now.niet_beschikbaar,
    },
    trainings: {
      sessions: trainings.length,
      training: trainings.filter((t) => t.soort === 'training').length,
      intervisie: trainings.filter((t) => t.soort === 'intervisie').length,
      attendances: trainings.reduce((n, t) => n + t.attendees, 0),
    },
    activities: {
      ...sum(activities),
      perType: Object.fromEntries(
        ACTIVITY_TYPES.map((type) => [type, sum(activities.filter((a) => a.type === type))]),
      ) as Record<ActivityType, ActivityFigures>,
    },
    contacts: { count: contacts.length, minutes: contacts.reduce((n, c) => n + c.duurMinuten, 0) },
    support: facts.support.filter((s) => inYear(s.datum, year)).length,
  };
}
