// Reads the facts behind the mentor dashboard and the external evaluation dataset. The counting
// itself is in src-shared/domain/mentoring-dashboard.ts (dashboard) and dataset.ts (export).
import type { EntityManager } from 'typeorm';
import type { MentorStatus, TrainingKind } from '../../../src-shared/domain/mentoring';
import {
  mentorDashboard,
  type DashboardFacts,
  type MentorDashboard,
} from '../../../src-shared/domain/mentoring-dashboard';
import { inRegionsSql, type AccessScope } from '../access/access';
import { asSystem } from '../access/row-security';
import { query, sql, type Sql } from '../db/sql';
import type { TrajectoryFacts } from './dataset';
import * as q from './queries';
import { menteeTarget } from './settings';

/**
 * The trajectories a dashboard counts and the evaluation dataset holds, as a condition on `t`:
 * those of the caller's regions, as trajectories:list shows them, so on an installation of several
 * houses another house's exact counts never reach a workstation (the dataset has one row per
 * trajectory, so its rows are counts too). An account without regions (the project's evaluator, as the
 * demo has one) counts the whole project, as before: whether it should get none, as figures:dashboard
 * gives it none, is the product's decision (docs/developer/README.md, "Security review").
 */
function countedTrajectories(scope: AccessScope): Sql {
  return scope.regionIds.length === 0 ? sql`1 = 1` : inRegionsSql(scope, 't');
}

/**
 * What hangs from a trajectory (mentees, trajectories, contacts, support) is counted in
 * `countedTrajectories`. Mentors, trainings and activities are the shared pool of the project (a
 * trajectory may be matched with a mentor of any region) and count whole.
 */
export async function dashboardFacts(
  manager: EntityManager,
  scope: AccessScope,
  year: number,
  today: string,
): Promise<DashboardFacts> {
  const inRegions = countedTrajectories(scope);
  // A mentee from a casus is the casus's person (one person, one mentee, across trajectories); the
  // system path reads the casus of an afgeschermde one too, which the count names no one of.
  const trajectories = await asSystem(manager, 'figures', () =>
    query<DashboardFacts['trajectories'][number]>(manager, q.dashboardTrajectories(inRegions)),
  );
  const history = await query<{ mentorId: number; datum: string; status: MentorStatus }>(
    manager,
    q.mentorStatusHistory(),
  );
  const mentors = new Map<number, { datum: string; status: MentorStatus }[]>();
  for (const row of history) {
    const list = mentors.get(row.mentorId) ?? [];
    list.push({ datum: row.datum, status: row.status });
    mentors.set(row.mentorId, list);
  }
  const trainings = await query<{ datum: string; soort: TrainingKind; attendees: number }>(
    manager,
    q.trainingAttendance(),
  );
  const activities = await query<DashboardFacts['activities'][number]>(manager, q.activities());
  return {
    year,
    today,
    target: await menteeTarget(manager),
    trajectories,
    mentors: [...mentors].map(([id, list]) => ({ id, history: list })),
    trainings: trainings.map((t) => ({ ...t, attendees: Number(t.attendees) })),
    activities: activities.map((a) => ({ ...a, bereik: Number(a.bereik), signalen: Number(a.signalen) })),
    contacts: await query<{ datum: string; duurMinuten: number }>(manager, q.contacts(inRegions)),
    support: await query<{ datum: string }>(manager, q.supportMoments(inRegions)),
  };
}

export async function computeMentorDashboard(
  manager: EntityManager,
  scope: AccessScope,
  year: number,
  today: string,
): Promise<MentorDashboard> {
  return mentorDashboard(await dashboardFacts(manager, scope, year, today));
}

/**
 * Per trajectory of `countedTrajectories` what the anonymised dataset is made from (still with
 * exact dates: stays in core).
 */
export async function trajectoryFacts(manager: EntityManager, scope: AccessScope): Promise<TrajectoryFacts[]> {
  const rows = await asSystem(manager, 'figures', () =>
    query<Omit<TrajectoryFacts, 'doelen'> & { doelen: string }>(manager, q.trajectoryFacts(countedTrajectories(scope))),
  );
  return rows.map((r) => ({
    ...r,
    doelen: JSON.parse(r.doelen) as { behaald: boolean }[],
    contacten: Number(r.contacten),
    contactMinuten: Number(r.contactMinuten),
    evaluatiesMentor: Number(r.evaluatiesMentor),
    evaluatiesMentee: Number(r.evaluatiesMentee),
    ondersteuning: Number(r.ondersteuning),
    mentorwissels: Number(r.mentorwissels),
  }));
}
