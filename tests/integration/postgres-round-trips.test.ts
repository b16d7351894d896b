// Round trips of the figures of issue 17 on PostgreSQL (Mijn werk, the dashboard, a casus save, the
// case list as it opens):
// every statement core sends is a round trip on the wire (~0.1-0.3 ms on a quiet unix socket, more
// under load), which SQLite in process does not pay, so what a call sends besides its own work
// decides how far PostgreSQL is behind (docs/benchmarks.md, "Both engines": "Round trips of the
// figures"). Counted on the `pg` client, as server-round-trips.test.ts counts a server's calls, from
// `dispatch` to the answer and the audit link after it; an upper bound per call is pinned, so a
// change that adds round trips fails here and must say why there.
//
// Also what the fewer round trips must keep: the scope of a transaction goes with its BEGIN and
// ends with it (never left on the pooled connection for the next one), and a transaction that
// fails is rolled back whole.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import { visibleCase, whereVisible } from '../../src-main/core/access/access';
import { transactionFor } from '../../src-main/core/access/row-security';
import { CaseEntity } from '../../src-main/core/db/entities/casus';
import type { PostgresStore } from '../../src-main/core/db/store';
import { query, sql } from '../../src-main/core/db/sql';
import { readTogether } from '../../src-main/core/db/kept';
import { myWork } from '../../src-main/core/work/my-work';
import type { CaseDossier } from '../../src-shared/ipc/cases';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import type { MyWork } from '../../src-shared/ipc/work';
import { addAccount, call, loginAs, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';

/**
 * The most statements each call may send, from its BEGIN to the audit entry's link after it (six of
 * them: the link is the audit log's own transaction). Measured 2026-12-05 before the cut (BEGIN and
 * the scope apart, Mijn werk's four lists and the dashboard's seven reads each a round trip, its
 * switch to the system path and back, the save's casus read twice, a statement per partner code and
 * the entry's label read again): Mijn werk 15, the dashboard 19, a casus save with two partners 38
 * (docs/benchmarks.md). The case list as it opens sent its page and its count apart until the
 * evening of 2026-12-05: 12 then. The casus save sent 31 until the late evening of 2026-12-05 (the
 * dossier read after it one TypeORM read after another, the casus, its person and the saver's account
 * read again): its casus and person now go in one round trip, its dossier in one more. Raise one only
 * with a reason written there. The dashboard 10 -> 11 (2026-12-06, issue 18 point 7): it counts only
 * the caller's own regions now, read as every region-bound call reads them (access.ts `scopeFor`:
 * the account, outside a server call, where the session check has read it already). The casus save
 * 18 -> 17 (2026-12-06, issue 17): its partner codes and the names the casus has go in one round trip.
 * Every call 3 fewer (2026-12-06 morning, issue 17): the call's audit entry goes with its COMMIT
 * (AuditLog.appendAtCommit), and the link after it sends its BEGIN, the chain's lock and its read as
 * one message and its links with its COMMIT (chain-linker.ts): 6 -> 3 statements. The casus save
 * 13 -> 11 (2026-12-06 evening, issue 17): it sends the version its form loaded, as the form does
 * (without one the saved version is read back: one more), and its UPDATE goes with the dossier's
 * reads after it (db/kept.ts sendWithNext: one more before); 11 -> 9: the person's gemeente and
 * corrections are read with the dossier (cases/dossier.ts), not after it.
 */
const BOUND = {
  'Mijn werk': 7,
  dashboard: 7,
  'casus save': 9,
  'case list as it opens': 7,
} as const;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/** The statements sent on any `pg` client while `recording` is on, in order. */
let recording: string[] | null = null;
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;

let store: PostgresStore;
let core: Core;
let regisseur: { id: number; username: string; password: string };
let caseId: number;

beforeAll(async () => {
  prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
    if (recording) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | null)?.text ?? '?');
      recording.push(text.replace(/\s+/g, ' '));
    }
    return original.apply(this, args);
  };
  store = await createTestDatabase();
  core = makeCore(tempDir(), { store }).core;
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  await loginAs(core, regisseur);
  const [gemeente] = await rawSql<{ id: number }>(core, sql`SELECT min(id) AS id FROM gemeente WHERE region_id = 1`);
  const registered = await call<RegisteredSignal>(core, 'signals:register', {
    person: { nieuw: { naam: 'Telling, Tess (fictief)', geboortedatum: '2008-03-01', gemeenteId: gemeente!.id } },
    signal: {
      melderPartner: 'onderwijs',
      ontvangen: '2026-11-20',
      omschrijving: 'Voorbeeld — fictief signaal.',
      ideologie: 'rechts_extremistisch',
      ernst: 'matig',
      bron: 'omgeving',
    },
  });
  caseId = registered.caseId;
  ({ version } = await call<CaseDossier>(core, 'cases:get', { id: caseId }));
});

afterAll(async () => {
  prototype.query = original;
  await core.close();
  await dropTestDatabase(store);
});

/** The statements of `work` and of the audit link its commit starts. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const audit = core.workspace.requireOpen().audit;
  await audit.settled();
  recording = [];
  try {
    await work();
    await audit.settled();
    return recording;
  } finally {
    recording = null;
  }
}

/** The casus's version as the last answer had it: each save sends it, as the form does. */
let version: number;

const save = async (partners: string[]) => {
  const dossier = await call<CaseDossier>(core, 'cases:update', {
    id: caseId,
    regionId: 1,
    procesregisseurId: regisseur.id,
    partners,
    afgeschermd: false,
    namedAccountIds: [],
    version,
  });
  version = dossier.version;
  return dossier;
};

describe('round trips of the figures on PostgreSQL', () => {
  it('each call sends at most its bound of statements, its scope with its BEGIN', async () => {
    const calls: Record<keyof typeof BOUND, (round: number) => Promise<unknown>> = {
      'Mijn werk': () => call<MyWork>(core, 'work:mine'),
      dashboard: () => call(core, 'figures:dashboard', { fromYear: 2016, toYear: 2026, regionId: null }),
      'casus save': (round) => save(round % 2 ? [] : ['politie', 'gemeente']),
      'case list as it opens': () => call(core, 'search:query', { text: '', sort: 'relevantie', limit: 100 }),
    };
    const most: Record<string, number> = {};
    const sent: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (const [name, run] of Object.entries(calls)) {
        const statements = await statementsOf(() => run(round));
        sent.push(...statements);
        // The first round may read what later ones find cached.
        if (round > 0) most[name] = Math.max(most[name] ?? 0, statements.length);
        // No scope on its own: the call's transaction begins with it (the audit link after it is a
        // transaction of the audit log's own, on a table outside row security, without a scope).
        const listed = statements.map((s) => s.slice(0, 100)).join('\n');
        expect(statements[0], `${name}:\n${listed}`).toMatch(/^START TRANSACTION; SELECT set_config\('cter\./);
        expect(
          statements.filter((s) => s.startsWith("SELECT set_config('cter.account_id'")),
          name,
        ).toEqual([]);
        if (round === 3) {
          const bound = BOUND[name as keyof typeof BOUND];
          expect(most[name], `${name}:\n${listed}`).toBeLessThanOrEqual(bound);
        }
      }
    }
    console.info(`statements per call: ${JSON.stringify(most)}`);
    // Each call's entry went with its COMMIT and came back with its id for the link after it
    // (AuditLog.appendAtCommit): every entry, the last call's too, is linked once the link settled.
    const [unlinked] = await rawSql<{ n: number }>(
      core,
      sql`SELECT count(*)::int AS "n" FROM audit_entry WHERE chain_position IS NULL`,
    );
    expect(unlinked!.n).toBe(0);
    expect(sent.filter((s) => /^INSERT INTO audit_entry .*; COMMIT$/.test(s)).length).toBeGreaterThanOrEqual(16);
    // Mijn werk's four lists in one statement, the dashboard's reads in one, in the account's
    // transaction: PREPAREd with their first run on a connection (db/kept.ts readTogether), and after
    // that only EXECUTEd there, with their values (each planned once per connection, not per call).
    const prepared = (parts: string[]) => {
      const first = sent.filter((s) => s.includes('PREPARE cter_r') && parts.every((part) => s.includes(part)));
      expect(first.length, parts.join(', ')).toBeGreaterThan(0);
    };
    prepared(['FROM casus_action', 'FROM casus_monitoring', 'FROM signal s', "c.state IN ('casusoverleg'"]);
    prepared([
      'figure_age',
      'figure_kind',
      'figure_place',
      'figure_outcome',
      'stat_record',
      'FROM gemeente',
      'FROM zvh_region',
    ]);
    const executed = (statements: string[], reads: number) => {
      const combined = statements.filter((s) => s.startsWith('EXECUTE cter_r'));
      expect(combined).toHaveLength(1);
      expect(combined[0]!.split(/; EXECUTE cter_r/)).toHaveLength(reads);
      expect(combined[0]).not.toContain('PREPARE');
    };
    const work = await statementsOf(() => call(core, 'work:mine'));
    expect(work.some((s) => s.includes(`set_config('cter.account_id', '${regisseur.id}', true)`))).toBe(true);
    executed(work, 4);
    // The account's id is a value of the lists, written into their EXECUTE.
    expect(work.find((s) => s.startsWith('EXECUTE cter_r'))).toContain(`, ${regisseur.id}`);
    const dashboard = await statementsOf(() =>
      call(core, 'figures:dashboard', { fromYear: 2016, toYear: 2026, regionId: null }),
    );
    executed(dashboard, 7);
    // A casus save: the casus as the saver sees it with its person in one statement, its partner
    // codes and stored names in one (case-service.ts), and its versioned UPDATE, kept too
    // (db/versioned.ts), in the same message as the dossier's thirteen reads after the change
    // (cases/dossier.ts, the person's gemeente and corrections among them; sendWithNext): the UPDATE
    // first; the account is read once.
    const saved = await statementsOf(() => save(['politie']));
    const combined = saved.filter((s) => s.startsWith('EXECUTE cter_r'));
    expect(combined.map((s) => s.split(/; EXECUTE cter_r/).length)).toEqual([2, 2, 14]);
    expect(combined[2]).toMatch(/^EXECUTE cter_r\d+_[0-9a-f]{24}\(/);
    expect(saved.some((s) => s.startsWith('UPDATE "casus"'))).toBe(false);
    expect(saved.filter((s) => s.includes('FROM "account"'))).toHaveLength(1);
    // The list's page and its count in one statement (search/case-search.ts).
    executed(await statementsOf(() => call(core, 'search:query', { text: '', sort: 'relevantie', limit: 100 })), 2);
  });

  it('sends the BEGIN and the scope with the first reads, and nothing for a transaction that sends nothing', async () => {
    const source = core.workspace.requireOpen().database.source;
    const scope = { accountId: regisseur.id, regionIds: [1] };
    const now = new Date('2026-11-27T10:00:00.000Z');
    // The reads first in their transaction: one message with the BEGIN and the scope, then the COMMIT.
    let lists: MyWork | undefined;
    const sent = await statementsOf(() =>
      transactionFor(source, { accountId: regisseur.id }, async (manager) => {
        lists = await myWork(manager, scope, now);
      }),
    );
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(
      new RegExp(
        `^START TRANSACTION; SELECT set_config\\('cter\\.account_id', '${regisseur.id}', true\\)[^;]*; (PREPARE|EXECUTE) cter_r`,
      ),
    );
    expect(sent[1]).toBe('COMMIT');
    // The same lists as when a statement came first and the BEGIN went on its own: the scope held.
    const before = await transactionFor(source, { accountId: regisseur.id }, async (manager) => {
      await query(manager, sql`SELECT 1`);
      return myWork(manager, scope, now);
    });
    expect(lists).toEqual(before);
    expect(before.awaitingWeging.map((item) => item.caseId)).toEqual([caseId]);
    // A transaction that sends nothing sends neither its BEGIN nor its COMMIT.
    expect(await statementsOf(() => transactionFor(source, { accountId: regisseur.id }, async () => 7))).toEqual([]);
    // A read that fails in that first message rolls the transaction back; the connection is usable.
    const failing = transactionFor(source, { accountId: regisseur.id }, (manager) =>
      readTogether(manager, { broken: { rows: sql`SELECT 1 / ${0} AS "n"` } }),
    );
    await expect(failing).rejects.toThrow(/division by zero/);
    const again = await Promise.all(
      Array.from({ length: 10 }, () =>
        transactionFor(source, { accountId: regisseur.id }, (manager) =>
          readTogether<{ n: { n: number }[] }>(manager, { n: { rows: sql`SELECT count(*)::int AS "n" FROM casus` } }),
        ),
      ),
    );
    expect(again.map((read) => read.n[0]!.n)).toEqual(Array.from({ length: 10 }, () => 1));
  });

  it('reads a casus by visibleCase as a kept statement, with the BEGIN and the scope when it comes first', async () => {
    const source = core.workspace.requireOpen().database.source;
    const scope = { accountId: regisseur.id, regionIds: [1] };
    const read = () =>
      transactionFor(source, { accountId: regisseur.id }, (manager) => visibleCase(manager, scope, caseId));
    // Twice: the first run on a connection PREPAREs it, any later one EXECUTEs it; each one message
    // with the BEGIN and the scope, then the COMMIT (a save that checks its casus first saves a round trip).
    for (let round = 0; round < 2; round++) {
      const sent = await statementsOf(read);
      expect(sent, sent.join('\n')).toHaveLength(2);
      expect(sent[0]).toMatch(
        new RegExp(
          `^START TRANSACTION; SELECT set_config\\('cter\\.account_id', '${regisseur.id}', true\\)[^;]*; (PREPARE|EXECUTE) cter_r`,
        ),
      );
      expect(sent[1]).toBe('COMMIT');
    }
    // The same casus as TypeORM's own read of it, its columns made into the entity the same way.
    const kept = await read();
    const typeorm = await transactionFor(source, { accountId: regisseur.id }, (manager) =>
      whereVisible(
        manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :caseId', { caseId }),
        'c',
        scope,
      ).getOne(),
    );
    expect(kept).toEqual(typeorm);
    expect(kept.id).toBe(caseId);
    // The kept plan still runs the policy for each transaction's account: an account of another
    // region, given a scope that would pass the query's own rule, is refused by row security.
    const other = await addAccount(core, { username: 'elders', roles: ['procesregisseur'], regionIds: [2] });
    const refused = transactionFor(source, { accountId: other.id }, (manager) =>
      visibleCase(manager, { accountId: other.id, regionIds: [1] }, caseId),
    );
    await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Outside a transaction (no kept statements, no account set) row security shows it to nobody.
    expect(await visibleCase(source.manager, scope, caseId).catch((error: { code?: string }) => error.code)).toBe(
      'NOT_FOUND',
    );
  });

  it('ends the scope with its transaction, and rolls a failed one back whole', async () => {
    const source = core.workspace.requireOpen().database.source;
    const setting = async () =>
      (
        (await source.query(`SELECT current_setting('cter.account_id', true) AS "account"`)) as { account: string }[]
      )[0]!.account;
    // Ten at once take several of the pool's connections; each is given back without the account.
    await Promise.all(Array.from({ length: 10 }, () => call(core, 'work:mine')));
    for (let i = 0; i < 10; i++) expect(await setting()).toBe('');
    const seen = await transactionFor(source, { accountId: regisseur.id }, async (manager) => {
      const [row] = await query<{ account: string; n: number }>(
        manager,
        sql`SELECT current_setting('cter.account_id', true) AS "account", count(*)::int AS "n" FROM casus`,
      );
      return row;
    });
    expect(seen).toEqual({ account: String(regisseur.id), n: 1 });
    // Nobody's transaction sees no casus (row security), and a failure rolls its write back.
    const failed = transactionFor(source, null, async (manager) => {
      const [row] = await query<{ n: number }>(manager, sql`SELECT count(*)::int AS "n" FROM casus`);
      expect(row!.n).toBe(0);
      await query(manager, sql`UPDATE account SET display_name = 'Niet bewaard (fictief)' WHERE id = ${regisseur.id}`);
      throw new Error('afgebroken');
    });
    await expect(failed).rejects.toThrow('afgebroken');
    const [account] = await rawSql<{ display_name: string }>(
      core,
      sql`SELECT display_name FROM account WHERE id = ${regisseur.id}`,
    );
    expect(account!.display_name).not.toBe('Niet bewaard (fictief)');
    expect(await setting()).toBe('');
    await expect(transactionFor(source, { accountId: 1.5 }, async () => undefined)).rejects.toThrow(/integer/);
  });
});
