// Simultaneous registrations of the same person by two cores on one PostgreSQL store (issue 17):
// each form saw no match, each sends "new person". Under the birth-year lock (db/locks.ts) they
// take turns from the duplicate check to the commit: the first registers the person and opens a
// casus, every later one finds that person and is refused with POSSIBLE_DUPLICATE (the form then
// shows the match, as it does on SQLite when a match is found while typing). The names differ in
// spelling and order on purpose: the check is the fuzzy match of the form, not an exact name.
// Without the lock every registration passes its check before any commits and the person is
// registered several times (take the lock out of signal-service.ts to see it fail).
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/ipc/errors';
import type { registerInput } from '../../src-shared/ipc/signals';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { CaseService } from '../../src-main/core/cases/case-service';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import type { PostgresStore } from '../../src-main/core/db/store';
import type { CaseSearch } from '../../src-main/core/search/case-search';
import { SignalService } from '../../src-main/core/signals/signal-service';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

let store: PostgresStore;
const cores: Database[] = [];

// The case search on PostgreSQL is a separate piece of work (team-store.md); the duplicate check
// does not read or write the search index, so here the index is left empty.
const noIndex: CaseSearch = {
  index: async () => undefined,
  remove: async () => undefined,
  search: async () => ({ total: 0, capped: false, rows: [], next: null }),
};
const cases = new CaseService(noIndex);
const signals = new SignalService(cases, noIndex);
const scope = { accountId: 0, regionIds: [1, 2, 3] };

/** A transaction of the procesregisseur who registers, as DatabaseHolder.transaction starts one. */
function asRegisseur<T>(db: Database, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return db.source.transaction(async (manager) => {
    await setTransactionScope(manager, { accountId: scope.accountId });
    return work(manager);
  });
}

beforeAll(async () => {
  store = await createTestDatabase();
  cores.push(await openDatabase(store), await openDatabase(store));
  // Row security checks each new casus against the account the transaction is for.
  const [account] = (await cores[0]!.source.query(
    `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
     VALUES ('regisseur', 'Regisseur (fictief)', '["procesregisseur"]', true, 'x', 'x', '[1,2,3]') RETURNING id`,
  )) as { id: number }[];
  scope.accountId = account!.id;
});

afterAll(async () => {
  for (const db of cores.splice(0)) await db.close();
  await dropTestDatabase(store);
});

const registration = (naam: string, seenMatches: number[] | undefined): z.output<typeof registerInput> => ({
  person: {
    nieuw: {
      naam,
      roepnaam: '',
      aliases: [],
      geboortedatum: '2006-03-14',
      geboortejaar: null,
      geslacht: null,
      gemeenteId: 1,
      bsn: '',
      notities: '',
    },
    ...(seenMatches ? { seenMatches } : {}),
  },
  signal: {
    melderPartner: 'politie',
    melderContact: '',
    ontvangen: '2026-11-20',
    omschrijving: 'Deelt online oproepen tot geweld (fictief voorbeeld).',
    ideologie: 'jihadistisch',
    ernst: 'ernstig',
    bron: 'online',
  },
});

/** Lets the other registrations reach their check before this one commits. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function count(table: 'person' | 'casus', naam: string): Promise<number> {
  const rows = (await asRegisseur(cores[0]!, (manager) =>
    manager.query(
      table === 'person'
        ? `SELECT count(*)::int AS n FROM person WHERE sort_key LIKE $1`
        : `SELECT count(*)::int AS n FROM casus c JOIN person p ON p.id = c.person_id WHERE p.sort_key LIKE $1`,
      [`%${naam}%`],
    ),
  )) as { n: number }[];
  return rows[0]!.n;
}

describe('simultaneous registrations of one person on PostgreSQL', () => {
  it('registers the person once; the others are told a match appeared', async () => {
    const names = ['Yusuf Voorbeeldzoon', 'Voorbeeldzoon, Yusuf', 'Joesoef Voorbeeldzoon', 'Yusuf Voorbeeldzoon'];
    const outcomes = await Promise.allSettled(
      names.map((naam, index) =>
        asRegisseur(cores[index % cores.length]!, async (manager) => {
          const registered = await signals.register(manager, scope, registration(naam, []), {
            accountId: null,
            now: new Date('2026-11-20T10:00:00.000Z'),
          });
          await pause();
          return registered;
        }),
      ),
    );
    const done = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => outcome.reason);
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(names.length - 1);
    for (const reason of refused) {
      expect(reason).toBeInstanceOf(AppError);
      expect((reason as AppError).code).toBe('POSSIBLE_DUPLICATE');
    }
    expect(await count('person', 'voorbeeldzoon')).toBe(1);
    expect(await count('casus', 'voorbeeldzoon')).toBe(1);
  });

  it('registers a new person when the user saw the match and chose a new one', async () => {
    const [existing] = (await cores[0]!.source.query(
      `SELECT id FROM person WHERE sort_key LIKE '%voorbeeldzoon%'`,
    )) as {
      id: number;
    }[];
    const now = new Date('2026-11-20T11:00:00.000Z');
    await expect(
      asRegisseur(cores[1]!, (m) =>
        signals.register(m, scope, registration('Yusuf Voorbeeldzoon', []), { accountId: null, now }),
      ),
    ).rejects.toThrow('POSSIBLE_DUPLICATE');
    await asRegisseur(cores[1]!, (m) =>
      signals.register(m, scope, registration('Yusuf Voorbeeldzoon', [existing!.id]), { accountId: null, now }),
    );
    expect(await count('person', 'voorbeeldzoon')).toBe(2);
  });
});
