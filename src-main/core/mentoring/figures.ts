// Reads the facts behind the mentor dashboard and the external evaluation dataset. The counting
// itself is in src-shared/domain/mentoring-dashboard.ts (dashboard) and dataset.ts (export).
import type { EntityManager } from 'typeorm';
import type { MentorStatus, TrainingKind } from '../../../src-shared/domain/mentoring';
import {
  mentorDashboard,
  type DashboardFacts,
  type MentorDashboard,
} from '../../../src-shared/domain/mentoring-dashboard';
import { asSystem } from '../access/row-security';
import { query } from '../db/sql';
import type { TrajectoryFacts } from './dataset';
import * as q from './queries';
import { menteeTarget } from './settings';

export async function dashboardFacts(manager: EntityManager, year: number, today: string): Promise<DashboardFacts> {
  // A mentee from a casus is the casus's person (one person, one mentee, across trajectories).
  const trajectories = await asSystem(manager, 'figures', () =>
    query<DashboardFacts['trajectories'][number]>(manager, q.dashboardTrajectories()),
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
    contacts: await query<{ datum: string; duurMinuten: number }>(manager, q.contacts()),
    support: await query<{ datum: string }>(manager, q.supportMoments()),
  };
}

export async function computeMentorDashboard(
  manager: EntityManager,
  year: number,
  today: string,
): Promise<MentorDashboard> {
  return mentorDashboard(await dashboardFacts(manager, year, today));
}

/** Per trajectory what the anonymised dataset is made from (still with exact dates: stays in core). */
export async function trajectoryFacts(manager: EntityManager): Promise<TrajectoryFacts[]> {
  const rows = await asSystem(manager, 'figures', () =>
    query<Omit<TrajectoryFacts, 'doelen'> & { doelen: string }>(manager, q.trajectoryFacts()),
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
