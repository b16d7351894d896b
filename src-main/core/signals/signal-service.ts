// Registering a signal and weighing it. A signal for a person without an open casus (that the
// registrar may see) opens one in `aangemeld`; otherwise it joins the open casus. The weging's
// decision moves the casus as its effect says, as far as the casus is still before the
// casusoverleg; later, only "bespreken in casusoverleg" moves it (back) to a casusoverleg.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { canTransition, effectTransition, OPEN_STATES, type DecisionEffect } from '../../../src-shared/domain/casus';
import { AppError } from '../../../src-shared/ipc/errors';
import type { RegisteredSignal, registerInput, wegingInput } from '../../../src-shared/ipc/signals';
import { visibleCase, visibleCasesOfPerson, type AccessScope } from '../access/access';
import type { Actor } from '../handlers';
import type { CaseService } from '../cases/case-service';
import { CaseEntity, SignalEntity, WegingEntity } from '../db/entities/casus';
import { PersonEntity } from '../db/entities/person';
import { GemeenteEntity } from '../db/entities/reference';
import { assertCodes, listValue } from '../lists/reference-data';
import { assertNotRestricted, createPerson, findMatches } from '../persons/person-service';
import type { PersonInput } from '../../../src-shared/ipc/persons';
import { LOCK, lockForTransaction } from '../db/locks';
import { refreshSignalFacts } from '../db/signal-facts';
import type { CaseSearch } from '../search/case-search';

/**
 * The duplicate check of a new person, once more in core: the form showed the possible matches
 * (`seen`) a moment ago, but on a shared PostgreSQL store someone else may have registered the same
 * person since. Under the lock of the birth year and the next (db/locks.ts; two names can only match
 * when their years differ by at most one, so any two registrations that could match take turns),
 * a match the user has not seen refuses the registration with POSSIBLE_DUPLICATE; the form then
 * shows the matches again. The lock is held until the registration commits.
 */
async function assertNoNewMatches(
  manager: EntityManager,
  scope: AccessScope,
  person: PersonInput,
  seen: number[] | undefined,
): Promise<void> {
  if (seen === undefined) return;
  const year = person.geboortedatum ? Number(person.geboortedatum.slice(0, 4)) : person.geboortejaar;
  if (year !== null) {
    await lockForTransaction(manager, LOCK.personBirthYear, year);
    await lockForTransaction(manager, LOCK.personBirthYear, year + 1);
  }
  const matches = await findMatches(manager, scope, {
    naam: person.naam,
    aliases: person.aliases,
    geboortedatum: person.geboortedatum,
    geboortejaar: person.geboortejaar,
  });
  if (matches.some((match) => !seen.includes(match.id))) throw new AppError('POSSIBLE_DUPLICATE');
}

export class SignalService {
  constructor(
    private readonly cases: CaseService,
    private readonly search: CaseSearch,
  ) {}

  async register(
    manager: EntityManager,
    scope: AccessScope,
    input: z.output<typeof registerInput>,
    actor: Actor,
  ): Promise<RegisteredSignal> {
    const { signal } = input;
    await assertCodes(manager, [
      { field: 'signal.melderPartner', list: 'partner', code: signal.melderPartner },
      { field: 'signal.ideologie', list: 'ideologie', code: signal.ideologie },
      { field: 'signal.ernst', list: 'ernst', code: signal.ernst },
      { field: 'signal.bron', list: 'bron', code: signal.bron },
    ]);

    let personId: number;
    let openCase: { id: number; regionId: number } | undefined;
    if ('id' in input.person) {
      const cases = await visibleCasesOfPerson(manager, scope, input.person.id);
      assertNotRestricted(await manager.findOneOrFail(PersonEntity, { where: { id: input.person.id } }));
      personId = input.person.id;
      openCase = cases.find((c) => OPEN_STATES.includes(c.state));
    } else {
      const gemeente = await manager.findOne(GemeenteEntity, { where: { id: input.person.nieuw.gemeenteId } });
      if (!gemeente || !scope.regionIds.includes(gemeente.regionId)) {
        throw new AppError('INVALID_INPUT', undefined, {
          'person.nieuw.gemeenteId': { key: 'validation.gemeenteOutsideRegion' },
        });
      }
      await assertNoNewMatches(manager, scope, input.person.nieuw, input.person.seenMatches);
      personId = (await createPerson(manager, input.person.nieuw, actor.now)).id;
    }

    let caseId: number;
    if (openCase) {
      caseId = openCase.id;
    } else {
      const person = await manager.findOneOrFail(PersonEntity, { where: { id: personId } });
      const gemeente = await manager.findOneOrFail(GemeenteEntity, { where: { id: person.gemeenteId } });
      const regionId = scope.regionIds.includes(gemeente.regionId) ? gemeente.regionId : scope.regionIds[0]!;
      caseId = (await this.cases.open(manager, personId, regionId, actor, 'Signaal geregistreerd')).id;
    }
    const saved = await manager.save(SignalEntity, {
      ...signal,
      caseId: caseId,
      personId,
      status: 'nieuw' as const,
      registeredBy: actor.accountId,
      createdAt: actor.now.toISOString(),
      leeftijd: null,
      gemeenteId: null,
      regionId: null,
    });
    await refreshSignalFacts(manager, { signalId: saved.id });
    const casus = await manager.findOneOrFail(CaseEntity, { where: { id: caseId } });
    if (!casus.lastSignalAt || casus.lastSignalAt < signal.ontvangen) {
      await manager.update(CaseEntity, { id: caseId }, { lastSignalAt: signal.ontvangen });
    }
    await this.search.index(manager, caseId);
    return { signalId: saved.id, personId, caseId, caseNumber: casus.number, joinedOpenCase: Boolean(openCase) };
  }

  async weigh(manager: EntityManager, scope: AccessScope, input: z.output<typeof wegingInput>, actor: Actor) {
    const signal = await manager.findOne(SignalEntity, { where: { id: input.signalId } });
    if (!signal) throw new AppError('NOT_FOUND');
    const casus = await visibleCase(manager, scope, signal.caseId);
    assertNotRestricted(await manager.findOneOrFail(PersonEntity, { where: { id: casus.personId } }));
    if (signal.status === 'gewogen') throw new AppError('SIGNAL_ALREADY_WEIGHED');
    await assertCodes(manager, [
      { field: 'besluit', list: 'besluit', code: input.besluit },
      ...input.deelnemers.map((code, index) => ({ field: `deelnemers.${index}`, list: 'partner' as const, code })),
    ]);
    const decision = await listValue(manager, 'besluit', input.besluit);
    const effect = decision.effect as DecisionEffect;
    await manager.insert(WegingEntity, {
      signalId: signal.id,
      besluit: input.besluit,
      motivering: input.motivering,
      deelnemers: [...new Set(input.deelnemers)],
      datum: input.datum,
      recordedBy: actor.accountId,
      createdAt: actor.now.toISOString(),
    });
    await manager.update(
      SignalEntity,
      { id: signal.id },
      { status: effect === 'meer_informatie' ? 'meer_informatie' : 'gewogen' },
    );

    const target = effectTransition(effect);
    const early = casus.state === 'aangemeld' || casus.state === 'in_weging';
    const applies =
      early || (effect === 'casusoverleg' && (casus.state === 'plan_van_aanpak' || casus.state === 'monitoring'));
    if (applies && casus.state !== target.to && canTransition(casus.state, target.to)) {
      const moved = await this.cases.transition(
        manager,
        casus,
        target.to,
        `${decision.label}: ${input.motivering}`,
        target.outcome ?? null,
        actor,
      );
      return { caseId: casus.id, state: moved.state };
    }
    return { caseId: casus.id, state: casus.state };
  }
}
