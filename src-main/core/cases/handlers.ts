// Handlers for persons:*, signals:*, cases:*, search:query and work:mine. Every one reads the
// caller's access scope first; a casus or person outside it is NOT_FOUND.
import { tx, type Handlers, type TxContext } from '../handlers';
import {
  assertNotRestricted,
  findMatches,
  restrictPerson,
  toPersonView,
  updatePerson,
} from '../persons/person-service';
import { PersonEntity } from '../db/entities/person';
import { AppError } from '../../../src-shared/ipc/errors';
import type { CaseSearch } from '../search/case-search';
import type { SignalService } from '../signals/signal-service';
import { myWork } from '../work/my-work';
import type { Workspace } from '../workspace';
import { scopeFor, visibleCase, visibleCasesOfPerson } from '../access/access';
import type { Actor, CaseService } from './case-service';
import { buildDossier } from './dossier';

type CaseHandlers = Pick<
  Handlers,
  | 'persons:matches'
  | 'persons:get'
  | 'persons:update'
  | 'persons:restrict'
  | 'signals:register'
  | 'signals:weigh'
  | 'cases:get'
  | 'cases:transition'
  | 'cases:update'
  | 'cases:note'
  | 'cases:save-action'
  | 'cases:plan-monitoring'
  | 'cases:record-monitoring'
  | 'search:query'
  | 'work:mine'
>;

export function caseHandlers(
  ws: Workspace,
  cases: CaseService,
  signals: SignalService,
  search: CaseSearch,
): CaseHandlers {
  const actor = (ctx: TxContext): Actor => ({ accountId: ctx.session?.user.id ?? null, now: ws.clock.now() });
  const scope = (ctx: TxContext) => scopeFor(ctx.manager, ctx.session);

  /** Runs a change on a visible casus and answers with its fresh dossier. */
  const onCase = (change: (ctx: TxContext, caseId: number) => Promise<void>) => async (id: number, ctx: TxContext) => {
    ctx.note({ objectType: 'casus', objectId: id });
    const mine = await scope(ctx);
    const casus = await visibleCase(ctx.manager, mine, id);
    // Restricted processing: the casus can be read, not changed.
    assertNotRestricted(await ctx.manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } }));
    await change(ctx, id);
    return buildDossier(ctx.manager, mine, await visibleCase(ctx.manager, mine, id));
  };

  return {
    'persons:matches': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', details: { search: 'duplicates' } });
      return findMatches(ctx.manager, await scope(ctx), input);
    }),
    'persons:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id });
      await visibleCasesOfPerson(ctx.manager, await scope(ctx), input.id);
      return toPersonView(ctx.manager, await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } }));
    }),
    'persons:update': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id });
      const mine = await scope(ctx);
      const own = await visibleCasesOfPerson(ctx.manager, mine, input.id);
      const person = await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } });
      const updated = await updatePerson(ctx.manager, person, input.person, { reden: input.reden, ...actor(ctx) });
      for (const casus of own) await search.index(ctx.manager, casus.id);
      return toPersonView(ctx.manager, updated);
    }),
    'persons:restrict': tx(async (input, ctx) => {
      ctx.note({ objectType: 'persoon', objectId: input.id, details: { beperkt: input.restricted } });
      await visibleCasesOfPerson(ctx.manager, await scope(ctx), input.id);
      const person = await ctx.manager.findOneOrFail(PersonEntity, { where: { id: input.id } });
      return toPersonView(
        ctx.manager,
        await restrictPerson(ctx.manager, person, input.restricted, input.reden, actor(ctx)),
      );
    }),
    'signals:register': tx(async (input, ctx) => {
      const registered = await signals.register(ctx.manager, await scope(ctx), input, actor(ctx));
      ctx.note({ objectType: 'casus', objectId: registered.caseId, details: { signaal: registered.signalId } });
      return registered;
    }),
    'signals:weigh': tx(async (input, ctx) => {
      const result = await signals.weigh(ctx.manager, await scope(ctx), input, actor(ctx));
      ctx.note({
        objectType: 'casus',
        objectId: result.caseId,
        details: { signaal: input.signalId, besluit: input.besluit },
      });
      return result;
    }),
    'cases:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'casus', objectId: input.id });
      const mine = await scope(ctx);
      const casus = await visibleCase(ctx.manager, mine, input.id);
      return buildDossier(ctx.manager, mine, casus);
    }),
    'cases:transition': tx((input, ctx) =>
      onCase(async (c, id) => {
        const casus = await visibleCase(c.manager, await scope(c), id);
        c.note({ details: { van: casus.state, naar: input.to } });
        await cases.transition(c.manager, casus, input.to, input.toelichting, input.outcome, actor(c));
      })(input.id, ctx),
    ),
    'cases:update': tx((input, ctx) =>
      onCase(async (c, id) => {
        const mine = await scope(c);
        if (!mine.regionIds.includes(input.regionId)) {
          throw new AppError('INVALID_INPUT', undefined, { regionId: { key: 'validation.invalidChoice' } });
        }
        await cases.update(c.manager, await visibleCase(c.manager, mine, id), input, actor(c));
      })(input.id, ctx),
    ),
    'cases:note': tx((input, ctx) =>
      onCase(async (c, id) =>
        cases.addNote(c.manager, await visibleCase(c.manager, await scope(c), id), input.tekst, actor(c)),
      )(input.id, ctx),
    ),
    'cases:save-action': tx((input, ctx) =>
      onCase(async (c, id) => {
        const actionId = await cases.saveAction(
          c.manager,
          await visibleCase(c.manager, await scope(c), id),
          input,
          actor(c),
        );
        c.note({ details: { actie: actionId } });
      })(input.caseId, ctx),
    ),
    'cases:plan-monitoring': tx((input, ctx) =>
      onCase(async (c, id) =>
        cases.planMonitoring(c.manager, await visibleCase(c.manager, await scope(c), id), input.gepland, actor(c)),
      )(input.id, ctx),
    ),
    'cases:record-monitoring': tx((input, ctx) =>
      onCase(async (c, id) =>
        cases.recordMonitoring(
          c.manager,
          await visibleCase(c.manager, await scope(c), id),
          input.monitoringId,
          input.bevindingen,
          actor(c),
        ),
      )(input.id, ctx),
    ),
    'search:query': tx(async (input, ctx) => {
      // What was searched for is not recorded: it may be a name.
      ctx.note({ objectType: 'zoeken' });
      return search.search(ctx.manager, input, await scope(ctx));
    }),
    'work:mine': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'mijn-werk' });
      return myWork(ctx.manager, await scope(ctx), ws.clock.now());
    }),
  };
}
