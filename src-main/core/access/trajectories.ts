// Need-to-know for mentor trajectories: a trajectory is seen in the caller's ZVH regions, and one
// opened from a casus only by who may see that casus (the same rule as cases, access.ts).
import type { EntityManager } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { TrajectoryEntity, type Trajectory } from '../db/entities/mentoring';
import { visibleCaseIds, type AccessScope } from './access';

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
