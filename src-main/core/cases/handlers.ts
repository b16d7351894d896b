// Handlers for cases:* (a casus's dossier and the changes to it). Every one reads the caller's
// access scope first; a casus outside it is NOT_FOUND. Persons, signals, search and "mijn werk"
// have their own handlers (persons/, signals/, search/, work/).
import { AppError } from '../../../src-shared/ipc/errors';
import type { AccessScope } from '../access/access';
import type { Clock } from '../clock';
import type { Case } from '../db/entities/casus';
import { actorOf, scopeOf, tx, type Handlers, type TxContext } from '../handlers';
import { assertNotRestricted } from '../persons/person-service';
import type { CaseService } from './case-service';
import { buildDossier, visibleCaseAndPerson } from './dossier';

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
      const { casus, person } = await visibleCaseAndPerson(ctx.manager, mine, id);
      // The entry's label, as read (else the audit log reads it again, as a system path: three
      // round trips on PostgreSQL).
      ctx.note({ objectLabel: casus.number });
      // Restricted processing: the casus can be read, not changed.
      assertNotRestricted(person);
      await change(ctx, casus, mine);
      // The casus as changed, still visible to the caller, with the person read above (no change
      // here writes the person), the account's scope as read once for the call.
      return buildDossier(ctx.manager, mine, id, { person });
    };

  return {
    'cases:get': tx(async (input, ctx) => {
      ctx.note({ objectType: 'casus', objectId: input.id });
      const mine = await scope(ctx);
      // The casus read with its dossier, under the access rule (NOT_FOUND outside it).
      const dossier = await buildDossier(ctx.manager, mine, input.id);
      // The entry's label, as read (audit/object-labels.ts names a casus by its number).
      ctx.note({ objectLabel: dossier.number });
      return dossier;
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
        // The scope was read from the caller's account in this call: with regions it is active
        // (scopeFor gives an inactive account none), so the saver as procesregisseur is not read again.
        await cases.update(c.manager, casus, input, actor(c), mine.regionIds.length ? mine.accountId : null);
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
