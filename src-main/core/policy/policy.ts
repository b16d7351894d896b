// The installation's policy (idle lock, retention period), kept as one setting in the database.
import type { EntityManager } from 'typeorm';
import { DEFAULT_POLICY, type Policy } from '../../../src-shared/ipc/policy';
import { SettingEntity } from '../db/entities/setting';

export const POLICY_KEY = 'policy';

export async function policyOf(manager: EntityManager): Promise<Policy> {
  const row = await manager.findOne(SettingEntity, { where: { key: POLICY_KEY } });
  return { ...DEFAULT_POLICY, ...(row ? (JSON.parse(row.value) as Partial<Policy>) : {}) };
}

export async function savePolicy(manager: EntityManager, policy: Policy): Promise<void> {
  await manager.save(SettingEntity, { key: POLICY_KEY, value: JSON.stringify(policy) });
}
