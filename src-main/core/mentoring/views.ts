// What the mentoring channels return: mentors with their training history and status history, and
// training sessions with attendance. The trajectory views are in trajectories/views.ts, which
// uses the helpers exported here (the dependency runs trajectories -> mentoring only).
import { In, type EntityManager } from 'typeorm';
import { missingModules, trainingComplete, type TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import type { MentorSummary, MentorView, TrainingView } from '../../../src-shared/ipc/mentoring';
import type { AccessScope } from '../access/access';
import { visibleTrajectories } from '../access/trajectories';
import { AccountEntity } from '../db/entities/account';
import { query } from '../db/sql';
import {
  MentorConsultantEntity,
  MentorEntity,
  MentorStatusChangeEntity,
  TrainingAttendanceEntity,
  type Mentor,
  type TrainingSession,
} from '../db/entities/mentoring';
import { attendedModules, mentorById } from './mentor-service';
import * as q from './queries';
import { modulesOf } from './settings';

/** Display names of the accounts that recorded something (for the 'door' of a history row). */
export async function accountNames(manager: EntityManager, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await manager.find(AccountEntity, { where: { id: In(wanted) } });
  return new Map(rows.map((a) => [a.id, a.displayName]));
}

export const nameOf = (names: Map<number, string>, id: number | null) => (id === null ? null : (names.get(id) ?? null));

/** Places taken per mentor by trajectories that are matched, running or paused. */
export async function occupiedPlaces(manager: EntityManager): Promise<Map<number, number>> {
  const rows = await query<{ mentorId: number; n: number | string }>(manager, q.occupiedPlaces());
  return new Map(rows.map((r) => [r.mentorId, Number(r.n)]));
}

async function summaries(manager: EntityManager, mentors: Mentor[]): Promise<MentorSummary[]> {
  const occupied = await occupiedPlaces(manager);
  const consultants = new Map((await manager.find(MentorConsultantEntity)).map((c) => [c.id, c]));
  return mentors.map((m) => {
    const consultant = m.consultantId === null ? undefined : consultants.get(m.consultantId);
    return {
      id: m.id,
      naam: m.naam,
      status: m.status,
      regionId: m.regionId,
      capacity: m.capacity,
      occupied: occupied.get(m.id) ?? 0,
      consultant: consultant ? { id: consultant.id, naam: consultant.naam } : null,
    };
  });
}

export async function listMentors(
  manager: EntityManager,
  filter: { status: string | null; regionId: number | null },
): Promise<MentorSummary[]> {
  const mentors = await manager.find(MentorEntity, {
    where: {
      ...(filter.status ? { status: filter.status as Mentor['status'] } : {}),
      ...(filter.regionId ? { regionId: filter.regionId } : {}),
    },
    order: { naam: 'ASC' },
  });
  return summaries(manager, mentors);
}

/** A mentor with the trajectories the caller may see (the places taken count them all). */
export async function buildMentorView(manager: EntityManager, scope: AccessScope, id: number): Promise<MentorView> {
  const mentor = await mentorById(manager, id);
  const [summary] = await summaries(manager, [mentor]);
  const modules = await modulesOf(manager);
  const attended = await attendedModules(manager, id);
  const history = await manager.find(MentorStatusChangeEntity, { where: { mentorId: id }, order: { id: 'ASC' } });
  const names = await accountNames(
    manager,
    history.map((h) => h.accountId),
  );
  const sessions = await query<MentorView['trainings'][number]>(manager, q.sessionsOfMentor(id));
  const rows = await query<{
    id: number;
    code: string;
    status: TrajectoryStatus;
    regionId: number;
    caseId: number | null;
  }>(manager, q.trajectoriesOfMentor(id));
  const trajectories = (await visibleTrajectories(manager, scope, rows)).map(({ id, code, status }) => ({
    id,
    code,
    status,
  }));
  return {
    ...summary!,
    contact: mentor.contact,
    toelichting: mentor.toelichting,
    history: history.map((h) => ({
      datum: h.datum,
      from: h.fromStatus,
      to: h.toStatus,
      toelichting: h.toelichting,
      door: nameOf(names, h.accountId),
      automatisch: Boolean(h.automatisch),
      at: h.at,
    })),
    trainings: sessions,
    missingModules: missingModules(modules, attended.keys()),
    trainingComplete: trainingComplete(modules, attended.keys()),
    trajectories,
    version: mentor.version,
  };
}

export async function trainingViews(manager: EntityManager, sessions: TrainingSession[]): Promise<TrainingView[]> {
  const ids = sessions.map((s) => s.id);
  const attendance = ids.length ? await manager.find(TrainingAttendanceEntity, { where: { sessionId: In(ids) } }) : [];
  const mentorIds = [...new Set(attendance.map((a) => a.mentorId))];
  const mentors = new Map(
    (mentorIds.length ? await manager.find(MentorEntity, { where: { id: In(mentorIds) } }) : []).map((m) => [
      m.id,
      m.naam,
    ]),
  );
  return sessions.map((s) => ({
    id: s.id,
    datum: s.datum,
    soort: s.soort,
    module: s.module,
    trainer: s.trainer,
    regionId: s.regionId,
    toelichting: s.toelichting,
    attendees: attendance
      .filter((a) => a.sessionId === s.id)
      .map((a) => ({ id: a.mentorId, naam: mentors.get(a.mentorId) ?? '' }))
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  }));
}
