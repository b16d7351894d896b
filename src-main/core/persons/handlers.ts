// Handlers for persons:* (the duplicate check, a person's card, corrections and restriction). A
// person is visible through a visible casus of theirs; otherwise NOT_FOUND.
import { visibleCasesOfPerson } from '../access/access';
import type { Clock } from '../clock';
import { PersonEntity } from '../db/entities/person';
import { actorOf, scopeOf, tx, type Handlers } from '../handlers';
import type { CaseSearch } from '../search/case-search';
import { findMatches, restrictPerson, toPersonView, updatePerson } from './person-service';

type PersonHandlers = Pick<Handlers, 'persons:matches' | 'persons:get' | 'persons:update' | 'persons:restrict'>;

export function personHandlers({ clock, search }: { clock: Clock; search: CaseSearch }): PersonHandlers {
  return {
    'persons:matches': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', details: { search: 'duplicates' } });
      return findMatches(ctx.manager, await scopeOf(ctx), input);
    }),
    'persons:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id });
      await visibleCasesOfPerson(ctx.manager, await scopeOf(ctx), input.id);
      return toPersonView(ctx.manager, await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } }));
    }),
    'persons:update': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id });
      const mine = await scopeOf(ctx);
      const own = await visibleCasesOfPerson(ctx.manager, mine, input.id);
      const person = await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } });
      const updated = await updatePerson(ctx.manager, person, input.person, {
        reden: input.reden,
        ...actorOf(ctx, clock),
      });
      // The search index holds the names: every casus of the person is indexed again.
      for (const casus of own) await search.index(ctx.manager, casus.id);
      return toPersonView(ctx.manager, updated);
    }),
    'persons:restrict': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id, details: { beperkt: input.restricted } });
      await visibleCasesOfPerson(ctx.manager, await scopeOf(ctx), input.id);
      const person = await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } });
      return toPersonView(
        ctx.manager,
        await restrictPerson(ctx.manager, person, input.restricted, input.reden, actorOf(ctx, clock)),
      );
    }),
  };
}
