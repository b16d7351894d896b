// Handlers for cases:* (a casus's dossier and the changes to it). Every one reads the caller's
// access scope first; a casus outside it is NOT_FOUND. Persons, signals, search and "mijn werk"
// have their own handlers (persons/, signals/, search/, work/).
import { AppError } from '../../../src-shared/ipc/errors';
import { visibleCase, type AccessScope } from '../access/access';
import type { Clock } from '../clock';
import type { Case } from '../db/entities/casus';
import { PersonEntity } from '../db/entities/person';
import { actorOf, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import { assertNotRestricted } from '../persons/person-service';
import type { CaseService } from './case-service';
import { buildDossier } from './dossier';

type CaseHandlers = Pick<
  Handlers,
  | 'cases:get'
  | 'cases:transition'
  | 'cases:update'
  | 'cases:note'
  | 'cases:save-action'
  | 'cases:plan-monitoring'
  | 'cases:record-monitoring'
>;

export function caseHandlers({ clock, cases }: { clock: Clock; cases: CaseService }): CaseHandlers {
  const actor = (ctx: TxContext) => actorOf(ctx, clock);
  const scope = scopeOf;

  /**
   * Runs a change on a visible casus (as read here, in the change's own transaction: the change
   * need not read it again) and answers with its fresh dossier.
   */
  const onCase =
    (change: (ctx: TxContext, casus: Case, scope: AccessScope) => Promise<void>) =>
    async (id: number, ctx: TxContext) => {
      ctx.note({ objectType: 'casus', objectId: id });
      const mine = await scope(ctx);
      const casus = await visibleCase(ctx.manager, mine, id);
      // The entry's label, as read (else the audit log reads it again, as a system path: three
      // round trips on PostgreSQL).
      ctx.note({ objectLabel: casus.number });
      // Restricted processing: the casus can be read, not changed.
      assertNotRestricted(await ctx.manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } }));
      await change(ctx, casus, mine);
      return buildDossier(ctx.manager, mine, await visibleCase(ctx.manager, mine, id));
    };

  return {
    'cases:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'casus', objectId: input.id });
      const mine = await scope(ctx);
      const casus = await visibleCase(ctx.manager, mine, input.id);
      // The entry's label, as read (audit/object-labels.ts names a casus by its number).
      ctx.note({ objectLabel: casus.number });
      return buildDossier(ctx.manager, mine, casus);
    }),
    'cases:transition': tx((input, ctx) =>
      onCase(async (c, casus) => {
        c.note({ details: { van: casus.state, naar: input.to } });
        await cases.transition(c.manager, casus, input.to, input.toelichting, input.outcome, actor(c));
      })(input.id, ctx),
    ),
    'cases:update': tx((input, ctx) =>
      onCase(async (c, casus, mine) => {
        if (!mine.regionIds.includes(input.regionId)) {
          throw new AppError('INVALID_INPUT', undefined, { regionId: { key: 'validation.invalidChoice' } });
        }
        await cases.update(c.manager, casus, input, actor(c));
      })(input.id, ctx),
    ),
    'cases:note': tx((input, ctx) =>
      onCase((c, casus) => cases.addNote(c.manager, casus, input.tekst, actor(c)))(input.id, ctx),
    ),
    'cases:save-action': tx((input, ctx) =>
      onCase(async (c, casus) => {
        const actionId = await cases.saveAction(c.manager, casus, input, actor(c));
        c.note({ details: { actie: actionId } });
      })(input.caseId, ctx),
    ),
    'cases:plan-monitoring': tx((input, ctx) =>
      onCase((c, casus) => cases.planMonitoring(c.manager, casus, input.gepland, actor(c)))(input.id, ctx),
    ),
    'cases:record-monitoring': tx((input, ctx) =>
      onCase((c, casus) =>
        cases.recordMonitoring(c.manager, casus, input.monitoringId, input.bevindingen, input.version, actor(c)),
      )(input.id, ctx),
    ),
  };
}
