// Mentor trajectories: opened from a casus intervention of type mentortraject or from a partner's
// direct aanmelding, matched to a mentor with a place left, started, paused and ended with a
// reason and an outcome. Every status change (and every change of mentor) is a dated, attributed
// row of the timeline. Goals, contact moments, evaluation moments and consultant support hang
// from the trajectory.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  canTrajectTransition,
  suggestMentors,
  type MentorSuggestion,
  type TrajectStatus,
} from '../../../src-shared/domain/mentoring';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Doel, mentoringChannels, openTrajectInput } from '../../../src-shared/ipc/mentoring';
import { visibleCase, type AccessScope } from '../cases/access';
import type { Actor } from '../cases/case-service';
import { CasusActionEntity } from '../db/entities/casus';
import { EvalRoundEntity } from '../db/entities/evaluation';
import {
  ConsultantSupportEntity,
  ContactMomentEntity,
  EvaluatieMomentEntity,
  MentorConsultantEntity,
  MentorEntity,
  TrajectEntity,
  TrajectStatusChangeEntity,
  type Traject,
} from '../db/entities/mentoring';
import { PersonEntity } from '../db/entities/person';
import { GemeenteEntity } from '../db/entities/reference';
import { assertCodes } from '../lists/reference-data';
import { invalid, mentorById } from './mentor-service';
import { occupiedPlaces } from './views';

type Input<C extends keyof typeof mentoringChannels> = z.output<(typeof mentoringChannels)[C]['input']>;

async function nextCode(manager: EntityManager, year: string): Promise<string> {
  const [row] = (await manager.query(
    "SELECT max(CAST(substr(code, 9) AS INTEGER)) AS n FROM mentor_traject WHERE code LIKE 'MT-' || ? || '-%'",
    [year],
  )) as { n: number | null }[];
  return `MT-${year}-${String((row?.n ?? 0) + 1).padStart(3, '0')}`;
}

function assertOpen(traject: Traject): void {
  if (traject.status === 'afgerond') throw new AppError('TRAJECT_CLOSED');
}

/** A record's date may not lie before the aanmelding. */
function assertAfterAanmelding(traject: Traject, datum: string): void {
  if (datum < traject.aanmeldDatum) throw invalid('datum', 'validation.dateOrder');
}

async function lastTimelineDay(manager: EntityManager, trajectId: number): Promise<string> {
  const [row] = (await manager.query('SELECT max(datum) AS d FROM mentor_traject_status WHERE traject_id = ?', [
    trajectId,
  ])) as { d: string | null }[];
  return row?.d ?? '';
}

async function addTimeline(
  manager: EntityManager,
  traject: Traject,
  to: TrajectStatus,
  datum: string,
  toelichting: string,
  mentorId: number | null,
  actor: Actor,
): Promise<void> {
  await manager.insert(TrajectStatusChangeEntity, {
    trajectId: traject.id,
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

export async function openTraject(
  manager: EntityManager,
  scope: AccessScope,
  input: z.output<typeof openTrajectInput>,
  actor: Actor,
): Promise<Traject> {
  const stamp = actor.now.toISOString();
  let fields: Pick<
    Traject,
    | 'regionId'
    | 'gemeenteId'
    | 'casusId'
    | 'casusActionId'
    | 'aanmelderPartner'
    | 'menteeRoepnaam'
    | 'menteeGeboortejaar'
  >;
  if (input.bron === 'casus_interventie') {
    const action = await manager.findOne(CasusActionEntity, { where: { id: input.casusActionId } });
    if (!action) throw new AppError('NOT_FOUND');
    const casus = await visibleCase(manager, scope, action.casusId);
    if (action.soort !== 'interventie' || action.interventietype !== 'mentortraject') {
      throw new AppError('NOT_MENTORTRAJECT');
    }
    const [taken] = (await manager.query(
      "SELECT count(*) AS n FROM mentor_traject WHERE casus_action_id = ? AND status <> 'afgerond'",
      [action.id],
    )) as { n: number }[];
    if (Number(taken?.n) > 0) throw new AppError('TRAJECT_EXISTS');
    const person = await manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } });
    fields = {
      regionId: casus.regionId,
      gemeenteId: person.gemeenteId,
      casusId: casus.id,
      casusActionId: action.id,
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
      casusId: null,
      casusActionId: null,
      aanmelderPartner: input.aanmelderPartner,
      menteeRoepnaam: input.menteeRoepnaam,
      menteeGeboortejaar: input.menteeGeboortejaar,
    };
  }
  const traject = await manager.save(TrajectEntity, {
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
  await manager.insert(TrajectStatusChangeEntity, {
    trajectId: traject.id,
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

export async function mentorMatches(manager: EntityManager, traject: Traject): Promise<MentorSuggestion[]> {
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
  traject: Traject,
  input: Input<'mentor:assign'>,
  actor: Actor,
): Promise<void> {
  assertOpen(traject);
  if (traject.mentorId === input.mentorId) return;
  await mentorById(manager, input.mentorId);
  if (!(await mentorMatches(manager, traject)).some((m) => m.id === input.mentorId)) {
    throw new AppError('MENTOR_NOT_AVAILABLE');
  }
  if (input.datum < (await lastTimelineDay(manager, traject.id))) throw invalid('datum', 'validation.dateOrder');
  const to: TrajectStatus = traject.status === 'aangemeld' ? 'gematcht' : traject.status;
  await addTimeline(manager, traject, to, input.datum, input.toelichting, input.mentorId, actor);
  await manager.update(
    TrajectEntity,
    { id: traject.id },
    { mentorId: input.mentorId, status: to, updatedAt: actor.now.toISOString() },
  );
}

export async function changeTrajectStatus(
  manager: EntityManager,
  traject: Traject,
  input: Input<'mentor:trajectory-status'>,
  actor: Actor,
): Promise<void> {
  assertOpen(traject);
  if (!canTrajectTransition(traject.status, input.to)) throw new AppError('TRANSITION_NOT_ALLOWED');
  if (input.datum < (await lastTimelineDay(manager, traject.id))) throw invalid('datum', 'validation.dateOrder');
  const changes: Partial<Traject> = { status: input.to, updatedAt: actor.now.toISOString() };
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
  await manager.update(TrajectEntity, { id: traject.id }, changes);
}

export async function saveGoals(manager: EntityManager, traject: Traject, doelen: Doel[], actor: Actor) {
  assertOpen(traject);
  await manager.update(TrajectEntity, { id: traject.id }, { doelen, updatedAt: actor.now.toISOString() });
}

export async function addContact(
  manager: EntityManager,
  traject: Traject,
  input: Input<'mentor:add-contact'>,
  actor: Actor,
) {
  assertOpen(traject);
  assertAfterAanmelding(traject, input.datum);
  const { trajectId, ...fields } = input;
  await manager.insert(ContactMomentEntity, {
    ...fields,
    trajectId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}

/** Evaluation moments may follow the end: the closing evaluation is often held afterwards. */
export async function addEvaluation(
  manager: EntityManager,
  traject: Traject,
  input: Input<'mentor:add-evaluation'>,
  actor: Actor,
) {
  assertAfterAanmelding(traject, input.datum);
  if (input.evalRoundId !== null && !(await manager.findOne(EvalRoundEntity, { where: { id: input.evalRoundId } }))) {
    throw invalid('evalRoundId');
  }
  const { trajectId, ...fields } = input;
  await manager.insert(EvaluatieMomentEntity, {
    ...fields,
    trajectId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}

export async function addSupport(
  manager: EntityManager,
  traject: Traject,
  input: Input<'mentor:add-support'>,
  actor: Actor,
) {
  assertAfterAanmelding(traject, input.datum);
  const consultant = await manager.findOne(MentorConsultantEntity, { where: { id: input.consultantId } });
  if (!consultant?.active) throw invalid('consultantId');
  const { trajectId, ...fields } = input;
  await manager.insert(ConsultantSupportEntity, {
    ...fields,
    trajectId,
    accountId: actor.accountId,
    createdAt: actor.now.toISOString(),
  });
}
