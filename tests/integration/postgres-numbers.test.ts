// Case numbers and trajectory codes on one PostgreSQL store with many writers: concurrent
// registrations in one year each get their own number, 0001..000N without gaps, because they take
// turns on the year's lock (db/locks.ts) between reading the last number and inserting the next.
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextCaseNumber } from '../../src-main/core/cases/case-service';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { lockForTransaction, LOCK } from '../../src-main/core/db/locks';
import type { PostgresStore } from '../../src-main/core/db/store';
import { nextCode } from '../../src-main/core/trajectories/trajectory-service';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

let store: PostgresStore;
const cores: Database[] = [];
let personId: number;
let accountId: number;
const stamp = '2026-11-29T09:00:00.000Z';
const N = 12;

beforeAll(async () => {
  store = await createTestDatabase();
  cores.push(await openDatabase(store), await openDatabase(store));
  const [person] = (await cores[0]!.source.query(
    `INSERT INTO person (naam, sort_key, gemeente_id, created_at, updated_at)
     VALUES ('Voorbeeld, Jan', 'voorbeeld jan', (SELECT min(id) FROM gemeente), $1, $1) RETURNING id`,
    [stamp],
  )) as { id: number }[];
  personId = person!.id;
  // The registrations are a procesregisseur's of region 1: row security checks each new casus.
  const [account] = (await cores[0]!.source.query(
    `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
     VALUES ('regisseur', 'Regisseur (fictief)', '["procesregisseur"]', true, $1, $1, '[1]') RETURNING id`,
    [stamp],
  )) as { id: number }[];
  accountId = account!.id;
});

afterAll(async () => {
  for (const db of cores.splice(0)) await db.close();
  await dropTestDatabase(store);
});

/** Lets the other transactions reach their lock before this one inserts. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

async function registerCase(manager: EntityManager, year: number): Promise<string> {
  const number = await nextCaseNumber(manager, year);
  await pause();
  await manager.query(
    `INSERT INTO casus (number, person_id, region_id, state, opened_at, created_at, updated_at)
     VALUES ($1, $2, 1, 'aangemeld', $3, $3, $3)`,
    [number, personId, stamp],
  );
  return number;
}

async function registerTrajectory(manager: EntityManager, year: string): Promise<string> {
  const code = await nextCode(manager, year);
  await pause();
  await manager.query(
    `INSERT INTO mentor_traject (code, region_id, bron, aanmeld_datum, status, created_at, updated_at)
     VALUES ($1, 1, 'aanmelding_partner', $2, 'aangemeld', $3, $3)`,
    [code, `${year}-11-29`, stamp],
  );
  return code;
}

const concurrently = <T>(run: (manager: EntityManager, index: number) => Promise<T>): Promise<T[]> =>
  Promise.all(
    Array.from({ length: N }, (_, index) =>
      cores[index % cores.length]!.source.transaction(async (m) => {
        // As DatabaseHolder.transaction does for a session's call.
        await setTransactionScope(m, { accountId });
        return run(m, index);
      }),
    ),
  );

describe('numbers under concurrent registration on PostgreSQL', () => {
  it('gives case numbers per year without duplicates or gaps', async () => {
    const numbers = await concurrently((manager, index) => registerCase(manager, index % 2 ? 2026 : 2025));
    const expected = (year: number) =>
      Array.from({ length: N / 2 }, (_, i) => `CTER-${year}-${String(i + 1).padStart(4, '0')}`);
    expect([...numbers].sort()).toEqual([...expected(2025), ...expected(2026)]);
  });

  it('gives trajectory codes per year without duplicates or gaps', async () => {
    const codes = await concurrently((manager) => registerTrajectory(manager, '2026'));
    expect([...codes].sort()).toEqual(Array.from({ length: N }, (_, i) => `MT-2026-${String(i + 1).padStart(3, '0')}`));
  });

  it('refuses to take a lock outside a transaction, where it would end with the statement', async () => {
    await expect(lockForTransaction(cores[0]!.source.manager, LOCK.caseNumber, 2026)).rejects.toThrow(
      'lockForTransaction needs a transaction',
    );
  });
});
