// What the trajectories channels return: a trajectory's summary and its full view with timeline,
// contact, evaluation and support moments. Contact notes appear only in the full view, which the
// router audits as a view.
import { In, type EntityManager } from 'typeorm';
import type { Ref } from '../../../src-shared/ipc/mentoring';
import type { TrajectorySummary, TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { visibleCase, type AccessScope } from '../access/access';
import {
  ConsultantSupportEntity,
  ContactMomentEntity,
  EvaluatieMomentEntity,
  MentorConsultantEntity,
  MentorEntity,
  TrajectoryStatusChangeEntity,
  type Trajectory,
} from '../db/entities/mentoring';
import { EvalRoundEntity } from '../db/entities/evaluation';
import { accountNames, nameOf } from '../mentoring/views';

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
  const timeline = await manager.find(TrajectoryStatusChangeEntity, {
    where: { trajectoryId: traject.id },
    order: { id: 'ASC' },
  });
  const contacts = await manager.find(ContactMomentEntity, where);
  const evaluaties = await manager.find(EvaluatieMomentEntity, where);
  const support = await manager.find(ConsultantSupportEntity, where);
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
    version: traject.version,
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
