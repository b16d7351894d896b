// Handlers for rights:* (the person's right of access).
import { isoDay } from '../../../src-shared/domain/format';
import { scopeFor } from '../access/access';
import { plain, tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { buildInzage } from './inzage';

export function rightsHandlers({
  clock,
  platform,
}: Pick<WorkspaceParts, 'clock' | 'platform'>): Pick<Handlers, 'rights:inzage' | 'rights:inzage-export'> {
  return {
    'rights:inzage': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.personId, details: { inzage: true } });
      return buildInzage(
        ctx.manager,
        await scopeFor(ctx.manager, ctx.session),
        input.personId,
        input.excludeThirdParties,
        clock.now(),
      );
    }),
    'rights:inzage-export': plain(async (input, ctx) => {
      ctx.note({
        objectType: 'persoon',
        objectId: input.personId,
        details: { zonderDerden: input.excludeThirdParties },
      });
      const report = await ctx.read(async (manager) =>
        buildInzage(
          manager,
          await scopeFor(manager, ctx.session),
          input.personId,
          input.excludeThirdParties,
          clock.now(),
        ),
      );
      const bytes = Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8');
      const saved = await platform.files.saveAs(`inzage-${input.personId}-${isoDay(clock.now())}.json`, bytes, 'json');
      return { saved: saved.saved, fileName: saved.fileName ?? null };
    }),
  };
}
