// Round trips per server call (issue 18's load aim): every statement a CTER server's core sends to
// PostgreSQL is a round trip on the wire (a `writev` and a wait), and at 50 users the server runs at
// the machine's capacity, so what a call costs besides its own work is what the tails queue for.
// This counts the statements of a typical call of each kind the load benchmark makes (case search,
// open dossier, register a signal, autosave minutes), from `dispatchAs` to its answer and the audit
// link after it, and pins an upper bound per kind: a change that adds round trips fails here and
// must say why (docs/benchmarks.md, "Round trips per call"). Counted on the `pg` client, so the
// BEGIN, the scope and the COMMIT of each transaction count too.
//
// Also here, for what the fewer round trips must not weaken: the idle lock still follows the
// activity written with the call's own transaction (and after a call that rolled back), and a
// beheerder's change of the policy counts at the next call of every process (the policy is read
// with the session's row, not kept).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { query, sql } from '../../src-main/core/db/sql';
import { atCommit } from '../../src-main/core/workspace/round-trips';
import type { ServerLogin } from '../../src-main/core/server/server-sessions';
import type { Result } from '../../src-shared/ipc/errors';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { addAccount, BEHEERDER, call, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { SAMPLE_MINUTES } from '../bench/meetings-seed';

/**
 * The most statements each kind may send, the audit link after it included (six of them, here once
 * per call: one call at a time; under load one link serves the calls of LINK_DELAY_MS). Measured
 * 2026-12-05, before the session check, the activity, the account, the key's look-up, the entry's
 * label and the link were cut: 23, 39, 54 and 37 (docs/benchmarks.md, "Round trips per call");
 * 12, 25, 34 and 22 once BEGIN went with the scope (transactionFor), before the activity went with
 * the COMMIT and a keyed call's earlier answer with the session check (the same afternoon). Set to
 * what is sent now (2026-12-06: 7, 8, 28 and 16, after the BEGIN went with the first statement and
 * the entry with the COMMIT), so that one statement more fails here. Register signal 28 → 29 the
 * same day: a new person's row of what the duplicate check scores (`person_match`, migration 0035),
 * written with its name keys.
 * Raise one only with a reason written there.
 */
const BOUND = {
  'case search': 7,
  'open dossier': 8,
  'register signal': 29,
  'autosave minutes': 16,
} as const;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/** The statements sent on any `pg` client while `recording` is on, in order. */
let recording: string[] | null = null;
/** The client that sent each statement recorded, in the same order. */
let senders: pg.Client[] = [];
const prototype = pg.Client.prototype as unknown as { query: Query };
const original = prototype.query;

let store: PostgresStore;
let made: ReturnType<typeof makeCore>;
let core: Core;
let other: Core;
let regisseur: { id: number; username: string; password: string };
let gemeenteId: number;
let itemId: number;
let itemVersion: number;

beforeAll(async () => {
  prototype.query = function (this: pg.Client, ...args: unknown[]): unknown {
    if (recording) {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | null)?.text ?? '?');
      recording.push(text.replace(/\s+/g, ' ').slice(0, 400));
      senders.push(this);
    }
    return original.apply(this, args);
  };
  store = await createTestDatabase();
  made = makeCore(tempDir(), { store });
  core = made.core;
  await withDatabase(core);
  regisseur = await addAccount(core, { username: 'regisseur', roles: ['procesregisseur'], regionIds: [1] });
  const [gemeente] = await rawSql<{ id: number }>(core, sql`SELECT min(id) AS id FROM gemeente WHERE region_id = 1`);
  gemeenteId = gemeente!.id;
  const [meeting] = await rawSql<{ id: number }>(
    core,
    sql`INSERT INTO meeting (type, title, datum, starttijd, region_id, status, created_at, updated_at)
        VALUES ('i2o', 'Casusoverleg (fictief)', '2026-12-10', '09:30', 1, 'concept', 'x', 'x') RETURNING id`,
  );
  const [item] = await rawSql<{ id: number; version: number }>(
    core,
    sql`INSERT INTO agenda_item (meeting_id, position, kind, title, minutes, updated_at)
        VALUES (${meeting!.id}, 0, 'overig', 'Punt (fictief)', ${JSON.stringify(SAMPLE_MINUTES)}, 'x')
        RETURNING id, version`,
  );
  itemId = item!.id;
  itemVersion = Number(item!.version);
  // The server has no session of its own; a second process on the same database for the policy.
  await call(core, 'session:logout');
  other = makeCore(tempDir(), { store, clock: made.clock }).core;
});

afterAll(async () => {
  prototype.query = original;
  await core.close();
  await other.close();
  await dropTestDatabase(store);
});

async function login(on = core): Promise<ServerLogin> {
  const result = await on.server.login({
    username: regisseur.username,
    password: regisseur.password,
    workstation: 'Werkplek 1',
  });
  if (!result.ok) throw new Error(`login: ${result.error.code}`);
  return result.value;
}

async function as<T>(session: ServerLogin, channel: string, input: unknown, key?: string, on = core): Promise<T> {
  const result: Result<unknown> = await on.dispatchAs(session.token, channel, input, null, {
    ...(key ? { requestKey: key } : {}),
  });
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value as T;
}

/** The statements of `work` and of the audit link its commits start. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const audit = core.workspace.requireOpen().audit;
  await audit.settled();
  recording = [];
  senders = [];
  try {
    await work();
    await audit.settled();
    return recording;
  } finally {
    recording = null;
  }
}

const register = (naam: string) => ({
  person: { nieuw: { naam, geboortedatum: '2008-03-01', gemeenteId } },
  signal: {
    melderPartner: 'onderwijs',
    ontvangen: '2026-11-30',
    omschrijving: 'Voorbeeld — fictief signaal.',
    ideologie: 'rechts_extremistisch',
    ernst: 'matig',
    bron: 'omgeving',
  },
});

describe('round trips per server call', () => {
  it('a call of each kind sends at most its bound of statements', async () => {
    const session = await login();
    let version = itemVersion;
    const kinds: Record<keyof typeof BOUND, (i: number) => Promise<unknown>> = {
      'case search': () => as(session, 'search:query', { text: 'fictief', offset: 0, limit: 50 }),
      'open dossier': async () => as(session, 'cases:get', { id: caseId }),
      'register signal': (i) =>
        as(session, 'signals:register', register(`Telling Persoon ${i} (fictief)`), randomUUID()),
      'autosave minutes': async () => {
        const saved = await as<{ item: { version: number } }>(
          session,
          'meetings:save-item',
          {
            itemId,
            minutes: { ...SAMPLE_MINUTES, duiding: `Versie ${version} (fictief).` },
            spentSeconds: 60,
            version,
          },
          randomUUID(),
        );
        version = saved.item.version;
      },
    };
    const first = await as<RegisteredSignal>(
      session,
      'signals:register',
      register('Eerste Persoon (fictief)'),
      randomUUID(),
    );
    const caseId = first.caseId;
    const counts: Record<string, number[]> = {};
    const seen: Record<string, string[]> = {};
    // A few rounds: the first of a kind may read what later calls find cached (prepared plans,
    // the request keys' sweep), so the figure is the steady state's most.
    for (let round = 0; round < 3; round++) {
      for (const [kind, run] of Object.entries(kinds)) {
        const statements = await statementsOf(() => run(round));
        (counts[kind] ??= []).push(statements.length);
        if (round === 2) seen[kind] = statements;
      }
    }
    const most = Object.fromEntries(Object.entries(counts).map(([kind, n]) => [kind, Math.max(...n.slice(1))]));
    console.info(`statements per call: ${JSON.stringify(most)}`);
    for (const [kind, bound] of Object.entries(BOUND)) {
      expect(most[kind], `${kind}:\n${seen[kind]!.join('\n')}`).toBeLessThanOrEqual(bound);
    }
  });

  it('keeps the idle lock: the activity written with the call, or after a call that failed', async () => {
    const session = await login();
    const idle = async () => {
      const [row] = await rawSql<{ last_activity_at: string }>(
        core,
        sql`SELECT last_activity_at FROM server_session WHERE id = ${session.sessionId}`,
      );
      return Number(row!.last_activity_at);
    };
    made.clock.advance(5 * 60_000);
    await as(session, 'search:query', { text: 'fictief', offset: 0, limit: 50 });
    expect(await idle()).toBe(made.clock.now().getTime());
    // A call that fails in its handler (a casus that is not there) still counts as activity.
    made.clock.advance(9 * 60_000);
    const missing = await core.dispatchAs(session.token, 'cases:get', { id: 999_999 });
    expect(missing.ok).toBe(false);
    expect(await idle()).toBe(made.clock.now().getTime());
    // Nine minutes on, still open (the default policy: ten); ten minutes after the last call, locked.
    made.clock.advance(9 * 60_000);
    await as(session, 'search:query', { text: 'fictief', offset: 0, limit: 50 });
    made.clock.advance(10 * 60_000);
    const late = await core.dispatchAs(session.token, 'search:query', { text: 'fictief', offset: 0, limit: 50 });
    expect(late.ok ? 'ok' : late.error.code).toBe('SESSION_EXPIRED');
  });

  it("reads the policy at every call: a beheerder's change counts at the next call in every process", async () => {
    const beheerder = await other.server.login({
      username: BEHEERDER.username,
      password: BEHEERDER.password,
      workstation: 'Beheer',
    });
    if (!beheerder.ok) throw new Error(beheerder.error.code);
    const session = await login();
    const policy = await as<{ idleMinutes: number; retentionYears: number }>(
      beheerder.value,
      'policy:get',
      {},
      undefined,
      other,
    );
    made.clock.advance(3 * 60_000);
    await as(session, 'search:query', { text: 'fictief', offset: 0, limit: 50 });
    // Two minutes idle: within ten; the beheerder sets two at the other process.
    made.clock.advance(2 * 60_000);
    await as(beheerder.value, 'policy:update', { ...policy, idleMinutes: 2 }, randomUUID(), other);
    const after = await core.dispatchAs(session.token, 'search:query', { text: 'fictief', offset: 0, limit: 50 });
    expect(after.ok ? 'ok' : after.error.code).toBe('SESSION_EXPIRED');
    await as(beheerder.value, 'policy:update', { ...policy, idleMinutes: policy.idleMinutes }, randomUUID(), other);
  });
});

describe('BEGIN with the scope, COMMIT with what was left for it (workspace/round-trips.ts)', () => {
  /** The statements of `work` on the connection that sent `marker` (not the background's). */
  const onProbeConnection = async (work: () => Promise<unknown>, marker = 'probe') => {
    const statements = await statementsOf(work);
    const sent = senders;
    const client = sent[statements.findIndex((text) => text.includes(marker))];
    return statements.filter((_text, index) => sent[index] === client);
  };
  const probe = async (key: string) =>
    (await rawSql<{ value: string }>(core, sql`SELECT value FROM setting WHERE key = ${key}`))[0]?.value ?? null;

  it('sends a transaction as two messages around its work, and commits both parts', async () => {
    const statements = await onProbeConnection(() =>
      core.workspace.transaction(async (manager) => {
        await query(manager, sql`INSERT INTO setting (key, value) VALUES ('probe-a', 'werk')`);
        await atCommit(manager, sql`INSERT INTO setting (key, value) VALUES (${'probe-b'}, ${'bij de commit'})`);
      }),
    );
    expect(statements).toEqual([
      "START TRANSACTION; SELECT set_config('cter.account_id', '', true), set_config('cter.scope', '', true)",
      "INSERT INTO setting (key, value) VALUES ('probe-a', 'werk')",
      "INSERT INTO setting (key, value) VALUES ('probe-b', 'bij de commit'); COMMIT",
    ]);
    expect([await probe('probe-a'), await probe('probe-b')]).toEqual(['werk', 'bij de commit']);
  });

  it('rolls the whole transaction back when a statement left for the COMMIT fails', async () => {
    await expect(
      core.workspace.transaction(async (manager) => {
        await query(manager, sql`INSERT INTO setting (key, value) VALUES ('probe-c', 'werk')`);
        // probe-a is there already: a unique violation in the COMMIT's message.
        await atCommit(manager, sql`INSERT INTO setting (key, value) VALUES (${'probe-a'}, ${'nogmaals'})`);
      }),
    ).rejects.toThrow();
    expect(await probe('probe-c')).toBeNull();
    // The connection went back to the pool usable: the next transaction works.
    await core.workspace.transaction((manager) =>
      query(manager, sql`INSERT INTO setting (key, value) VALUES ('probe-c', 'daarna')`),
    );
    expect(await probe('probe-c')).toBe('daarna');
  });

  it('writes a quoted value into the COMMIT’s message as a literal, exactly; a value without one goes as a parameter', async () => {
    const quoted = await onProbeConnection(
      () =>
        core.workspace.transaction((manager) =>
          atCommit(manager, sql`INSERT INTO setting (key, value) VALUES (${'probe-d'}, ${"o'Neill; --"})`),
        ),
      'probe-d',
    );
    // Nothing else in the transaction: its BEGIN and scope go in the same message (row-security.ts).
    expect(quoted).toEqual([
      "START TRANSACTION; SELECT set_config('cter.account_id', '', true), set_config('cter.scope', '', true); INSERT INTO setting (key, value) VALUES ('probe-d', 'o''Neill; --'); COMMIT",
    ]);
    expect(await probe('probe-d')).toBe("o'Neill; --");
    // A fraction has no literal in db/sql.ts's `inlined`: the statement runs at once, with parameters.
    const parameter = await onProbeConnection(
      () =>
        core.workspace.transaction((manager) =>
          atCommit(manager, sql`INSERT INTO setting (key, value) VALUES (${'probe-e'}, ${1.5})`),
        ),
      'VALUES ($1, $2)',
    );
    expect(parameter.slice(1)).toEqual(['INSERT INTO setting (key, value) VALUES ($1, $2)', 'COMMIT']);
    expect(await probe('probe-e')).toBe('1.5');
  });
});
