// Handlers for experts:* — the municipalities each gemeentelijk expert supports (beheerder), their
// consultations (the expert), and the overview per municipality and per year.
import { scopeOf, tx, type Handlers } from '../handlers';
import type { WorkspaceParts } from '../workspace';
import { ExpertAdviesEntity } from '../db/entities/expert';
import {
  adviesViews,
  assignGemeenten,
  expertOverview,
  expertsByGemeente,
  listAdvies,
  saveAdvies,
} from './expert-service';

type ExpertChannel = Extract<keyof Handlers, `experts:${string}`>;

export function expertHandlers({ clock }: Pick<WorkspaceParts, 'clock'>): Pick<Handlers, ExpertChannel> {
  return {
    'experts:list': tx((_input, ctx) => {
      ctx.note({ objectType: 'expert' });
      return expertsByGemeente(ctx.manager);
    }),
    'experts:assign': tx((input, ctx) => {
      ctx.note({ objectType: 'expert', objectId: input.accountId, details: { gemeenten: input.gemeenteIds.length } });
      return assignGemeenten(ctx.manager, input.accountId, input.gemeenteIds);
    }),
    'experts:save-advies': tx(async (input, ctx) => {
      const id = await saveAdvies(ctx.manager, input, { accountId: ctx.session?.user.id ?? null, now: clock.now() });
      ctx.note({ objectType: 'expertadvies', objectId: id, details: { gemeente: input.gemeenteId } });
      return (await adviesViews(ctx.manager, [await ctx.manager.findOneByOrFail(ExpertAdviesEntity, { id })]))[0]!;
    }),
    'experts:advies': tx(async (input, ctx) => {
      ctx.note({ objectType: 'expertadvies' });
      return listAdvies(ctx.manager, await scopeOf(ctx), input);
    }),
    'experts:overview': tx(async (input, ctx) => {
      ctx.note({ objectType: 'expertadvies', details: { jaar: input.year } });
      return expertOverview(ctx.manager, await scopeOf(ctx), input.year);
    }),
  };
}
