// The reads of Mijn werk and the dashboard PREPAREd once per connection on PostgreSQL (readTogether,
// db/kept.ts; issue 17). A kept plan must stay behind the wall: PostgreSQL keeps a generic plan for a
// statement once it costs no more than the custom ones, and the policies' account is read when the
// plan runs (`current_setting` in an InitPlan), never planned in. So a statement prepared on a
// connection for one account, run there for the next account, returns each only its own rows, even
// a deliberately unfiltered one and even with the generic plan forced. And a combined query that
// fails half-way leaves the connection usable: which of its PREPAREs stayed is not known, so the
// next read prepares anew under new names, and deallocates what the failed one left. A versioned save's UPDATE is kept the same way
// (keptWrite), with its version check and behind the same wall.
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionFor } from '../../src-main/core/access/row-security';
import { openDatabase, type PostgresDatabase } from '../../src-main/core/db/database';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import { list, raw, sql } from '../../src-main/core/db/sql';
import { MAX_PREPARED, preparedNameOn, readTogether } from '../../src-main/core/db/kept';
import { saveVersioned } from '../../src-main/core/db/versioned';
import type { PostgresStore } from '../../src-main/core/db/store';
import { myWork } from '../../src-main/core/work/my-work';
import { createTestDatabase, dropTestDatabase, superuserStore } from '../support/postgres-database';

let store: PostgresStore;
let app: PostgresDatabase;
let admin: PostgresDatabase;
const stamp = '2026-11-30T09:00:00.000Z';
const NOW = new Date('2026-12-01T09:00:00.000Z');
/** Two accounts, each directing one casus in a region of its own. */
const ACCOUNTS = { anna: { region: 1, number: 'CTER-2026-000901' }, bram: { region: 2, number: 'CTER-2026-000902' } };
type Name = keyof typeof ACCOUNTS;
const ids = new Map<Name, { account: number; casus: number }>();

beforeAll(async () => {
  store = await createTestDatabase();
  app = await openDatabase(store);
  admin = await openDatabase(superuserStore(store));
  await admin.source.transaction(async (manager) => {
    for (const [name, { region, number }] of Object.entries(ACCOUNTS) as [Name, (typeof ACCOUNTS)[Name]][]) {
      const [account] = (await manager.query(
        `INSERT INTO account (username, display_name, roles, active, created_at, updated_at, region_ids)
         VALUES ($1, $1, '["procesregisseur"]', true, $2, $2, $3) RETURNING id`,
        [name, stamp, JSON.stringify([region])],
      )) as { id: number }[];
      const [person] = (await manager.query(
        `INSERT INTO person (naam, sort_key, gemeente_id, created_at, updated_at)
         VALUES ($1, $1, (SELECT min(id) FROM gemeente WHERE region_id = $2), $3, $3) RETURNING id`,
        [`Voorbeeld, ${name} (fictief)`, region, stamp],
      )) as { id: number }[];
      const [casus] = (await manager.query(
        `INSERT INTO casus (number, person_id, region_id, state, afgeschermd, procesregisseur_id, opened_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'monitoring', false, $4, $5, $5, $5) RETURNING id`,
        [number, person!.id, region, account!.id, stamp],
      )) as { id: number }[];
      await manager.query(
        `INSERT INTO signal (casus_id, person_id, melder_partner, ontvangen, omschrijving, ideologie, ernst, bron, status, created_at)
         VALUES ($1, $2, 'politie', '2026-11-20', 'Fictief voorbeeld.', 'jihadistisch', 'ernstig', 'online', 'nieuw', $3)`,
        [casus!.id, person!.id, stamp],
      );
      await manager.query(
        `INSERT INTO casus_action (casus_id, soort, omschrijving, actiehouder_partner, actiehouder_naam, deadline, status, created_at, updated_at)
         VALUES ($1, 'actie', 'Fictieve actie.', 'gemeente', 'A. Voorbeeld', '2026-12-05', 'open', $2, $2)`,
        [casus!.id, stamp],
      );
      await manager.query(`INSERT INTO casus_monitoring (casus_id, gepland) VALUES ($1, '2026-12-03')`, [casus!.id]);
      ids.set(name, { account: account!.id, casus: casus!.id });
    }
  });
});

afterAll(async () => {
  await app?.close();
  await admin?.close();
  await dropTestDatabase(store);
});

const clientOf = async (manager: EntityManager) =>
  (await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number };

/** Runs `work` in a transaction of the application for the account (as DatabaseHolder does). */
const asAccount = <T>(name: Name, work: (manager: EntityManager) => Promise<T>) =>
  transactionFor(app.source, { accountId: ids.get(name)!.account }, work);

/** A forgotten filter: every casus and every waiting signal of both regions, bound values and all. */
const unfiltered = {
  cases: { rows: sql`SELECT id AS "id" FROM casus WHERE region_id IN ${list([1, 2])} ORDER BY id` },
  signals: { rows: sql`SELECT casus_id AS "id" FROM signal WHERE status = ${'nieuw'} ORDER BY casus_id` },
};

describe('statements prepared per connection', () => {
  it('run for one account and then another, answer each with only its own rows, with the generic plan forced', async () => {
    const served = new Map<number, Set<Name>>();
    for (let round = 0; round < 8; round++) {
      for (const name of round % 2 ? (['bram', 'anna'] as const) : (['anna', 'bram'] as const)) {
        const own = ids.get(name)!.casus;
        await asAccount(name, async (manager) => {
          await manager.query(`SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`);
          const client = await clientOf(manager);
          const rows = await readTogether<{ cases: { id: number }[]; signals: { id: number }[] }>(manager, unfiltered);
          expect(rows).toEqual({ cases: [{ id: own }], signals: [{ id: own }] });
          const prepared = preparedNameOn(client, unfiltered.cases.rows);
          expect(prepared).toMatch(/^cter_r\d+_[0-9a-f]{24}$/);
          const [kept] = (await manager.query(
            'SELECT generic_plans AS "generic", custom_plans AS "custom" FROM pg_prepared_statements WHERE name = $1',
            [prepared],
          )) as { generic: string; custom: string }[];
          expect(Number(kept!.generic)).toBeGreaterThan(0);
          expect(Number(kept!.custom)).toBe(0);
          served.set(client.processID, (served.get(client.processID) ?? new Set()).add(name));
        });
      }
    }
    // One connection at least ran the kept plan for both accounts.
    expect([...served.values()].some((names) => names.size === 2)).toBe(true);
  });

  it('keep Mijn werk each account’s own, call after call on the same connections', async () => {
    for (let round = 0; round < 8; round++) {
      for (const name of ['anna', 'bram'] as const) {
        const { account, casus } = ids.get(name)!;
        const work = await asAccount(name, (manager) =>
          myWork(manager, { accountId: account, regionIds: [ACCOUNTS[name].region] }, NOW),
        );
        expect(work.dueSoonActions.map((item) => item.caseId)).toEqual([casus]);
        expect(work.monitoringDue.map((item) => item.caseId)).toEqual([casus]);
        expect(work.awaitingWeging.map((item) => item.caseNumber)).toEqual([ACCOUNTS[name].number]);
        // Bram's casus is in region 2 only: even given anna's scope with both regions, the wall keeps it.
        const both = await asAccount(name, (manager) =>
          myWork(manager, { accountId: account, regionIds: [1, 2] }, NOW),
        );
        expect(both.awaitingWeging.map((item) => item.caseId)).toEqual([casus]);
      }
    }
  });

  it('are prepared anew after a combined query failed before its PREPAREs all ran', async () => {
    const fresh = { rows: sql`SELECT count(*)::int AS "n" FROM casus WHERE id > ${0}` };
    const failing = { rows: sql`SELECT 1 / ${0} AS "n"` };
    // The division fails in its EXECUTE, before the second read's PREPARE runs: that one is not on
    // the server, though the connection was about to prepare it.
    let failedOn = 0;
    await expect(
      asAccount('anna', async (manager) => {
        failedOn = (await clientOf(manager)).processID;
        return readTogether(manager, { failing, fresh });
      }),
    ).rejects.toThrow(/division by zero/);
    for (let i = 0; i < 3; i++) {
      const { on, rows } = await asAccount('anna', async (manager) => ({
        on: (await clientOf(manager)).processID,
        rows: await readTogether<{ fresh: { n: number }[] }>(manager, { fresh }),
      }));
      // The same connection (the pool hands out the one released last), so this is the case at issue.
      expect(on).toBe(failedOn);
      expect(rows).toEqual({ fresh: [{ n: 1 }] });
    }
    // And what the failed message had PREPAREd (the division's statement) is gone from the
    // connection: it stayed for as long as the connection lived, which on the CTER server is as long
    // as the server runs (pool-warmth.ts), a failed message's statements at a time.
    const left = await asAccount('anna', async (manager) => {
      const client = await clientOf(manager);
      expect(client.processID).toBe(failedOn);
      const current = preparedNameOn(client, fresh.rows)!;
      const rows = (await manager.query(
        "SELECT name FROM pg_prepared_statements WHERE name LIKE 'cter\\_r%' AND name NOT LIKE $1",
        [`${current.slice(0, current.lastIndexOf('_'))}\\_%`],
      )) as { name: string }[];
      return rows.map((row) => row.name);
    });
    expect(left).toEqual([]);
  });

  it('keep being prepared past MAX_PREPARED texts on one connection: the old ones are deallocated first', async () => {
    // A text per day (Mijn werk's dates, my-work.ts) on a connection that lives for weeks: past the
    // cap the reads must still be kept statements, not planned on every call from then on.
    const texts = Array.from({ length: MAX_PREPARED + 6 }, (_, i) => ({ rows: raw(`SELECT ${i} AS "n"`) }));
    await asAccount('anna', async (manager) => {
      const client = await clientOf(manager);
      // This connection's statements of readTogether's current names (an earlier test's failure
      // left older ones on it, under another generation's names).
      const count = async (name: string) =>
        Number(
          (
            (await manager.query('SELECT count(*) AS "n" FROM pg_prepared_statements WHERE name LIKE $1', [
              `${name.slice(0, name.lastIndexOf('_'))}\\_%`,
            ])) as { n: string }[]
          )[0]!.n,
        );
      for (const [i, read] of texts.entries()) {
        expect(await readTogether<{ read: { n: number }[] }>(manager, { read })).toEqual({ read: [{ n: i }] });
        const name = preparedNameOn(client, read.rows);
        expect(name).toMatch(/^cter_r\d+_[0-9a-f]{24}$/);
        const kept = await count(name!);
        expect(kept).toBeGreaterThan(0);
        expect(kept).toBeLessThanOrEqual(MAX_PREPARED);
      }
      // The first texts were deallocated on the server, the newest are kept and run again as kept.
      expect(preparedNameOn(client, texts[0]!.rows)).toBeUndefined();
      const last = texts[texts.length - 1]!;
      expect(await readTogether<{ last: { n: number }[] }>(manager, { last })).toEqual({
        last: [{ n: texts.length - 1 }],
      });
      const [kept] = (await manager.query('SELECT count(*) AS "n" FROM pg_prepared_statements WHERE name = $1', [
        preparedNameOn(client, last.rows),
      ])) as { n: string }[];
      expect(Number(kept!.n)).toBe(1);
    });
  });
});

describe('a versioned save kept per connection', () => {
  /** The messages sent on any `pg` client during `work`. */
  async function sentDuring<T>(work: () => Promise<T>): Promise<{ result: T; sent: string[] }> {
    const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    const sent: string[] = [];
    proto.query = function (this: pg.Client, ...args: unknown[]) {
      sent.push(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text ?? ''));
      return original.apply(this, args);
    };
    try {
      return { result: await work(), sent };
    } finally {
      proto.query = original;
    }
  }

  const versionOf = async (name: Name) =>
    Number(
      (
        (await admin.source.query('SELECT version FROM casus WHERE id = $1', [ids.get(name)!.casus])) as {
          version: number;
        }[]
      )[0]!.version,
    );

  const save = (name: Name, caseId: number, expected: number | undefined, partners: string[]) =>
    asAccount(name, (manager) =>
      saveVersioned(
        manager,
        CaseEntity,
        caseId,
        expected,
        { partners, updatedAt: stamp },
        { accountId: ids.get(name)!.account },
        { wanted: { partners } },
      ),
    );

  it('sends its UPDATE as a statement PREPAREd once, EXECUTEd after; the version check unchanged', async () => {
    const { casus } = ids.get('anna')!;
    const updates: string[] = [];
    for (let round = 0; round < 4; round++) {
      const before = await versionOf('anna');
      const { result, sent } = await sentDuring(() => save('anna', casus, before, round % 2 ? ['politie'] : []));
      expect(result).toBe(before + 1);
      expect(await versionOf('anna')).toBe(before + 1);
      const update = sent.find((text) => /\bUPDATE "casus"/.test(text) || /EXECUTE cter_r/.test(text));
      expect(update, sent.join('\n')).toBeDefined();
      updates.push(update!);
    }
    // Never TypeORM's own statement: PREPAREd with the first save on a connection, EXECUTEd after.
    for (const update of updates) expect(update).toMatch(/EXECUTE cter_r\d+_[0-9a-f]{24}\(/);
    expect(updates.some((update) => !update.includes('PREPARE'))).toBe(true);
    // A stale version is refused and changes nothing.
    const now = await versionOf('anna');
    await expect(save('anna', casus, now - 1, ['onderwijs'])).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await versionOf('anna')).toBe(now);
  });

  it("stays behind the wall: the kept UPDATE run for another's casus changes nothing", async () => {
    const before = await versionOf('bram');
    // Anna's statement is kept on the connection by now (above); bram's casus is not hers to see.
    await expect(save('anna', ids.get('bram')!.casus, before, ['politie'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(save('anna', ids.get('bram')!.casus, undefined, ['politie'])).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await versionOf('bram')).toBe(before);
    // Bram's own save of it goes through.
    expect(await save('bram', ids.get('bram')!.casus, before, ['politie'])).toBe(before + 1);
  });

  /** A save whose UPDATE waits for the transaction's next message (sendWithNext), then `after`. */
  const saveWithNext = (
    name: Name,
    caseId: number,
    expected: number,
    after: (manager: EntityManager) => Promise<unknown>,
  ) =>
    sentDuring(() =>
      asAccount(name, async (manager) => {
        const version = await saveVersioned(
          manager,
          CaseEntity,
          caseId,
          expected,
          { partners: ['zorg'], updatedAt: stamp },
          { accountId: ids.get(name)!.account },
          { wanted: { partners: ['zorg'] } },
          { sendWithNext: true },
        );
        return { version, after: await after(manager) };
      }),
    );
  const readVersion = (manager: EntityManager, caseId: number) =>
    readTogether<{ version: { version: number }[] }>(manager, {
      version: { rows: sql`SELECT version AS "version" FROM casus WHERE id = ${caseId}` },
    });

  it('sends a save left for the next message with the next reads, which see it written; stale, it is refused', async () => {
    const { casus } = ids.get('anna')!;
    const before = await versionOf('anna');
    const { result, sent } = await saveWithNext('anna', casus, before, (manager) => readVersion(manager, casus));
    expect(result).toEqual({ version: before + 1, after: { version: [{ version: before + 1 }] } });
    // The UPDATE and the read in one message, the UPDATE first.
    const message = sent.find((text) => text.includes('EXECUTE cter_r'))!;
    expect(message.split(/EXECUTE cter_r/)).toHaveLength(3);
    expect(sent.filter((text) => text.includes('EXECUTE cter_r'))).toHaveLength(1);
    expect(await versionOf('anna')).toBe(before + 1);
    // Stale: the read after it runs, the refusal comes with its answer and nothing is committed.
    await expect(saveWithNext('anna', casus, before, (manager) => readVersion(manager, casus))).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await versionOf('anna')).toBe(before + 1);
  });

  it('sends a save left for the next message alone before a statement of TypeORM or the COMMIT', async () => {
    const { casus } = ids.get('anna')!;
    const before = await versionOf('anna');
    // Nothing after it but the COMMIT: sent and checked before it.
    const alone = await saveWithNext('anna', casus, before, async () => null);
    expect(alone.result.version).toBe(before + 1);
    expect(await versionOf('anna')).toBe(before + 1);
    await expect(saveWithNext('anna', casus, before, async () => null)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await versionOf('anna')).toBe(before + 1);
    // A statement of TypeORM after it sees it written.
    const typeorm = await saveWithNext('anna', casus, before + 1, (manager) =>
      manager.findOne(CaseEntity, { where: { id: casus } }),
    );
    expect(typeorm.result.after).toMatchObject({ version: before + 2, partners: ['zorg'] });
    await expect(
      saveWithNext('anna', casus, before + 1, (manager) => manager.findOne(CaseEntity, { where: { id: casus } })),
    ).rejects.toMatchObject({ code: 'STALE_VERSION' });
    expect(await versionOf('anna')).toBe(before + 2);
    // Behind the wall as the UPDATE sent at once: another's casus is NOT_FOUND, unchanged.
    const bram = await versionOf('bram');
    await expect(
      saveWithNext('anna', ids.get('bram')!.casus, bram, (manager) => readVersion(manager, casus)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await versionOf('bram')).toBe(bram);
  });
});
