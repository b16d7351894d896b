// The duplicate check of a new person in core (issue 17): the form sends the ids of the possible
// matches it showed; a match it did not show (someone registered the person meanwhile) refuses the
// registration with POSSIBLE_DUPLICATE and nothing is saved. Callers that send no list (CLI, demo
// data) are not checked, as before. Concurrent registrations on PostgreSQL: postgres-duplicates.test.ts.
// With many persons of alike names (issue 20): every candidate is scored, none dropped by a cap.
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonMatch } from '../../src-shared/ipc/persons';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { Core } from '../../src-main/core/core';
import { createPerson } from '../../src-main/core/persons/person-service';
import { sql } from '../../src-main/core/db/sql';
import { addAccount, call, codeOf, loginAs, makeCore, rawSql, withDatabase } from './helpers';

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

describe('the duplicate check among many persons with alike names (issue 20)', () => {
  const DECOYS = ['Anouk', 'Bram', 'Daan', 'Eva', 'Femke', 'Gijs', 'Hugo', 'Iris', 'Lotte', 'Sven'];

  /** `count` other Jansens born in 2007 (not on the typed date), each with a casus in Anna's region. */
  async function manyJansens(count: number) {
    const source = core.workspace.requireOpen().database.source;
    await source.transaction(async (manager) => {
      for (let i = 0; i < count; i++) {
        const person = {
          naam: `${DECOYS[i % DECOYS.length]} Jansen (fictief)`,
          roepnaam: '',
          aliases: [],
          geboortedatum: `2007-0${1 + (i % 4)}-0${1 + (i % 9)}`,
          geboortejaar: null,
          geslacht: null,
          gemeenteId: 1,
          bsn: '',
          notities: '',
        };
        await createPerson(manager, person, new Date('2026-11-01T10:00:00Z'));
      }
    });
    await rawSql(
      core,
      sql`INSERT INTO casus (number, person_id, region_id, state, afgeschermd, opened_at, last_signal_at, created_at, updated_at)
          SELECT 'CTER-2025-' || p.id, p.id, 1, 'aangemeld', ${false}, '2025-06-01', '2025-06-01', '2025-06-01', '2025-06-01'
          FROM person p WHERE NOT EXISTS (SELECT 1 FROM casus c WHERE c.person_id = p.id)`,
    );
  }

  it('finds the real match registered after 2,100 persons who share its name key and birth year', async () => {
    await manyJansens(2100);
    // (Not checked at registration: the typed "(fictief)" makes every decoy alike enough.)
    const real = await call<RegisteredSignal>(core, 'signals:register', registration('Piet Jansen (fictief)'));
    const found = await matchesOf('Piet Jansen');
    expect(found.map((match) => match.id)).toEqual([real.personId]);
    expect(found[0]!.reasons).toEqual(['naam', 'geboortedatum']);
  }, 120_000);

  it('finds a spelling variant the sound-alike key keeps apart, born a year earlier', async () => {
    const variant = await call<RegisteredSignal>(core, 'signals:register', {
      ...registration('Piet Janssens (fictief)', []),
      person: {
        nieuw: { naam: 'Piet Janssens (fictief)', geboortedatum: '2006-11-30', gemeenteId: 1 },
        seenMatches: [],
      },
    });
    // No sound-alike key in common (pieter/piet, jansen/janssens), a year apart: the old read missed it.
    const found = await matchesOf('Pieter Jansen');
    expect(found.map((match) => match.id)).toEqual([variant.personId]);
    // Two years apart is never the same person.
    expect(
      await call<PersonMatch[]>(core, 'persons:matches', { naam: 'Pieter Jansen', aliases: [], geboortejaar: 2009 }),
    ).toEqual([]);
  });
});
