// Handler for work:mine ("Mijn werk"): what is due for the caller, within their scope.
import type { Clock } from '../clock';
import { scopeOf, tx, type Handlers } from '../handlers';
import { myWork } from './my-work';

export function workHandlers({ clock }: { clock: Clock }): Pick<Handlers, 'work:mine'> {
  return {
    'work:mine': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'mijn-werk' });
      return myWork(ctx.manager, await scopeOf(ctx), clock.now());
    }),
  };
}
