// The colleagues a meeting can name as chair, notulist or invited person. The full account list
// is for the beheerder; this answers only what the meeting form needs: id, name and case roles of
// active accounts that share a ZVH region with the caller. Login names, status and dates stay out.
import type { EntityManager } from 'typeorm';
import { COLLEAGUE_ROLES, type Colleague, type ColleagueRole } from '../../../src-shared/ipc/meetings';
import type { AccessScope } from '../access/access';
import { AccountEntity } from '../db/entities/account';

export async function colleagues(
  manager: EntityManager,
  scope: AccessScope,
  regionId: number | null,
): Promise<Colleague[]> {
  // A region the caller does not hold is answered like one without colleagues.
  const regions = regionId === null ? scope.regionIds : scope.regionIds.filter((r) => r === regionId);
  if (!regions.length) return [];
  const accounts = await manager.find(AccountEntity, { where: { active: true } });
  const found: Colleague[] = [];
  for (const account of accounts) {
    const roles = account.roles.filter((role): role is ColleagueRole =>
      (COLLEAGUE_ROLES as readonly string[]).includes(role),
    );
    if (!roles.length || !account.regionIds.some((r) => regions.includes(r))) continue;
    found.push({ id: account.id, displayName: account.displayName, roles });
  }
  return found.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.id - b.id);
}
