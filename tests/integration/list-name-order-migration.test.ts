// Migration 0029 on PostgreSQL (the SQLite side: src-main/core/db/migrations/0029-list-name-order.test.ts):
// a database one version before it, with persons and cases, migrated as the application's role:
// every casus gets its person's name order; a new casus, a casus moved to another person and a
// renamed person keep the copy current — the rename also for the cases the renaming transaction
// cannot see (row security), without leaving that transaction a system path; the list's index
// holds the list's whole order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { openDatabase, type PostgresDatabase } from '../../src-main/core/db/database';
import { MIGRATIONS } from '../../src-main/core/db/migrations';
import { ListNameOrder1766908800029 } from '../../src-main/core/db/migrations/0029-list-name-order';
import type { PostgresStore } from '../../src-main/core/db/store';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

const VERSION = MIGRATIONS.indexOf(ListNameOrder1766908800029) + 1;
let store: PostgresStore;

beforeAll(async () => {
  store = await createTestDatabase();
});
afterAll(async () => {
  if (store) await dropTestDatabase(store);
});

/** A transaction as a system path (row security lets it see every casus). */
const asSystem = <T>(db: PostgresDatabase, work: (m: EntityManager) => Promise<T>) =>
  db.source.transaction(async (m) => {
    await m.query(`SELECT set_config('cter.scope', 'system', true)`);
    return work(m);
  });

describe('migration 0029-list-name-order on PostgreSQL', () => {
  it('copies the name order to each casus and keeps it current', async () => {
    const before = await openDatabase({ ...store, upTo: VERSION - 1 });
    expect(before.schemaVersion).toBe(VERSION - 1);
    const person = async (naam: string, sortKey: string) => {
      const [row] = (await before.source.query(
        `INSERT INTO person (naam, sort_key, aliases, geboortejaar, gemeente_id, created_at, updated_at)
         VALUES ($1, $2, '[]', 2007, 1, '2026-01-01', '2026-01-01') RETURNING id`,
        [naam, sortKey],
      )) as { id: number }[];
      return row!.id;
    };
    const casus = (m: EntityManager, number: string, personId: number) =>
      m
        .query(
          `INSERT INTO casus (number, person_id, region_id, state, opened_at, last_signal_at, created_at, updated_at)
           VALUES ($1, $2, 1, 'aangemeld', '2026-01-01', '2026-02-02', '2026-01-01', '2026-01-01') RETURNING id`,
          [number, personId],
        )
        .then((rows: { id: number }[]) => rows[0]!.id);
    const piet = await person('Piet Jansen (fictief)', 'jansen piet fictief');
    const sam = await person('Sam de Vries (fictief)', 'vries sam de fictief');
    const [first, second] = await asSystem(before, async (m) => [
      await casus(m, 'CTER-2026-0001', piet),
      await casus(m, 'CTER-2026-0002', sam),
    ]);
    await before.close();

    const after = await openDatabase({ ...store, upTo: VERSION });
    try {
      expect(after.schemaVersion).toBe(VERSION);
      const keys = () =>
        asSystem(after, (m) => m.query('SELECT id, sort_key AS "sortKey" FROM casus ORDER BY id') as Promise<unknown>);
      expect(await keys()).toEqual([
        { id: first, sortKey: 'jansen piet fictief' },
        { id: second, sortKey: 'vries sam de fictief' },
      ]);
      const third = await asSystem(after, async (m) => {
        const id = await casus(m, 'CTER-2026-0003', sam);
        await m.query('UPDATE casus SET person_id = $1 WHERE id = $2', [sam, first]);
        return id;
      });
      // Renamed by a transaction that sees no casus at all (no account, no system path).
      const scope = await after.source.transaction(async (m) => {
        await m.query(`UPDATE person SET sort_key = 'vries samuel de fictief' WHERE id = $1`, [sam]);
        const [row] = (await m.query(`SELECT current_setting('cter.scope', true) AS scope`)) as { scope: string }[];
        return row!.scope;
      });
      expect(scope).not.toBe('system');
      expect(await keys()).toEqual([
        { id: first, sortKey: 'vries samuel de fictief' },
        { id: second, sortKey: 'vries samuel de fictief' },
        { id: third, sortKey: 'vries samuel de fictief' },
      ]);
      const [index] = (await after.source.query(
        `SELECT pg_get_indexdef('casus_list_signal'::regclass) AS definition`,
      )) as { definition: string }[];
      expect(index!.definition).toContain('(last_signal_at DESC, sort_key, id, region_id, afgeschermd)');
      const [region] = (await after.source.query(
        `SELECT pg_get_indexdef('casus_region_state'::regclass) AS definition`,
      )) as { definition: string }[];
      expect(region!.definition).toContain('(region_id, state, afgeschermd)');
      const old = (await after.source.query(`SELECT to_regclass('casus_last_signal') AS old`)) as { old: null }[];
      expect(old).toEqual([{ old: null }]);
    } finally {
      await after.close();
    }
  });
});
