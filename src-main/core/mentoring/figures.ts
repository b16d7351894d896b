// Reads the facts behind the mentor dashboard and the external evaluation dataset. The counting
// itself is in src-shared/domain/mentoring-dashboard.ts (dashboard) and dataset.ts (export).
import type { EntityManager } from 'typeorm';
import type { MentorStatus, TrainingKind } from '../../../src-shared/domain/mentoring';
import {
  mentorDashboard,
  type DashboardFacts,
  type MentorDashboard,
} from '../../../src-shared/domain/mentoring-dashboard';
import type { TrajectoryFacts } from './dataset';
import { menteeTarget } from './settings';

export async function dashboardFacts(manager: EntityManager, year: number, today: string): Promise<DashboardFacts> {
  // A mentee from a casus is the casus's person (one person, one mentee, across trajectories).
  const trajectories = (await manager.query(
    `SELECT coalesce('p' || c.person_id, 't' || t.id) AS mentee, t.aanmeld_datum AS aanmeldDatum,
            t.start_datum AS startDatum, t.eind_datum AS eindDatum
       FROM mentor_traject t LEFT JOIN casus c ON c.id = t.casus_id`,
  )) as DashboardFacts['trajectories'];
  const history = (await manager.query(
    'SELECT mentor_id AS mentorId, datum, to_status AS status FROM mentor_status ORDER BY mentor_id, datum, id',
  )) as { mentorId: number; datum: string; status: MentorStatus }[];
  const mentors = new Map<number, { datum: string; status: MentorStatus }[]>();
  for (const row of history) {
    const list = mentors.get(row.mentorId) ?? [];
    list.push({ datum: row.datum, status: row.status });
    mentors.set(row.mentorId, list);
  }
  const trainings = (await manager.query(
    `SELECT s.datum AS datum, s.soort AS soort, (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id) AS attendees
       FROM training_session s`,
  )) as { datum: string; soort: TrainingKind; attendees: number }[];
  const activities = (await manager.query(
    'SELECT datum, type, bereik, signalen FROM mentor_activiteit',
  )) as DashboardFacts['activities'];
  return {
    year,
    today,
    target: await menteeTarget(manager),
    trajectories,
    mentors: [...mentors].map(([id, list]) => ({ id, history: list })),
    trainings: trainings.map((t) => ({ ...t, attendees: Number(t.attendees) })),
    activities: activities.map((a) => ({ ...a, bereik: Number(a.bereik), signalen: Number(a.signalen) })),
    contacts: (await manager.query('SELECT datum, duur_minuten AS duurMinuten FROM mentor_contact')) as {
      datum: string;
      duurMinuten: number;
    }[],
    support: (await manager.query('SELECT datum FROM mentor_support')) as { datum: string }[],
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
  const rows = (await manager.query(
    `SELECT t.id AS id, r.name AS regio, t.bron AS bron, t.status AS status, t.aanmeld_datum AS aanmeldDatum,
            t.start_datum AS startDatum, t.eind_datum AS eindDatum, t.eind_reden AS eindReden, t.uitkomst AS uitkomst,
            p.geboortedatum AS geboortedatum, coalesce(p.geboortejaar, t.mentee_geboortejaar) AS geboortejaar,
            t.doelen AS doelen,
            (SELECT count(*) FROM mentor_contact x WHERE x.traject_id = t.id) AS contacten,
            (SELECT coalesce(sum(duur_minuten), 0) FROM mentor_contact x WHERE x.traject_id = t.id) AS contactMinuten,
            (SELECT count(*) FROM mentor_evaluatie x WHERE x.traject_id = t.id AND x.soort = 'mentor') AS evaluatiesMentor,
            (SELECT count(*) FROM mentor_evaluatie x WHERE x.traject_id = t.id AND x.soort = 'mentee') AS evaluatiesMentee,
            (SELECT count(*) FROM mentor_support x WHERE x.traject_id = t.id) AS ondersteuning,
            (SELECT count(*) FROM mentor_traject_status x WHERE x.traject_id = t.id AND x.from_status = x.to_status) AS mentorwissels
       FROM mentor_traject t JOIN zvh_region r ON r.id = t.region_id
       LEFT JOIN casus c ON c.id = t.casus_id LEFT JOIN person p ON p.id = c.person_id
      ORDER BY t.aanmeld_datum, t.id`,
  )) as (Omit<TrajectoryFacts, 'doelen'> & { doelen: string })[];
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
