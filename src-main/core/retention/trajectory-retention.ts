// The bewaartermijn for mentor trajectories. A trajectory holds the mentee's roepnaam, birth year,
// goals and the notes of contact, evaluation and support moments: personal data that must go with
// the rest. What stays is what the mentor project accounts for — dates, durations, counts, status
// history, reason and outcome — so the dashboard and the anonymised dataset keep their history.
//
// A trajectory from a casus is anonymised when that casus is destroyed. One from a partner's
// aanmelding has no casus: once it has been afgerond for the policy's number of years it is listed
// as due on the Bewaartermijn page, next to the cases, and anonymised from there.
import { In, IsNull, LessThanOrEqual, type EntityManager } from 'typeorm';
import { isoDay } from '../../../src-shared/domain/format';
import { AppError } from '../../../src-shared/ipc/errors';
import type { DueTrajectory } from '../../../src-shared/ipc/retention';
import { shredScopes } from '../audit/shred';
import { retentionEnd, retentionYears } from '../cases/case-service';
import { TrajectoryEntity, type Trajectory } from '../db/entities/mentoring';
import { ZvhRegionEntity } from '../db/entities/reference';
import { query } from '../db/sql';
import { TRAJECTORY_NOTE_TABLES, blankTrajectoryNotes, blankTrajectoryStatusNotes } from './queries';

/**
 * The day a trajectory's retention period ends: its end date (yyyy-mm-dd), `years` later. The end
 * date is read as noon local time, the zone every other calendar day here is in: read as UTC it
 * would be the next day east of UTC+12.
 */
export function trajectoryRetentionUntil(endedAt: string, years: number): string {
  return retentionEnd(new Date(`${endedAt}T12:00:00`), years);
}

/** The last day on which a trajectory ended `years` ago is due: the cut-off for `today`. */
function cutoff(today: Date, years: number): string {
  const day = new Date(today);
  day.setFullYear(day.getFullYear() - years);
  return isoDay(day);
}

/** The trajectories from an aanmelding, afgerond `years` or longer before `today`, not yet anonymised. */
function dueWhere(today: Date, years: number) {
  return {
    status: 'afgerond' as const,
    caseId: IsNull(),
    vernietigdOp: IsNull(),
    eindDatum: LessThanOrEqual(cutoff(today, years)),
  };
}

/** How many trajectories `dueTrajectories` lists, in one count (the beheerder's start page). */
export async function countDueTrajectories(manager: EntityManager, today: Date): Promise<number> {
  return manager.count(TrajectoryEntity, { where: dueWhere(today, await retentionYears(manager)) });
}

export async function dueTrajectories(manager: EntityManager, today: Date): Promise<DueTrajectory[]> {
  const years = await retentionYears(manager);
  const trajectories = await manager.find(TrajectoryEntity, {
    where: dueWhere(today, years),
    order: { eindDatum: 'ASC', id: 'ASC' },
  });
  const regions = new Map((await manager.find(ZvhRegionEntity)).map((r) => [r.id, r.name]));
  return trajectories.map((t) => ({
    id: t.id,
    code: t.code,
    endedAt: t.eindDatum!,
    retentionUntil: trajectoryRetentionUntil(t.eindDatum!, years),
    uitkomst: t.uitkomst,
    region: regions.get(t.regionId) ?? '',
  }));
}

/** Removes the personal data of the given trajectories and marks them; returns how many. */
export async function anonymiseTrajectories(
  manager: EntityManager,
  trajectories: Trajectory[],
  today: Date,
): Promise<number> {
  const ids = trajectories.map((t) => t.id);
  if (!ids.length) return 0;
  const month = isoDay(today).slice(0, 7);
  for (const traject of trajectories) {
    await manager.update(
      TrajectoryEntity,
      { id: traject.id },
      {
        menteeRoepnaam: '',
        menteeGeboortejaar: null,
        caseId: null,
        caseActionId: null,
        doelen: traject.doelen.map((doel) => ({ id: doel.id, tekst: '', behaald: doel.behaald })),
        vernietigdOp: month,
        updatedAt: today.toISOString(),
      },
    );
  }
  for (const table of TRAJECTORY_NOTE_TABLES) await query(manager, blankTrajectoryNotes(table, ids));
  await query(manager, blankTrajectoryStatusNotes(ids));
  await shredScopes(
    manager,
    ids.map((id) => `mentortraject:${id}`),
  );
  return ids.length;
}

/** The trajectories that came from the given cases (called before those cases are deleted). */
export function trajectoriesOfCases(manager: EntityManager, caseIds: number[]): Promise<Trajectory[]> {
  return manager.find(TrajectoryEntity, { where: { caseId: In(caseIds) } });
}

/** Anonymises the given due trajectories; refuses if one of them is not due (anymore). */
export async function destroyTrajectories(manager: EntityManager, ids: number[], today: Date): Promise<number> {
  if (!ids.length) return 0;
  const due = new Set((await dueTrajectories(manager, today)).map((t) => t.id));
  if (ids.some((id) => !due.has(id))) throw new AppError('NOT_DUE');
  return anonymiseTrajectories(manager, await manager.find(TrajectoryEntity, { where: { id: In(ids) } }), today);
}
