// The access layer, shared by every feature. Need-to-know: a user sees the cases of the ZVH
// regions on their account, and of those only the ones that are not afgeschermd or that name them.
// Everything that reads a person or a casus goes through these functions; a casus that may not be
// seen does not exist for the caller (NOT_FOUND, the same answer as for a number never used).
import type { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity } from '../db/entities/account';
import { CaseEntity, type Case } from '../db/entities/casus';
import type { OpenSession } from '../workspace';

export interface AccessScope {
  accountId: number;
  regionIds: number[];
}

/** The caller's scope, read fresh from the account (a beheerder may have changed the regions). */
export async function scopeFor(manager: EntityManager, session: OpenSession | null): Promise<AccessScope> {
  if (!session) throw new AppError('NOT_AUTHENTICATED');
  const account = await manager.findOne(AccountEntity, { where: { id: session.user.id } });
  return { accountId: session.user.id, regionIds: account?.active ? account.regionIds : [] };
}

/** Restricts a query on casus (under `alias`) to what the scope may see. */
export function whereVisible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, scope: AccessScope) {
  if (scope.regionIds.length === 0) return qb.andWhere('1 = 0');
  return qb
    .andWhere(`${alias}.region_id IN (:...visibleRegions)`, { visibleRegions: scope.regionIds })
    .andWhere(
      `(${alias}.afgeschermd = :notShielded OR EXISTS (SELECT 1 FROM casus_access ca WHERE ca.casus_id = ${alias}.id AND ca.account_id = :viewer))`,
      { notShielded: false, viewer: scope.accountId },
    );
}

export async function visibleCase(manager: EntityManager, scope: AccessScope, caseId: number): Promise<Case> {
  const qb = manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :caseId', { caseId });
  const found = await whereVisible(qb, 'c', scope).getOne();
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/** The person's cases that the scope may see; NOT_FOUND when there are none. */
export async function visibleCasesOfPerson(
  manager: EntityManager,
  scope: AccessScope,
  personId: number,
): Promise<Case[]> {
  const qb = manager.createQueryBuilder(CaseEntity, 'c').where('c.person_id = :personId', { personId });
  const found = await whereVisible(qb, 'c', scope).orderBy('c.opened_at', 'DESC').getMany();
  if (!found.length) throw new AppError('NOT_FOUND');
  return found;
}

/** Of the given case ids, the ones the scope may see (one query; unknown ids are left out). */
export async function visibleCaseIds(
  manager: EntityManager,
  scope: AccessScope,
  caseIds: number[],
): Promise<Set<number>> {
  const wanted = [...new Set(caseIds)];
  if (!wanted.length) return new Set();
  const qb = manager.createQueryBuilder(CaseEntity, 'c').select('c.id', 'id').where('c.id IN (:...wanted)', { wanted });
  const rows = await whereVisible(qb, 'c', scope).getRawMany<{ id: number }>();
  return new Set(rows.map((row) => Number(row.id)));
}
