// Handlers for signals:* (registering a signal and its weging). Both act on a casus in the
// caller's need-to-know scope; the audit entry names the casus and the signal.
import type { Clock } from '../clock';
import { actorOf, scopeOf, tx, type Handlers } from '../handlers';
import type { SignalService } from './signal-service';

type SignalHandlers = Pick<Handlers, 'signals:register' | 'signals:weigh'>;

export function signalHandlers({ clock, signals }: { clock: Clock; signals: SignalService }): SignalHandlers {
  return {
    'signals:register': tx(async (input, ctx) => {
      const registered = await signals.register(ctx.manager, await scopeOf(ctx), input, actorOf(ctx, clock));
      ctx.note({
        objectType: 'casus',
        objectId: registered.caseId,
        // The entry's label, as written (audit/object-labels.ts names a casus by its number).
        objectLabel: registered.caseNumber,
        details: { signaal: registered.signalId },
      });
      return registered;
    }),
    'signals:weigh': tx(async (input, ctx) => {
      const result = await signals.weigh(ctx.manager, await scopeOf(ctx), input, actorOf(ctx, clock));
      ctx.note({
        objectType: 'casus',
        objectId: result.caseId,
        details: { signaal: input.signalId, besluit: input.besluit },
      });
      return result;
    }),
  };
}
