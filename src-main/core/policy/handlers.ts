// Handlers for policy:* (beheerder): the installation's rules, such as the idle lock.
import { DEFAULT_POLICY } from '../../../src-shared/ipc/policy';
import { SettingEntity } from '../db/entities/setting';
import { tx, type Handlers } from '../handlers';
import { POLICY_KEY } from '../session/session-service';
import type { Workspace } from '../workspace';

export function policyHandlers(ws: Workspace): Pick<Handlers, 'policy:get' | 'policy:update'> {
  return {
    'policy:get': tx(async (_input, ctx) => {
      const row = await ctx.manager.findOne(SettingEntity, { where: { key: POLICY_KEY } });
      return { ...DEFAULT_POLICY, ...(row ? JSON.parse(row.value) : {}) };
    }),
    'policy:update': tx(async (input, ctx) => {
      await ctx.manager.save(SettingEntity, { key: POLICY_KEY, value: JSON.stringify(input) });
      ctx.note({ objectType: 'policy', details: { idleMinutes: input.idleMinutes } });
      ws.idleMinutes = input.idleMinutes;
      return input;
    }),
  };
}
