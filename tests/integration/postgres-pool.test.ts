// A transaction per call from the pool on PostgreSQL (issue 18): a server core runs its sessions'
// transactions side by side, each on its own pooled connection (DatabaseHolder.transaction), where
// it ran them one after the other in one queue before. Shown here: a transaction held open, or a
// call waiting for a lock in the database, does not hold up another session's call; what the queue
// used to protect still holds with many calls at once through `dispatchAs` (the audit chain
// verifies, case numbers stay gap-free, a stale save is refused, two beheerders cannot deactivate
// each other); a deadlock rolls one transaction back whole and answers STORE_CONFLICT; the pool
// bounds how many run at once (store.json `poolSize`); and the SQLCipher file still takes turns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { openDatabase } from '../../src-main/core/db/database';
import { lockForTransaction } from '../../src-main/core/db/locks';
import { sql } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import type { ServerLogin } from '../../src-main/core/server/server-sessions';
import type { AuditVerification } from '../../src-shared/ipc/audit';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import { AppError, type Result } from '../../src-shared/ipc/errors';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, BEHEERDER, call, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

type Account = { id: number; username: string; password: string };

let store: PostgresStore;
let core: Core;
let anna: Account;
let bram: Account;
let cees: Account;
let tweedeBeheerder: Account;
let gemeenteId: number;
const closeAfter: Core[] = [];

beforeAll(async () => {
  store = await createTestDatabase();
  core = makeCore(tempDir(), { store }).core;
  await withDatabase(core);
  anna = await addAccount(core, { username: 'anna', roles: ['procesregisseur'], regionIds: [1] });
  bram = await addAccount(core, { username: 'bram', roles: ['procesregisseur'], regionIds: [1] });
  cees = await addAccount(core, { username: 'cees', roles: ['gemeentelijk_expert'], regionIds: [1] });
  tweedeBeheerder = await addAccount(core, { username: 'beheer2', roles: ['beheerder'] });
  const [row] = await rawSql<{ id: number }>(core, sql`SELECT min(id) AS id FROM gemeente WHERE region_id = 1`);
  gemeenteId = row!.id;
  // A server has no session of its own: the set-up's desktop session ends (the store closes).
  await call(core, 'session:logout');
});

afterAll(async () => {
  await core.close();
  for (const other of closeAfter) await other.close();
  await dropTestDatabase(store);
});

async function login(account: { username: string; password: string }): Promise<ServerLogin> {
  const result = await core.server.login({
    username: account.username,
    password: account.password,
    workstation: `Werkplek ${account.username}`,
  });
  if (!result.ok) throw new Error(`login ${account.username}: ${result.error.code}`);
  return result.value;
}

async function as<T>(session: ServerLogin, channel: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatchAs(session.token, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

const codeAs = async (session: ServerLogin, channel: string, input: unknown = {}) => {
  const result: Result<unknown> = await core.dispatchAs(session.token, channel, input);
  return result.ok ? 'ok' : result.error.code;
};

/** `work`'s answer, or 'still waiting' after `ms`. */
const within = <T>(work: Promise<T>, ms = 5_000): Promise<T | 'still waiting'> =>
  Promise.race([work, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

/** A latch: `open()` lets everything awaiting `wait` go on. */
function latch() {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

function registration(naam: string, year: number) {
  return {
    person: { nieuw: { naam, geboortedatum: `${year}-03-01`, gemeenteId } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-10-01',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  };
}

/** An advisory lock key no application path uses (db/locks.ts's are 431_170_00x). */
const TEST_LOCK = 431_179_999;

const FICTIEF = ['Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];

describe('transactions side by side on PostgreSQL', () => {
  it('answers a session while another transaction is held open', async () => {
    const b = await login(bram);
    await as(b, 'search:query', {});
    const entered = latch();
    const release = latch();
    const holding = core.workspace.db.transaction(async (manager) => {
      await manager.query('SELECT 1');
      entered.open();
      await release.wait;
      return 'held';
    });
    await entered.wait;
    // One queue per process would keep this call behind the held transaction until it ended.
    const answer = await within(core.dispatchAs(b.token, 'search:query', {}));
    expect(answer).toMatchObject({ ok: true });
    release.open();
    expect(await holding).toBe('held');
  });

  it('answers a session while another session’s call waits for a lock in the database', async () => {
    const [a, b] = await Promise.all([login(anna), login(bram)]);
    // Someone else (another process, the DBA) holds the meetings table.
    const other = await openDatabase(store);
    const runner = other.source.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      await runner.query('LOCK TABLE meeting IN ACCESS EXCLUSIVE MODE');
      const waiting = core.dispatchAs(a.token, 'meetings:list', {});
      expect(await within(waiting, 300)).toBe('still waiting');
      expect(await within(core.dispatchAs(b.token, 'search:query', {}))).toMatchObject({ ok: true });
      await runner.commitTransaction();
      expect(await waiting).toMatchObject({ ok: true });
    } finally {
      await runner.release();
      await other.close();
    }
  });

  it('keeps case numbers gap-free and the audit chain whole with many writers at once', async () => {
    const sessions = await Promise.all([login(anna), login(bram), login(cees)]);
    const beheerder = await login(BEHEERDER);
    const before = await rawSql<{ number: string }>(
      core,
      sql`SELECT number FROM casus WHERE number LIKE 'CTER-2026-%'`,
    );
    const n = 24;
    const results = await Promise.all([
      ...Array.from({ length: n }, (_, i) =>
        codeAs(
          sessions[i % 2]!,
          'signals:register',
          registration(`${FICTIEF[i % FICTIEF.length]} Voorbeeld${i} (fictief)`, 1990 + (i % 12)),
        ),
      ),
      // Readers in between, as the other users of the server.
      ...Array.from({ length: 12 }, (_, i) => codeAs(sessions[i % 3]!, 'search:query', {})),
      ...Array.from({ length: 4 }, () => codeAs(beheerder, 'audit:query', { filter: {}, offset: 0, limit: 20 })),
    ]);
    expect(results.filter((code) => code !== 'ok')).toEqual([]);

    const numbers = (
      await rawSql<{ number: string }>(core, sql`SELECT number FROM casus WHERE number LIKE 'CTER-2026-%'`)
    )
      .map((row) => Number(row.number.slice('CTER-2026-'.length)))
      .sort((x, y) => x - y);
    expect(numbers).toHaveLength(before.length + n);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));

    const verified = await as<AuditVerification>(beheerder, 'audit:verify');
    const [count] = await rawSql<{ n: number }>(core, sql`SELECT count(*)::int AS n FROM audit_entry`);
    expect(verified).toMatchObject({ ok: true, firstBroken: null });
    // Every entry committed before the check is in it (the check's own entry comes after).
    expect(verified.checked).toBeGreaterThanOrEqual(count!.n - 1);
    const [unlinked] = await rawSql<{ n: number }>(
      core,
      sql`SELECT count(*)::int AS n FROM audit_entry WHERE chain_position IS NULL AND action = 'signals:register'`,
    );
    expect(unlinked!.n).toBe(0);
  });

  it('still refuses the stale one of two saves sent at once', async () => {
    const [a, b] = await Promise.all([login(anna), login(bram)]);
    const registered = await as<RegisteredSignal>(
      a,
      'signals:register',
      registration('Noor Voorbeeld (fictief)', 2004),
    );
    const loaded = await as<CaseDossier>(a, 'cases:get', { id: registered.caseId });
    const settings = {
      id: loaded.id,
      regionId: loaded.regionId,
      procesregisseurId: null,
      partners: loaded.partners,
      afgeschermd: false,
      namedAccountIds: [],
      version: loaded.version,
    };
    const codes = await Promise.all([
      codeAs(a, 'cases:update', { ...settings, procesregisseurId: anna.id }),
      codeAs(b, 'cases:update', { ...settings, procesregisseurId: bram.id }),
    ]);
    expect(codes.sort()).toEqual(['STALE_VERSION', 'ok']);
    const now = await as<CaseDossier>(a, 'cases:get', { id: loaded.id });
    expect(now.version).toBe(loaded.version + 1);
    expect([anna.id, bram.id]).toContain(now.procesregisseur?.id);
  });

  it('lets only one of two beheerders who deactivate each other at once go through', async () => {
    const [eerste, tweede] = await Promise.all([login(BEHEERDER), login(tweedeBeheerder)]);
    const [first] = await rawSql<{ id: number }>(
      core,
      sql`SELECT id FROM account WHERE username = ${BEHEERDER.username}`,
    );
    const eersteId = first!.id;
    const codes = await Promise.all([
      codeAs(eerste, 'accounts:deactivate', { id: tweedeBeheerder.id }),
      codeAs(tweede, 'accounts:deactivate', { id: eersteId }),
    ]);
    expect(codes.sort()).toEqual(['LAST_BEHEERDER', 'ok']);
    const active = await rawSql<{ username: string }>(
      core,
      sql`SELECT username FROM account WHERE active AND roles LIKE '%beheerder%'`,
    );
    expect(active).toHaveLength(1);
  });

  it('rolls one of two deadlocked transactions back whole and answers STORE_CONFLICT', async () => {
    const db = core.workspace.db;
    const bothHoldOne = { count: 0, all: latch() };
    const transaction = (first: number, second: number, action: string) =>
      db.transaction(async (manager, audit) => {
        await audit.append(manager, { actorId: null, actorName: null, action, kind: 'change', result: 'ok' });
        await lockForTransaction(manager, TEST_LOCK, first);
        if (++bothHoldOne.count === 2) bothHoldOne.all.open();
        await bothHoldOne.all.wait;
        await lockForTransaction(manager, TEST_LOCK, second);
        return action;
      });
    const settled = await Promise.allSettled([transaction(1, 2, 'test:eerste'), transaction(2, 1, 'test:tweede')]);
    const done = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value);
    const failed = settled.filter((s) => s.status === 'rejected').map((s) => s.reason as unknown);
    expect(done).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toBeInstanceOf(AppError);
    expect((failed[0] as AppError).code).toBe('STORE_CONFLICT');
    const rows = await rawSql<{ action: string }>(
      core,
      sql`SELECT action FROM audit_entry WHERE action IN ('test:eerste', 'test:tweede')`,
    );
    // The refused transaction's entry went with its rollback.
    expect(rows.map((row) => row.action)).toEqual(done);
    expect((await core.workspace.requireOpen().audit.verify()).ok).toBe(true);
  });
});

describe('the pool', () => {
  it('runs at most poolSize transactions at once; the next waits for a free connection', async () => {
    const small = makeCore(tempDir(), { store: { ...store, poolSize: 3 } }).core;
    closeAfter.push(small);
    const ws = small.workspace;
    await ws.openServer(ws.storeConfig()!);
    const release = latch();
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const work = Array.from({ length: 5 }, (_, i) =>
      ws.db.transaction(async (manager) => {
        await manager.query('SELECT 1');
        running++;
        most = Math.max(most, running);
        started.push(i);
        await release.wait;
        running--;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).toHaveLength(3);
    release.open();
    await Promise.all(work);
    expect(started).toHaveLength(5);
    expect(most).toBe(3);
  });
});

describe('the SQLCipher file', () => {
  it('still runs one transaction after the other', async () => {
    const file = makeCore().core;
    closeAfter.push(file);
    await withDatabase(file);
    expect(file.workspace.requireOpen().database.engine).toBe('sqlcipher');
    const entered = latch();
    const release = latch();
    const holding = file.workspace.db.transaction(async () => {
      entered.open();
      await release.wait;
    });
    await entered.wait;
    const next = file.workspace.db.transaction(async () => 'next');
    expect(await within(next, 200)).toBe('still waiting');
    release.open();
    await holding;
    expect(await next).toBe('next');
  });
});
