// What the mentor channels return: mentors with their training history and status history,
// training sessions with attendance, and trajectories with their timeline and moments. Contact
// notes appear only in the full trajectory view, which the router audits as a view.
import { In, type EntityManager } from 'typeorm';
import { missingModules, trainingComplete, type TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import type { MentorSummary, MentorView, Ref, TrainingView } from '../../../src-shared/ipc/mentoring';
import type { TrajectorySummary, TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { visibleCase, visibleCaseIds, type AccessScope } from '../access/access';
import { AccountEntity } from '../db/entities/account';
import {
  ConsultantSupportEntity,
  ContactMomentEntity,
  EvaluatieMomentEntity,
  MentorConsultantEntity,
  MentorEntity,
  MentorStatusChangeEntity,
  TrainingAttendanceEntity,
  TrajectoryEntity,
  TrajectoryStatusChangeEntity,
  type Mentor,
  type TrainingSession,
  type Trajectory,
} from '../db/entities/mentoring';
import { EvalRoundEntity } from '../db/entities/evaluation';
import { AppError } from '../../../src-shared/ipc/errors';
import { attendedModules, mentorById } from './mentor-service';
import { modulesOf } from './settings';

async function accountNames(manager: EntityManager, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (!wanted.length) return new Map();
  const rows = await manager.find(AccountEntity, { where: { id: In(wanted) } });
  return new Map(rows.map((a) => [a.id, a.displayName]));
}

const nameOf = (names: Map<number, string>, id: number | null) => (id === null ? null : (names.get(id) ?? null));

/** Places taken per mentor by trajectories that are matched, running or paused. */
export async function occupiedPlaces(manager: EntityManager): Promise<Map<number, number>> {
  const rows = (await manager.query(
    `SELECT mentor_id AS mentorId, count(*) AS n FROM mentor_traject
      WHERE mentor_id IS NOT NULL AND status IN ('gematcht', 'lopend', 'gepauzeerd') GROUP BY mentor_id`,
  )) as { mentorId: number; n: number }[];
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
  const sessions = (await manager.query(
    `SELECT s.id AS sessionId, s.datum AS datum, s.soort AS soort, s.module AS module, coalesce(m.label, s.module) AS moduleLabel
       FROM training_attendance a JOIN training_session s ON s.id = a.session_id
       LEFT JOIN mentor_module m ON m.code = s.module
      WHERE a.mentor_id = ? ORDER BY s.datum DESC, s.id DESC`,
    [id],
  )) as MentorView['trainings'];
  const rows = (await manager.query(
    `SELECT id, code, status, region_id AS regionId, casus_id AS caseId FROM mentor_traject
      WHERE mentor_id = ? ORDER BY aanmeld_datum DESC, id DESC`,
    [id],
  )) as { id: number; code: string; status: TrajectoryStatus; regionId: number; caseId: number | null }[];
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

/**
 * The trajectories the caller may see: those in her regions, and of those opened from a casus only
 * the ones whose casus she may see (an afgeschermde casus: only the accounts named on it).
 */
export async function visibleTrajectories<T extends Pick<Trajectory, 'regionId' | 'caseId'>>(
  manager: EntityManager,
  scope: AccessScope,
  rows: T[],
): Promise<T[]> {
  const inRegion = rows.filter((t) => scope.regionIds.includes(t.regionId));
  const cases = await visibleCaseIds(
    manager,
    scope,
    inRegion.map((t) => t.caseId).filter((id): id is number => id !== null),
  );
  return inRegion.filter((t) => t.caseId === null || cases.has(t.caseId));
}

/** A trajectory the caller may see, or NOT_FOUND (the same answer as for one that never existed). */
export async function visibleTrajectory(manager: EntityManager, scope: AccessScope, id: number): Promise<Trajectory> {
  const traject = await manager.findOne(TrajectoryEntity, { where: { id } });
  const [seen] = traject ? await visibleTrajectories(manager, scope, [traject]) : [];
  if (!seen) throw new AppError('NOT_FOUND');
  return seen;
}

export async function trajectorySummaries(manager: EntityManager, rows: Trajectory[]): Promise<TrajectorySummary[]> {
  const mentorIds = [...new Set(rows.map((t) => t.mentorId).filter((id): id is number => id !== null))];
  const mentors = new Map(
    (mentorIds.length ? await manager.find(MentorEntity, { where: { id: In(mentorIds) } }) : []).map((m) => [m.id, m]),
  );
  const ref = (id: number | null): Ref | null => {
    const m = id === null ? undefined : mentors.get(id);
    return m ? { id: m.id, naam: m.naam } : null;
  };
  return rows.map((t) => ({
    id: t.id,
    code: t.code,
    status: t.status,
    bron: t.bron,
    caseActionId: t.caseActionId,
    regionId: t.regionId,
    gemeenteId: t.gemeenteId,
    aanmeldDatum: t.aanmeldDatum,
    startDatum: t.startDatum,
    eindDatum: t.eindDatum,
    mentor: ref(t.mentorId),
  }));
}

export async function buildTrajectoryView(
  manager: EntityManager,
  scope: AccessScope,
  traject: Trajectory,
): Promise<TrajectoryView> {
  const [summary] = await trajectorySummaries(manager, [traject]);
  const where = { where: { trajectoryId: traject.id }, order: { datum: 'ASC' as const, id: 'ASC' as const } };
  const [timeline, contacts, evaluaties, support] = await Promise.all([
    manager.find(TrajectoryStatusChangeEntity, { where: { trajectoryId: traject.id }, order: { id: 'ASC' } }),
    manager.find(ContactMomentEntity, where),
    manager.find(EvaluatieMomentEntity, where),
    manager.find(ConsultantSupportEntity, where),
  ]);
  const names = await accountNames(manager, [
    ...timeline.map((r) => r.accountId),
    ...contacts.map((r) => r.accountId),
    ...evaluaties.map((r) => r.accountId),
    ...support.map((r) => r.accountId),
  ]);
  const mentorIds = [...new Set(timeline.map((r) => r.mentorId).filter((id): id is number => id !== null))];
  const mentors = new Map(
    (mentorIds.length ? await manager.find(MentorEntity, { where: { id: In(mentorIds) } }) : []).map((m) => [m.id, m]),
  );
  const consultants = new Map((await manager.find(MentorConsultantEntity)).map((c) => [c.id, c]));
  const roundIds = evaluaties.map((e) => e.evalRoundId).filter((id): id is number => id !== null);
  const rounds = new Map(
    (roundIds.length ? await manager.find(EvalRoundEntity, { where: { id: In(roundIds) } }) : []).map((r) => [
      r.id,
      r.titel,
    ]),
  );
  let casus: TrajectoryView['casus'] = null;
  if (traject.caseId !== null) {
    // The link shows only to who may see the casus itself.
    const seen = await visibleCase(manager, scope, traject.caseId).catch(() => null);
    if (seen) casus = { id: seen.id, number: seen.number };
  }
  return {
    ...summary!,
    casus,
    aanmelderPartner: traject.aanmelderPartner,
    menteeRoepnaam: traject.menteeRoepnaam,
    menteeGeboortejaar: traject.menteeGeboortejaar,
    eindReden: traject.eindReden,
    uitkomst: traject.uitkomst,
    doelen: traject.doelen,
    timeline: timeline.map((r) => {
      const mentor = r.mentorId === null ? undefined : mentors.get(r.mentorId);
      return {
        datum: r.datum,
        from: r.fromStatus,
        to: r.toStatus,
        toelichting: r.toelichting,
        door: nameOf(names, r.accountId),
        automatisch: false,
        at: r.at,
        mentor: mentor ? { id: mentor.id, naam: mentor.naam } : null,
      };
    }),
    contacts: contacts.map((c) => ({
      id: c.id,
      datum: c.datum,
      duurMinuten: c.duurMinuten,
      type: c.type,
      notitie: c.notitie,
      door: nameOf(names, c.accountId),
    })),
    evaluaties: evaluaties.map((e) => ({
      id: e.id,
      datum: e.datum,
      soort: e.soort,
      evalRound:
        e.evalRoundId !== null && rounds.has(e.evalRoundId)
          ? { id: e.evalRoundId, titel: rounds.get(e.evalRoundId)! }
          : null,
      notitie: e.notitie,
      door: nameOf(names, e.accountId),
    })),
    support: support.map((s) => ({
      id: s.id,
      datum: s.datum,
      consultant: { id: s.consultantId, naam: consultants.get(s.consultantId)?.naam ?? '' },
      notitie: s.notitie,
      door: nameOf(names, s.accountId),
    })),
  };
}
