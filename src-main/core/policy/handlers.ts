// Handlers for policy:* (beheerder): the installation's rules, such as the idle lock and the
// retention period, within what the administrator's policy allows (admin.ts).
import type { AdminPolicy } from '../../../src-shared/domain/admin-policy';
import { tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { assertAllowed, underAdminPolicy } from './admin';
import { policyOf, savePolicy } from './policy';

export function policyHandlers(
  { sessionState }: Pick<WorkspaceParts, 'sessionState'>,
  admin: AdminPolicy = {},
): Pick<Handlers, 'policy:get' | 'policy:update'> {
  return {
    'policy:get': tx(async (_input, ctx) => underAdminPolicy(await policyOf(ctx.manager), admin)),
    'policy:update': tx(async (input, ctx) => {
      assertAllowed(input, admin);
      await savePolicy(ctx.manager, input);
      ctx.note({
        objectType: 'policy',
        details: { idleMinutes: input.idleMinutes, retentionYears: input.retentionYears },
      });
      sessionState.idleMinutes = input.idleMinutes;
      return input;
    }),
  };
}
