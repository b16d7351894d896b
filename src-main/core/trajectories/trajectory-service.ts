// Mentor trajectories: opened from a casus intervention of type mentortraject or from a partner's
// direct aanmelding, matched to a mentor with a place left, started, paused and ended with a
// reason and an outcome. Every status change (and every change of mentor) is a dated, attributed
// row of the timeline. Goals, contact moments, evaluation moments and consultant support hang
// from the trajectory.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  canTrajectoryTransition,
  suggestMentors,
  type MentorSuggestion,
  type TrajectoryStatus,
} from '../../../src-shared/domain/mentoring';
import { AppError } from '../../../src-shared/ipc/errors';
import type { ParsedInputOf } from '../../../src-shared/ipc/contract';
import type { Doel, openTrajectoryInput } from '../../../src-shared/ipc/trajectories';
import { visibleCase, type AccessScope } from '../access/access';
import type { Actor } from '../handlers';
import { CaseActionEntity } from '../db/entities/casus';
import { EvalRoundEntity } from '../db/entities/evaluation';
import {
  ConsultantSupportEntity,
  ContactMomentEntity,
  EvaluatieMomentEntity,
  MentorConsultantEntity,
  MentorEntity,
  TrajectoryEntity,
  TrajectoryStatusChangeEntity,
  type Trajectory,
} from '../db/entities/mentoring';
import { PersonEntity } from '../db/entities/person';
import { GemeenteEntity } from '../db/entities/reference';
import { query } from '../db/sql';
import { assertCodes } from '../lists/reference-data';
import { invalid, mentorById } from '../mentoring/mentor-service';
import { occupiedPlaces } from '../mentoring/views';
import * as q from './queries';
import { saveVersioned } from '../db/versioned';
import { LOCK, lockForTransaction } from '../db/locks';

/** The year's next trajectory code; on PostgreSQL concurrent registrations in one year take turns (db/locks.ts). */
export async function nextCode(manager: EntityManager, year: string): Promise<string> {
  await lockForTransaction(manager, LOCK.trajectoryCode, Number(year));
  const [row] = await query<{ n: number | null }>(manager, q.lastCodeOfYear(year));
  return `MT-${year}-${String(Number(row?.n ?? 0) + 1).padStart(3, '0')}`;
}

function assertOpen(traject: Trajectory): void {
  if (traject.status === 'afgerond') throw new AppError('TRAJECT_CLOSED');
}

/** A record's date may not lie before the aanmelding. */
function assertAfterAanmelding(traject: Trajectory, datum: string): void {
  if (datum < traject.aanmeldDatum) throw invalid('datum', 'validation.dateOrder');
}

async function lastTimelineDay(manager: EntityManager, trajectoryId: number): Promise<string> {
  const [row] = await query<{ d: string | null }>(manager, q.lastTimelineDay(trajectoryId));
  return row?.d ?? '';
}

async function addTimeline(
  manager: EntityManager,
  traject: Trajectory,
  to: TrajectoryStatus,
  datum: string,
  toelichting: string,
  mentorId: number | null,
  actor: Actor,
): Promise<void> {
  await manager.insert(TrajectoryStatusChangeEntity, {
    trajectoryId: traject.id,
    // A change of mentor keeps the status: from and to are then the same.
    fromStatus: traject.status,
    toStatus: to,
    datum,
    toelichting,
    mentorId,
    accountId: actor.accountId,
    at: actor.now.toISOString(),
  });
}

export async function openTrajectory(
  manager: EntityManager,
  scope: AccessScope,
  input: z.output<typeof openTrajectoryInput>,
  actor: Actor,
): Promise<Trajectory> {
  const stamp = actor.now.toISOString();
  let fields: Pick<
    Trajectory,
    'regionId' | 'gemeenteId' | 'caseId' | 'caseActionId' | 'aanmelderPartner' | 'menteeRoepnaam' | 'menteeGeboortejaar'
  >;
  if (input.bron === 'casus_interventie') {
    const action = await manager.findOne(CaseActionEntity, { where: { id: input.caseActionId } });
    if (!action) throw new AppError('NOT_FOUND');
    const casus = await visibleCase(manager, scope, action.caseId);
    if (action.soort !== 'interventie' || action.interventietype !== 'mentortraject') {
      throw new AppError('NOT_MENTORTRAJECT');
    }
    const [taken] = await query<{ n: number | string }>(manager, q.openTrajectoriesOfAction(action.id));
    if (Number(taken?.n) > 0) throw new AppError('TRAJECT_EXISTS');
    const person = await manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } });
    fields = {
      regionId: casus.regionId,
      gemeenteId: person.gemeenteId,
      caseId: casus.id,
      caseActionId: action.id,
      aanmelderPartner: null,
      menteeRoepnaam: input.menteeRoepnaam || person.roepnaam,
      // The age comes from the person while the casus exists; nothing is copied.
      menteeGeboortejaar: null,
    };
  } else {
    if (!scope.regionIds.includes(input.regionId)) throw invalid('regionId');
    await assertCodes(manager, [{ field: 'aanmelderPartner', list: 'partner', code: input.aanmelderPartner }]);
    if (input.gemeenteId !== null) {
      const gemeente = await manager.findOne(GemeenteEntity, { where: { id: input.gemeenteId } });
      if (gemeente?.regionId !== input.regionId) throw invalid('gemeenteId', 'validation.gemeenteOutsideRegion');
    }
    fields = {
      regionId: input.regionId,
      gemeenteId: input.gemeenteId,
      caseId: null,
      caseActionId: null,
      aanmelderPartner: input.aanmelderPartner,
      menteeRoepnaam: input.menteeRoepnaam,
      menteeGeboortejaar: input.menteeGeboortejaar,
    };
  }
  const traject = await manager.save(TrajectoryEntity, {
    ...fields,
    code: await nextCode(manager, input.aanmeldDatum.slice(0, 4)),
    bron: input.bron,
    aanmeldDatum: input.aanmeldDatum,
    mentorId: null,
    status: 'aangemeld' as const,
    startDatum: null,
    eindDatum: null,
    eindReden: null,
    uitkomst: null,
    doelen: input.doelen,
    vernietigdOp: null,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await manager.insert(TrajectoryStatusChangeEntity, {
    trajectoryId: traject.id,
    fromStatus: null,
    toStatus: 'aangemeld',
    datum: input.aanmeldDatum,
    toelichting: '',
    mentorId: null,
    accountId: actor.accountId,
    at: stamp,
  });
  return traject;
}

export async function mentorMatches(manager: EntityManager, traject: Trajectory): Promise<MentorSuggestion[]> {
  const occupied = await occupiedPlaces(manager);
  const mentors = await manager.find(MentorEntity, { where: { status: 'inzetbaar' } });
  return suggestMentors(
    mentors
      .filter((m) => m.id !== traject.mentorId)
      .map((m) => ({
        id: m.id,
        naam: m.naam,
        status: m.status,
        regionId: m.regionId,
        capacity: m.capacity,
        occupied: occupied.get(m.id) ?? 0,
      })),
    traject.regionId,
  );
}

/** Matches a mentor to the trajectory (aangemeld -> gematcht), or replaces the mentor of an open one. */
export async function assignMentor(
  manager: EntityManager,
  traject: Trajectory,
  input: ParsedInputOf<'trajectories:assign'>,
  actor: Actor,
): Promise<void> {
  assertOpen(traject);
  if (traject.mentorId === input.mentorId) return;
  await mentorById(manager, input.mentorId);
  if (!(await mentorMatches(manager, traject)).some((m) => m.id === input.mentorId)) {
    throw new AppError('MENTOR_NOT_AVAILABLE');
  }
  if (input.datum < (await lastTimelineDay(manager, traject.id))) throw invalid('datum', 'validation.dateOrder');
  const to: TrajectoryStatus = traject.status === 'aangemeld' ? 'gematcht' : traject.status;
  await addTimeline(manager, traject, to, input.datum, input.toelichting, input.mentorId, actor);
  await manager.update(
    TrajectoryEntity,
    { id: traject.id },
    { mentorId: input.mentorId, status: to, updatedAt: actor.now.toISOString() },
  );
}

export async function changeTrajectoryStatus(
  manager: EntityManager,
  traject: Trajectory,
  input: ParsedInputOf<'trajectories:set-status'>,
  actor: Actor,
): Promise<void> {
  assertOpen(traject);
  if (!canTrajectoryTransition(traject.status, input.to)) throw new AppError('TRANSITION_NOT_ALLOWED');
  if (input.datum < (await lastTimelineDay(manager, traject.id))) throw invalid('datum', 'validation.dateOrder');
  const changes: Partial<Trajectory> = { status: input.to, updatedAt: actor.now.toISOString() };
  if (input.to === 'lopend') {
    if (traject.mentorId === null) throw new AppError('TRAJECT_NO_MENTOR');
    if (traject.startDatum === null) changes.startDatum = input.datum;
  }
  // Back to aangemeld: the match did not work out and the mentor's place is freed.
  if (input.to === 'aangemeld') changes.mentorId = null;
  if (input.to === 'afgerond') {
    if (!input.eindReden || !input.uitkomst) throw new AppError('TRAJECT_END_REQUIRED');
    Object.assign(changes, { eindDatum: input.datum, eindReden: input.eindReden, uitkomst: input.uitkomst });
  }
  await addTimeline(
    manager,
    traject,
    input.to,
    input.datum,
    input.toelichting,
    changes.mentorId === null ? null : traject.mentorId,
    actor,
  );
  await manager.update(TrajectoryEntity, { id: traject.id }, changes);
}

export async function saveGoals(
  manager: EntityManager,
  traject: Trajectory,
  doelen: Doel[],
  version: number | undefined,
  actor: Actor,
) {
  assertOpen(traject);
  await saveVersioned(
    manager,
    TrajectoryEntity,
    traject.id,
    version,
    { doelen, updatedAt: actor.now.toISOString() },
    actor,
    { wanted: { doelen } },
  );
}

export async function addContact(
  manager: EntityManager,
  traject: Trajectory,
  input: ParsedInputOf<'trajectories:add-contact'>,
  actor: Actor,
) {
  assertOpen(traject);
  assertAfterAanmelding(traject, input.datum);
  const { trajectoryId, ...fields } = input;
  await manager.insert(ContactMomentEntity, {
    ...fields,
    trajectoryId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}

/** Evaluation moments may follow the end: the closing evaluation is often held afterwards. */
export async function addEvaluation(
  manager: EntityManager,
  traject: Trajectory,
  input: ParsedInputOf<'trajectories:add-evaluation'>,
  actor: Actor,
) {
  assertAfterAanmelding(traject, input.datum);
  if (input.evalRoundId !== null && !(await manager.findOne(EvalRoundEntity, { where: { id: input.evalRoundId } }))) {
    throw invalid('evalRoundId');
  }
  const { trajectoryId, ...fields } = input;
  await manager.insert(EvaluatieMomentEntity, {
    ...fields,
    trajectoryId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}

export async function addSupport(
  manager: EntityManager,
  traject: Trajectory,
  input: ParsedInputOf<'trajectories:add-support'>,
  actor: Actor,
) {
  assertAfterAanmelding(traject, input.datum);
  const consultant = await manager.findOne(MentorConsultantEntity, { where: { id: input.consultantId } });
  if (!consultant?.active) throw invalid('consultantId');
  const { trajectoryId, ...fields } = input;
  await manager.insert(ConsultantSupportEntity, {
    ...fields,
    trajectoryId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}
