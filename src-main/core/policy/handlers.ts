// Handlers for policy:* (beheerder): the installation's rules, such as the idle lock and the
// retention period.
import { tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { policyOf, savePolicy } from './policy';

export function policyHandlers({
  sessionState,
}: Pick<WorkspaceParts, 'sessionState'>): Pick<Handlers, 'policy:get' | 'policy:update'> {
  return {
    'policy:get': tx((_input, ctx) => policyOf(ctx.manager)),
    'policy:update': tx(async (input, ctx) => {
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
