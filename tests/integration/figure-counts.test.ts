// The counts the year figures read (migration 0020: figure_age, figure_kind, figure_place, kept by
// triggers on signal and casus), on both engines in this file. A database at version 19 with generated
// fictitious data (the benchmarks' demo generator) is migrated: the counts are filled from the
// signals there. Then, after each kind of write (registration as the service writes it, a person's
// birth date and gemeente corrected, ideology, severity and the date of signals corrected, a casus
// moved to another region, cases closed, reopened and given another outcome, signals and cases
// destroyed, an UPDATE that changes no counted column), each table equals a fresh GROUP BY over
// signal or casus, holds no count of zero, and computeDashboard answers exactly as with the scans
// of signal and casus it ran before 0020 (figure-scans.ts), for the
// whole ZVH, each region and a range of years. On PostgreSQL the application role migrates and
// writes (row security on: the migration and the triggers must count every signal, not those of
// the cases a transaction may see), and concurrent writers of one count lose nothing.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTransactionScope } from '../../src-main/core/access/row-security';
import { openDatabase, type Database } from '../../src-main/core/db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src-main/core/db/migrations';
import { FigureCounts1766044800020, FIGURE_TABLES } from '../../src-main/core/db/migrations/0020-figure-counts';
import { refreshSignalFacts } from '../../src-main/core/db/signal-facts';
import { query, sql, raw } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { readPasswordFile } from '../../src-main/core/db/store';
import { computeDashboard, type FigureFilter } from '../../src-main/core/figures/figures';
import { deleteCases, deleteOfCases, deleteWegingenOfCases } from '../../src-main/core/retention/queries';
import { generate, loadPostgres, loadSqlite } from '../bench/engines.bench';
import { createTestDatabase, dropTestDatabase, testCluster } from '../support/postgres-database';
import { SCANS } from './figure-scans';
import { tempDir } from './helpers';

const BEFORE = MIGRATIONS.indexOf(FigureCounts1766044800020);
const PERSONS = 1500;
const stamp = '2026-11-30T09:00:00.000Z';

/** Closes the cases in a closing state (the generator leaves every casus open): outcomes to count. */
const CLOSE_CASES = `UPDATE casus SET closed_at = substr(opened_at, 1, 10) || 'T12:00:00.000Z',
  outcome = CASE id % 3 WHEN 0 THEN 'geen_actie' WHEN 1 THEN 'risico_weggenomen' ELSE 'afgeschaald_regulier' END
  WHERE state IN ('afgeschaald', 'afgesloten')`;

const FILTERS: FigureFilter[] = [
  { fromYear: 2010, toYear: 2030, regionId: null },
  { fromYear: 2010, toYear: 2030, regionId: 1 },
  { fromYear: 2010, toYear: 2030, regionId: 2 },
  { fromYear: 2010, toYear: 2030, regionId: 3 },
  { fromYear: 2020, toYear: 2022, regionId: null },
  { fromYear: 2021, toYear: 2021, regionId: 2 },
];

/** A table's rows in one comparable form: the key as text, the count as a number. */
const normalise = (rows: Record<string, unknown>[]) =>
  rows
    .map((row) => {
      const { n, ...key } = row;
      return `${JSON.stringify(Object.values(key).map((v) => (v === null ? null : String(v))))}=${Number(n)}`;
    })
    .sort();

describe.each(['sqlcipher', 'postgres'] as const)('the kept figure counts on %s', (engine) => {
  let db: Database;
  let store: PostgresStore | undefined;

  /** A transaction that sees every row (the system scope on PostgreSQL), as the figures read. */
  const inSystem = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    db.source.transaction(async (manager) => {
      await setTransactionScope(manager, { system: 'figures' });
      return work(manager);
    });

  beforeAll(async () => {
    const { sqlite, postgres } = generate(new Map(), PERSONS);
    if (engine === 'sqlcipher') {
      const path = join(tempDir('cter-figures-'), 'x.db');
      const key = randomBytes(32);
      const before = await openDatabase({ path, key, mode: 'create', upTo: BEFORE });
      if (before.engine !== 'sqlcipher') throw new Error('not SQLCipher');
      loadSqlite(before, sqlite);
      before.handle.exec(CLOSE_CASES);
      await before.close();
      db = await openDatabase({ path, key, mode: 'open' });
    } else {
      store = await createTestDatabase();
      const before = await openDatabase({ ...store, upTo: BEFORE });
      await before.close();
      // The rows are loaded past the application (as the benchmark does): no account could.
      const cluster = testCluster();
      const client = new pg.Client({
        host: cluster.socketDir,
        port: cluster.port,
        user: cluster.user,
        password: readPasswordFile(cluster.passwordFile),
        database: store.database,
      });
      await client.connect();
      try {
        await loadPostgres(client, postgres);
        await client.query(CLOSE_CASES);
      } finally {
        await client.end();
      }
      db = await openDatabase(store);
      if (db.engine !== 'postgres' || db.rowSecurity !== 'enforced') throw new Error('not behind row security');
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    if (store) await dropTestDatabase(store);
  });

  /** Each table as the triggers left it, and as counted from signal now. */
  async function tables(manager: EntityManager) {
    const out: { table: string; kept: string[]; counted: string[]; zero: number }[] = [];
    for (const { table, from, key, where } of FIGURE_TABLES) {
      const columns = key.map((c) => c.name).join(', ');
      const kept = await query<Record<string, unknown>>(manager, sql`SELECT ${raw(columns)}, n FROM ${raw(table)}`);
      const counted = await query<Record<string, unknown>>(
        manager,
        sql`SELECT ${raw(key.map((c) => `${c.of('s')} AS ${c.name}`).join(', '))}, count(*) AS n FROM ${raw(from)} s
             WHERE ${raw(where ? where.of('s') : '1 = 1')} GROUP BY ${raw(key.map((_, i) => i + 1).join(', '))}`,
      );
      out.push({
        table,
        kept: normalise(kept),
        counted: normalise(counted),
        zero: kept.filter((row) => Number(row['n']) <= 0).length,
      });
    }
    return out;
  }

  /** The counts equal the signals, and the dashboard is what the scans of signal gave. */
  async function expectAgreement() {
    await inSystem(async (manager) => {
      for (const { table, kept, counted, zero } of await tables(manager)) {
        expect(zero, `${table}: counts of zero or less`).toBe(0);
        expect(kept, table).toEqual(counted);
      }
      for (const filter of FILTERS) {
        const scanned = await computeDashboard(manager, filter, SCANS);
        expect(await computeDashboard(manager, filter), JSON.stringify(filter)).toEqual(scanned);
      }
    });
  }

  const signalCount = () =>
    inSystem(async (m) => Number((await query<{ n: number }>(m, sql`SELECT count(*) AS n FROM signal`))[0]!.n));

  it('fills the counts from the existing signals when migrating', async () => {
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await signalCount()).toBe(PERSONS * 1.5);
    await expectAgreement();
    // The data has something to count in every table and region.
    const dashboard = await inSystem((m) => computeDashboard(m, FILTERS[0]!));
    expect(dashboard.years.reduce((sum, y) => sum + y.signals, 0)).toBe(PERSONS * 1.5);
    expect(dashboard.perRegion.every((r) => r.count > 0)).toBe(true);
  });

  it('counts signals registered as the service writes them (inserted, then their facts set)', async () => {
    await inSystem(async (manager) => {
      for (const [casus, ontvangen, ideologie] of [
        [3, '2026-11-02', 'links_extremistisch'],
        [4, '2027-01-05', 'jihadistisch'],
        [5, '2019-06-30', 'anders'],
      ] as const) {
        const [row] = await query<{ id: number }>(
          manager,
          sql`INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
              VALUES (${casus}, ${casus}, 'politie', ${ontvangen}, 'Voorbeeld — fictief.', ${ideologie}, 'laag', 'online', 'nieuw', ${stamp})
              RETURNING id`,
        );
        await refreshSignalFacts(manager, { signalId: Number(row!.id) });
      }
    });
    await expectAgreement();
  });

  it('follows a corrected birth date, a birth year only, and a corrected gemeente of a person', async () => {
    await inSystem(async (manager) => {
      await query(manager, sql`UPDATE person SET geboortedatum = '2011-03-04', geboortejaar = 2011 WHERE id = 2`);
      await refreshSignalFacts(manager, { personId: 2 });
      await query(manager, sql`UPDATE person SET geboortedatum = NULL, geboortejaar = 1990 WHERE id = 6`);
      await refreshSignalFacts(manager, { personId: 6 });
      await query(manager, sql`UPDATE person SET geboortedatum = NULL, geboortejaar = NULL WHERE id = 8`);
      await refreshSignalFacts(manager, { personId: 8 });
      await query(manager, sql`UPDATE person SET gemeente_id = 30 WHERE id IN (10, 11, 12)`);
      for (const id of [10, 11, 12]) await refreshSignalFacts(manager, { personId: id });
    });
    await expectAgreement();
  });

  it('follows ideology, severity and date corrections of signals', async () => {
    await inSystem(async (manager) => {
      await query(manager, sql`UPDATE signal SET ideologie = 'rechts_extremistisch' WHERE id % 17 = 0`);
      await query(manager, sql`UPDATE signal SET ernst = 'hoog' WHERE id % 23 = 0`);
      // A date in another year: the age follows once the facts are set again, as the services do.
      await query(manager, sql`UPDATE signal SET ontvangen = '2018-02-02' WHERE casus_id IN (20, 21)`);
      for (const id of [20, 21]) await refreshSignalFacts(manager, { caseId: id });
    });
    await expectAgreement();
  });

  it('follows a casus moved to another region, and an UPDATE that changes no counted column', async () => {
    const before = await inSystem(tables);
    await inSystem(async (manager) => {
      await query(manager, sql`UPDATE signal SET status = 'gewogen'`);
      await query(manager, sql`UPDATE signal SET leeftijd = leeftijd, region_id = region_id`);
    });
    expect(await inSystem(tables)).toEqual(before);
    await inSystem(async (manager) => {
      for (const [id, region] of [
        [31, 3],
        [32, 1],
        [33, 2],
      ] as const) {
        await query(manager, sql`UPDATE casus SET region_id = ${region} WHERE id = ${id}`);
        await refreshSignalFacts(manager, { caseId: id });
      }
    });
    await expectAgreement();
  });

  it('follows cases closed, reopened, given another outcome, and closed cases moved', async () => {
    await inSystem(async (manager) => {
      await query(
        manager,
        sql`UPDATE casus SET state = 'afgesloten', closed_at = '2026-10-01T10:00:00.000Z', outcome = 'strafrechtelijk'
             WHERE id IN (101, 102, 103)`,
      );
      // Reopened: no closing date any more (the outcome stays, as CaseService.transition leaves it).
      await query(
        manager,
        sql`UPDATE casus SET state = 'monitoring', closed_at = NULL WHERE closed_at IS NOT NULL AND id % 11 = 0`,
      );
      await query(manager, sql`UPDATE casus SET outcome = 'geen_actie' WHERE closed_at IS NOT NULL AND id % 13 = 0`);
      await query(manager, sql`UPDATE casus SET outcome = NULL WHERE closed_at IS NOT NULL AND id % 19 = 0`);
      await query(
        manager,
        sql`UPDATE casus SET region_id = 1 + (region_id % 3) WHERE closed_at IS NOT NULL AND id % 5 = 0`,
      );
      await query(manager, sql`UPDATE casus SET closed_at = '2027-01-02T10:00:00.000Z' WHERE id = 102`);
    });
    await expectAgreement();
  });

  it('forgets destroyed signals and cases, and keeps no count of zero', async () => {
    await inSystem(async (manager) => {
      // As the destruction deletes (retention/queries.ts): the signals of the cases, then the cases.
      const cases = [40, 41, 42, 43, 44, 45];
      await query(manager, deleteWegingenOfCases(cases));
      await query(manager, deleteOfCases('signal', cases));
      await query(manager, deleteCases(cases));
      // Counts that only one signal or casus had (the new year above) go to zero.
      await query(manager, sql`DELETE FROM signal WHERE ontvangen >= '2027-01-01'`);
      await query(manager, sql`DELETE FROM signal WHERE casus_id = 102`);
      await query(manager, deleteCases([102]));
    });
    await expectAgreement();
    const kept = await inSystem((m) =>
      query<{ n: number }>(
        m,
        sql`SELECT (SELECT count(*) FROM figure_age WHERE signal_year = 2027) + (SELECT count(*) FROM figure_outcome WHERE closed_year = 2027) AS n`,
      ),
    );
    expect(Number(kept[0]!.n)).toBe(0);
    if (engine === 'postgres') {
      // A casus deleted with its signals (ON DELETE CASCADE on PostgreSQL): the cascade's DELETE counts too.
      await inSystem((m) => query(m, sql`DELETE FROM casus WHERE id = 50`));
      await expectAgreement();
    }
  });

  // PostgreSQL only: SQLite has one writer (the file's exclusive lock).
  if (engine === 'postgres')
    it('loses no count when many writers change one count at once', async () => {
      // Eight transactions at once, each adding signals of one key and deleting some of another
      // writer's, holding their row locks a moment (pg_sleep) so that they overlap.
      const casus = 60;
      const writers = Array.from({ length: 8 }, (_, w) =>
        inSystem(async (manager) => {
          for (let i = 0; i < 5; i++) {
            const [row] = await query<{ id: number }>(
              manager,
              sql`INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
                VALUES (${casus}, ${casus}, 'politie', '2025-05-05', 'Voorbeeld — fictief.', 'jihadistisch', 'hoog', 'online', 'nieuw', ${stamp})
                RETURNING id`,
            );
            await refreshSignalFacts(manager, { signalId: Number(row!.id) });
            await query(manager, sql`SELECT pg_sleep(0.005)`);
          }
          if (w % 2) await query(manager, sql`DELETE FROM signal WHERE casus_id = ${70 + w}`);
        }),
      );
      await Promise.all(writers);
      await expectAgreement();
    });
});
