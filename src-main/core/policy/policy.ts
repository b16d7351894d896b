// The installation's policy (idle lock, retention period), kept as one setting in the database.
import type { EntityManager } from 'typeorm';
import { DEFAULT_POLICY, type Policy } from '../../../src-shared/ipc/policy';
import { SettingEntity } from '../db/entities/setting';

export const POLICY_KEY = 'policy';

export async function policyOf(manager: EntityManager): Promise<Policy> {
  const row = await manager.findOne(SettingEntity, { where: { key: POLICY_KEY } });
  return policyFromSetting(row?.value ?? null);
}

/** The policy from its stored setting (JSON; null: none stored, the defaults). */
export function policyFromSetting(value: string | null): Policy {
  return { ...DEFAULT_POLICY, ...(value !== null ? (JSON.parse(value) as Partial<Policy>) : {}) };
}

export async function savePolicy(manager: EntityManager, policy: Policy): Promise<void> {
  await manager.save(SettingEntity, { key: POLICY_KEY, value: JSON.stringify(policy) });
}
