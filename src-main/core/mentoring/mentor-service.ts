// Mentors and their training: the mentorconsultants they are assigned to, profiles, the dated
// status history, and training and intervision sessions with attendance. Recording attendance runs
// the inzetbaar rule: a mentor in opleiding who has now attended every required module becomes
// inzetbaar on the day the last of them was completed.
import { In, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  checkMentorStatus,
  statusAfterTraining,
  trainingComplete,
  type MentorStatus,
} from '../../../src-shared/domain/mentoring';
import { isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import type { mentorInput, mentoringChannels } from '../../../src-shared/ipc/mentoring';
import type { Actor } from '../handlers';
import { AccountEntity } from '../db/entities/account';
import {
  MentorConsultantEntity,
  MentorEntity,
  MentorModuleEntity,
  MentorStatusChangeEntity,
  TrainingAttendanceEntity,
  TrainingSessionEntity,
  type Mentor,
  type MentorConsultant,
} from '../db/entities/mentoring';
import { ZvhRegionEntity } from '../db/entities/reference';
import { query } from '../db/sql';
import * as q from './queries';
import { modulesOf } from './settings';
import { saveVersioned } from '../db/versioned';

type TrainingInput = z.output<(typeof mentoringChannels)['mentoring:save-training']['input']>;
type ConsultantInput = z.output<(typeof mentoringChannels)['mentoring:save-consultant']['input']>;

export const invalid = (field: string, key = 'validation.invalidChoice') =>
  new AppError('INVALID_INPUT', undefined, { [field]: { key } });

export async function mentorById(manager: EntityManager, id: number): Promise<Mentor> {
  const found = await manager.findOne(MentorEntity, { where: { id } });
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

export async function assertRegion(manager: EntityManager, field: string, regionId: number | null): Promise<void> {
  if (regionId !== null && !(await manager.findOne(ZvhRegionEntity, { where: { id: regionId } }))) {
    throw invalid(field);
  }
}

/** The first day each module was attended by the mentor (module code -> yyyy-mm-dd). */
export async function attendedModules(manager: EntityManager, mentorId: number): Promise<Map<string, string>> {
  const rows = await query<{ module: string; datum: string }>(manager, q.attendedModules(mentorId));
  return new Map(rows.map((r) => [r.module, r.datum]));
}

/** The day of the mentor's latest status change: a new one may not lie before it. */
async function lastStatusDay(manager: EntityManager, mentorId: number): Promise<string> {
  const [row] = await query<{ d: string | null }>(manager, q.lastStatusDay(mentorId));
  return row?.d ?? '';
}

async function recordStatus(
  manager: EntityManager,
  mentor: Mentor,
  to: MentorStatus,
  datum: string,
  toelichting: string,
  automatisch: boolean,
  actor: Actor,
): Promise<void> {
  const stamp = actor.now.toISOString();
  await manager.insert(MentorStatusChangeEntity, {
    mentorId: mentor.id,
    fromStatus: mentor.status,
    toStatus: to,
    datum,
    toelichting,
    automatisch,
    accountId: actor.accountId,
    at: stamp,
  });
  await manager.update(MentorEntity, { id: mentor.id }, { status: to, updatedAt: stamp });
}

export async function saveConsultant(
  manager: EntityManager,
  input: ConsultantInput,
  actor: Actor,
): Promise<MentorConsultant> {
  if (input.accountId !== null) {
    const account = await manager.findOne(AccountEntity, { where: { id: input.accountId } });
    if (!account?.active) throw invalid('accountId');
  }
  const existing = input.id ? await manager.findOne(MentorConsultantEntity, { where: { id: input.id } }) : null;
  if (input.id && !existing) throw new AppError('NOT_FOUND');
  return manager.save(MentorConsultantEntity, {
    ...(existing ?? { createdAt: actor.now.toISOString() }),
    naam: input.naam,
    organisatie: input.organisatie,
    accountId: input.accountId,
    active: input.active,
  });
}

export async function saveMentor(
  manager: EntityManager,
  input: z.output<typeof mentorInput>,
  actor: Actor,
): Promise<number> {
  await assertRegion(manager, 'regionId', input.regionId);
  if (input.consultantId !== null) {
    const consultant = await manager.findOne(MentorConsultantEntity, { where: { id: input.consultantId } });
    if (!consultant?.active) throw invalid('consultantId');
  }
  const stamp = actor.now.toISOString();
  const { id, sinds, version, ...profile } = input;
  if (id) {
    await mentorById(manager, id);
    await saveVersioned(manager, MentorEntity, id, version, { ...profile, updatedAt: stamp }, actor, {
      wanted: profile,
    });
    return id;
  }
  const created = await manager.save(MentorEntity, {
    ...profile,
    status: 'in_opleiding' as const,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await manager.insert(MentorStatusChangeEntity, {
    mentorId: created.id,
    fromStatus: null,
    toStatus: 'in_opleiding',
    datum: sinds ?? isoDay(actor.now),
    toelichting: '',
    automatisch: false,
    accountId: actor.accountId,
    at: stamp,
  });
  return created.id;
}

export async function setMentorStatus(
  manager: EntityManager,
  mentor: Mentor,
  to: MentorStatus,
  datum: string,
  toelichting: string,
  actor: Actor,
): Promise<void> {
  const complete = trainingComplete(await modulesOf(manager), (await attendedModules(manager, mentor.id)).keys());
  const check = checkMentorStatus(mentor.status, to, complete);
  if (check === 'training-incomplete') throw new AppError('MENTOR_TRAINING_INCOMPLETE');
  if (check === 'not-allowed') throw new AppError('TRANSITION_NOT_ALLOWED');
  if (datum < (await lastStatusDay(manager, mentor.id))) throw invalid('datum', 'validation.dateOrder');
  await recordStatus(manager, mentor, to, datum, toelichting, false, actor);
}

/** Runs the inzetbaar rule for these mentors; returns the ids that became inzetbaar. */
export async function applyTrainingRule(manager: EntityManager, mentorIds: number[], actor: Actor): Promise<number[]> {
  const modules = await modulesOf(manager);
  const promoted: number[] = [];
  for (const mentorId of mentorIds) {
    const mentor = await mentorById(manager, mentorId);
    const attended = await attendedModules(manager, mentorId);
    if (statusAfterTraining(mentor.status, modules, attended.keys()) !== 'inzetbaar' || mentor.status === 'inzetbaar') {
      continue;
    }
    // Complete on the day the last required module was first attended (and never before the
    // status the mentor has now: the history stays in order).
    const completed = [
      ...modules.filter((m) => m.required && m.active).map((m) => attended.get(m.code)!),
      await lastStatusDay(manager, mentorId),
    ]
      .sort()
      .at(-1)!;
    await recordStatus(manager, mentor, 'inzetbaar', completed, '', true, actor);
    promoted.push(mentorId);
  }
  return promoted;
}

export async function saveTraining(manager: EntityManager, input: TrainingInput, actor: Actor): Promise<number> {
  const module = await manager.findOne(MentorModuleEntity, { where: { code: input.module } });
  const existing = input.id ? await manager.findOne(TrainingSessionEntity, { where: { id: input.id } }) : null;
  if (input.id && !existing) throw new AppError('NOT_FOUND');
  // A new session needs an active module; an old one keeps the module it had.
  if (!module || (!module.active && existing?.module !== module.code)) throw invalid('module');
  await assertRegion(manager, 'regionId', input.regionId);
  const attendees = [...new Set(input.attendees)];
  if (attendees.length) {
    const found = await manager.find(MentorEntity, { where: { id: In(attendees) } });
    if (found.length !== attendees.length) throw invalid('attendees');
  }
  const stamp = actor.now.toISOString();
  const { attendees: _ignored, id: _id, ...fields } = input;
  const session = await manager.save(TrainingSessionEntity, {
    ...(existing ?? { createdAt: stamp }),
    ...fields,
    updatedAt: stamp,
  });
  await manager.delete(TrainingAttendanceEntity, { sessionId: session.id });
  if (attendees.length) {
    await manager.insert(
      TrainingAttendanceEntity,
      attendees.map((mentorId) => ({ sessionId: session.id, mentorId })),
    );
  }
  // Removing someone from a session never takes their status back: that is a decision for people.
  await applyTrainingRule(manager, attendees, actor);
  return session.id;
}
