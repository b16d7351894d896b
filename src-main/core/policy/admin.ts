// The administrator's policy over the installation's own policy (policy.ts): a lock time it
// fixes and a retention minimum it sets are written into the stored policy each time the
// database opens, so every reader of policyOf (the idle lock, the retention dates, a server's
// sessions) follows it without knowing of it; policy:update refuses to go against it.
import type { EntityManager } from 'typeorm';
import type { AdminPolicy } from '../../../src-shared/domain/admin-policy';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Policy } from '../../../src-shared/ipc/policy';
import { policyOf, savePolicy } from './policy';

/** The stored policy as the administrator's policy makes it. */
export function underAdminPolicy(policy: Policy, admin: AdminPolicy): Policy {
  return {
    idleMinutes: admin.idleLockMinutes ?? policy.idleMinutes,
    retentionYears: Math.max(policy.retentionYears, admin.retentionMinimumYears ?? 1),
  };
}

/** Refuses a change the administrator's policy does not allow (MANAGED_BY_POLICY). */
export function assertAllowed(next: Policy, admin: AdminPolicy): void {
  const fixed = underAdminPolicy(next, admin);
  if (fixed.idleMinutes !== next.idleMinutes || fixed.retentionYears !== next.retentionYears) {
    throw new AppError('MANAGED_BY_POLICY');
  }
}

/** After the database opened: bring the stored policy in line (written only when it differs). */
export async function applyAdminPolicy(manager: EntityManager, admin: AdminPolicy): Promise<void> {
  if (admin.idleLockMinutes === undefined && admin.retentionMinimumYears === undefined) return;
  const stored = await policyOf(manager);
  const fixed = underAdminPolicy(stored, admin);
  if (fixed.idleMinutes !== stored.idleMinutes || fixed.retentionYears !== stored.retentionYears) {
    await savePolicy(manager, fixed);
  }
}
