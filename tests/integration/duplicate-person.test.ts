// The duplicate check of a new person in core (issue 17): the form sends the ids of the possible
// matches it showed; a match it did not show (someone registered the person meanwhile) refuses the
// registration with POSSIBLE_DUPLICATE and nothing is saved. Callers that send no list (CLI, demo
// data) are not checked, as before. Concurrent registrations on PostgreSQL: postgres-duplicates.test.ts.
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { addAccount, call, codeOf, loginAs, makeCore, withDatabase } from './helpers';

let core: Core;

beforeEach(async () => {
  ({ core } = makeCore());
  await withDatabase(core);
  await loginAs(
    core,
    await addAccount(core, {
      username: 'anna',
      roles: ['procesregisseur'],
      regionIds: [1],
      displayName: 'Anna Aalders',
    }),
  );
});

const registration = (naam: string, seenMatches?: number[]) => ({
  person: {
    nieuw: { naam, geboortedatum: '2007-05-12', gemeenteId: 1 },
    ...(seenMatches ? { seenMatches } : {}),
  },
  signal: {
    melderPartner: 'politie',
    ontvangen: '2026-11-20',
    omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
    ideologie: 'jihadistisch',
    ernst: 'ernstig',
    bron: 'online',
  },
});

const matchesOf = (naam: string) =>
  call<PersonMatch[]>(core, 'persons:matches', { naam, aliases: [], geboortedatum: '2007-05-12' });

describe('the duplicate check of a new person in core', () => {
  it('refuses a new person when a match appeared that the form did not show', async () => {
    const first = await call<RegisteredSignal>(core, 'signals:register', registration('Sam de Vries (fictief)', []));
    expect(await codeOf(core, 'signals:register', registration('Vries, Sam de', []))).toBe('POSSIBLE_DUPLICATE');
    expect((await matchesOf('Sam de Vries')).map((match) => match.id)).toEqual([first.personId]);
  });

  it('registers a new person when the user saw the matches and chose a new one', async () => {
    const first = await call<RegisteredSignal>(core, 'signals:register', registration('Sam de Vries (fictief)', []));
    const second = await call<RegisteredSignal>(
      core,
      'signals:register',
      registration('Sam de Vries (fictief)', [first.personId]),
    );
    expect(second.personId).not.toBe(first.personId);
    expect(second.caseId).not.toBe(first.caseId);
  });

  it('does not check callers that send no list of matches', async () => {
    const first = await call<RegisteredSignal>(core, 'signals:register', registration('Sam de Vries (fictief)'));
    const second = await call<RegisteredSignal>(core, 'signals:register', registration('Sam de Vries (fictief)'));
    expect(second.personId).not.toBe(first.personId);
  });
});
