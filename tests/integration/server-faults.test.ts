// No silent loss across the wire (issue 18, item 6), on PostgreSQL over real HTTPS. Request keys
// (core/server/request-keys.ts, migration 0018): a change without a key is refused; a replay of a
// captured request (same token, same key, same body) answers as the first time and does nothing
// twice; the key with another input is refused; another session never sees a key; two sends of one
// key at once save once; an answer with a password is not kept; after logout the replay is refused;
// the sweep deletes the keys of ended sessions. The database going away (a unix-socket relay in
// front of the cluster, tests/support/postgres-relay.ts): 503 with STORE_UNREACHABLE and no SQL
// while it is away, served again once it is back without a restart; a save cut off before its
// COMMIT leaves nothing and its retry saves once; a COMMIT whose answer was lost is found by the
// retry, which gets the stored answer. A server restarted during a save: `cter server` as a child
// process (as the systemd unit starts it) killed with SIGKILL while handling a save and right after
// its commit, started again, and the client's retry (team/retry.ts) with the same key:
// exactly one record each time. A save PostgreSQL ends as a deadlock (STORE_CONFLICT) is a 503 too,
// and its retry with the same key saves once. The audit chain verifies at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import { sql } from '../../src-main/core/db/sql';
import type { PostgresStore } from '../../src-main/core/db/store';
import { KEY_HOURS, KeySweeper } from '../../src-main/core/server/request-keys';
import { sendWithRetry } from '../../src-main/team/retry';
import { createCterServer, type CterServer } from '../../src-main/server/https-server';
import type { AuditVerification } from '../../src-shared/ipc/audit';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { Relay, type RelayConnection } from '../support/postgres-relay';
import { addAccount, BEHEERDER, call, makeCore, rawSql, tempDir, withDatabase, writeStoreFile } from './helpers';
import { ask, HOST, login, makeCertificate, type Answer } from './server-client';
import { SERVER_NODE_FLAGS } from '../../src-main/server/launch';

const ROOT = resolve(__dirname, '../..');

let store: PostgresStore;
/** On the database directly: set-up, accounts, and the checks past the server. */
let admin: Core;
/** The server's core, on the database through `relay`. */
let serverCore: Core;
let relay: Relay;
let server: CterServer;
let port: number;
let certificate: Buffer;
let tlsFiles: { certificateFile: string; keyFile: string };
let noord: { id: number; username: string; password: string };
let zuid: { id: number; username: string; password: string };
let gemeente: number;

beforeAll(async () => {
  store = await createTestDatabase();
  admin = makeCore(tempDir(), { store, clock: systemClock }).core;
  await withDatabase(admin);
  noord = await addAccount(admin, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  zuid = await addAccount(admin, { username: 'zuid', roles: ['procesregisseur'], regionIds: [1] });
  const [row] = await rawSql<{ id: number }>(admin, sql`SELECT min(id) AS id FROM gemeente WHERE region_id = 1`);
  gemeente = row!.id;
  relay = new Relay(store);
  await relay.start();
  const made = makeCore(tempDir(), { store: relay.store, clock: systemClock });
  serverCore = made.core;
  await serverCore.server.open();
  tlsFiles = makeCertificate(tempDir('cter-tls-'));
  certificate = readFileSync(tlsFiles.certificateFile);
  server = createCterServer(serverCore, made.logger, { certificate, key: readFileSync(tlsFiles.keyFile) });
  port = (await server.listen(HOST, 0)).port;
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await server?.close();
  await serverCore?.close().catch(() => undefined);
  await admin?.close();
  await relay?.stop();
  await childRelay?.stop();
  for (const r of [relay, childRelay]) if (r) rmSync(r.dir, { recursive: true, force: true });
  if (store) await dropTestDatabase(store);
});

function registerIn(naam: string) {
  return {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2009-05-01', gemeenteId: gemeente } },
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

const rpc = (token: string, channel: string, input: unknown, key?: string, to = port) =>
  ask('/rpc', { channel, input }, { port: to, ca: certificate, token, key });

const count = async (statement: ReturnType<typeof sql>) =>
  Number((await rawSql<{ n: number | string }>(admin, statement))[0]!.n);

const personsNamed = (naam: string) => count(sql`SELECT count(*) AS n FROM person WHERE naam = ${naam}`);
const auditCount = (action: string) => count(sql`SELECT count(*) AS n FROM audit_entry WHERE action = ${action}`);
const keysOf = (key: string) => count(sql`SELECT count(*) AS n FROM request_key WHERE idempotency_key = ${key}`);

/** The casus of the one person with this name. */
async function casusOf(naam: string): Promise<number> {
  const rows = await rawSql<{ id: number }>(
    admin,
    sql`SELECT c.id FROM casus c JOIN person p ON p.id = c.person_id WHERE p.naam = ${naam}`,
  );
  expect(rows).toHaveLength(1);
  return Number(rows[0]!.id);
}

function expectNoLeak(answer: Answer) {
  expect(answer.text).not.toMatch(/SELECT|INSERT|UPDATE|COMMIT|at .*\.ts|\/tmp\/|stack/i);
}

describe('request keys over HTTPS', () => {
  it('refuses a change without a (well-formed) key with 428, before it runs; a read needs none', async () => {
    const token = await login(noord, { port, ca: certificate });
    const naam = 'Zonder Sleutel (fictief)';
    for (const key of [undefined, 'geen-uuid']) {
      const answer = await rpc(token, 'signals:register', registerIn(naam), key);
      expect(answer.status).toBe(428);
      expect(answer.body.error?.code).toBe('REQUEST_KEY_MISSING');
      expect(answer.body.error?.message).toMatch(/verzoeksleutel/);
    }
    expect(await personsNamed(naam)).toBe(0);
    expect((await rpc(token, 'lists:get', {})).body.ok).toBe(true);
  });

  it('answers a replayed request as the first time and does nothing twice; refused after logout', async () => {
    const token = await login(noord, { port, ca: certificate });
    const naam = 'Herhaald Verzoek (fictief)';
    const key = randomUUID();
    const audited = await auditCount('signals:register');
    const first = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(first.status).toBe(200);
    expect(first.body.ok).toBe(true);
    // The captured request, sent again as it was.
    const replay = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect(await personsNamed(naam)).toBe(1);
    expect(await auditCount('signals:register')).toBe(audited + 1);
    expect((first.body.value as RegisteredSignal).caseId).toBe(await casusOf(naam));

    // The key with another call: refused, nothing runs.
    const other = await rpc(token, 'signals:register', registerIn('Ander Verzoek (fictief)'), key);
    expect(other.body.error?.code).toBe('REQUEST_KEY_REUSED');
    expect(await personsNamed('Ander Verzoek (fictief)')).toBe(0);

    // After logout the token is dead, and with it every replay.
    expect((await ask('/logout', {}, { port, ca: certificate, token })).body.ok).toBe(true);
    const late = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(late.body.error?.code).toBe('NOT_AUTHENTICATED');
    expect(await personsNamed(naam)).toBe(1);
    // The sweep deletes the keys of ended sessions.
    expect(await keysOf(key)).toBe(1);
    await admin.workspace.transaction((manager) => KeySweeper.sweep(manager, Date.now()));
    expect(await keysOf(key)).toBe(0);
  });

  it('keeps keys per session, saves once for two sends of one key at once, and expires keys', async () => {
    const [a, b] = [await login(noord, { port, ca: certificate }), await login(zuid, { port, ca: certificate })];
    const key = randomUUID();
    const [one, two] = await Promise.all([
      rpc(a, 'signals:register', registerIn('Tegelijk Verstuurd (fictief)'), key),
      rpc(a, 'signals:register', registerIn('Tegelijk Verstuurd (fictief)'), key),
    ]);
    expect(one.body.ok).toBe(true);
    expect(two.body).toEqual(one.body);
    expect(await personsNamed('Tegelijk Verstuurd (fictief)')).toBe(1);
    // Another session's key is not this session's: the same key with another call runs.
    const theirs = await rpc(b, 'signals:register', registerIn('Andere Sessie (fictief)'), key);
    expect(theirs.body.ok).toBe(true);
    expect(await personsNamed('Andere Sessie (fictief)')).toBe(1);
    expect(await keysOf(key)).toBe(2);
    // A day later every key is gone, open session or not.
    await admin.workspace.transaction((manager) => KeySweeper.sweep(manager, Date.now() + KEY_HOURS * 3_600_000 + 1));
    expect(await keysOf(key)).toBe(0);
  });

  it('does not keep an answer with a password: a repeat says the call was carried out', async () => {
    const token = await login(BEHEERDER, { port, ca: certificate });
    const key = randomUUID();
    const input = { id: zuid.id, temporaryPassword: 'Tijdelijk-wachtwoord-voor-zuid-2026' };
    const audited = await auditCount('accounts:reset-password');
    const first = await rpc(token, 'accounts:reset-password', input, key);
    expect(first.body.ok).toBe(true);
    const repeat = await rpc(token, 'accounts:reset-password', input, key);
    expect(repeat.body.error?.code).toBe('REQUEST_ANSWER_NOT_KEPT');
    expect(await auditCount('accounts:reset-password')).toBe(audited + 1);
    const kept = await rawSql<{ answer: string | null }>(
      admin,
      sql`SELECT answer FROM request_key WHERE idempotency_key = ${key}`,
    );
    expect(kept).toEqual([{ answer: null }]);
  });
});

describe('the database going away under a running server', () => {
  it('answers 503 STORE_UNREACHABLE without SQL while it is away, and serves again once it is back', async () => {
    const token = await login(noord, { port, ca: certificate });
    await relay.stop();
    try {
      for (const answer of [
        await rpc(token, 'lists:get', {}),
        await rpc(token, 'signals:register', registerIn('Tijdens Storing (fictief)'), randomUUID()),
        await ask(
          '/login',
          { username: noord.username, password: noord.password, workstation: 'Werkplek 9' },
          { port, ca: certificate },
        ),
      ]) {
        expect(`${answer.status} ${answer.text}`).toMatch(/^503 /);
        expect(answer.headers['retry-after']).toBe('2');
        expect(answer.body.error?.code).toBe('STORE_UNREACHABLE');
        expectNoLeak(answer);
      }
    } finally {
      await relay.start();
    }
    expect((await rpc(token, 'lists:get', {})).body.ok).toBe(true);
    expect(await personsNamed('Tijdens Storing (fictief)')).toBe(0);
  });

  it('leaves nothing of a save cut off before its COMMIT; the retry with its key saves it once', async () => {
    const token = await login(noord, { port, ca: certificate });
    const naam = 'Half Opgeslagen (fictief)';
    const key = randomUUID();
    // Every write of the save has been sent (person, casus, signal, index, audit, the key) when the
    // connection goes.
    relay.watch = (text, connection) => {
      if (!text.includes('UPDATE request_key SET answer')) return true;
      relay.watch = null;
      connection.cut();
      return false;
    };
    const cut = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(cut.status).toBe(503);
    expect(cut.body.error?.code).toBe('STORE_UNREACHABLE');
    expectNoLeak(cut);
    expect(await personsNamed(naam)).toBe(0);
    expect(await keysOf(key)).toBe(0);
    const retry = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(retry.body.ok).toBe(true);
    expect(await personsNamed(naam)).toBe(1);
  });

  it('finds a save whose COMMIT was not acknowledged: the retry gets the stored answer, one record', async () => {
    const token = await login(noord, { port, ca: certificate });
    const naam = 'Onbevestigd Opgeslagen (fictief)';
    const key = randomUUID();
    // The COMMIT of the connection that kept the answer (not another transaction's at that moment).
    let armed: RelayConnection | null = null;
    relay.watch = (text, connection) => {
      if (text.includes('UPDATE request_key SET answer')) armed = connection;
      else if (armed === connection && text.includes('COMMIT')) {
        relay.watch = null;
        // PostgreSQL commits; its answer never reaches the server.
        connection.onNextReply(() => {
          connection.cut();
          return false;
        });
      }
      return true;
    };
    const lost = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(lost.body.error?.code).toBe('STORE_UNREACHABLE');
    expect(await personsNamed(naam)).toBe(1);
    const retry = await rpc(token, 'signals:register', registerIn(naam), key);
    expect(retry.body.ok).toBe(true);
    expect((retry.body.value as RegisteredSignal).caseId).toBe(await casusOf(naam));
    expect(await personsNamed(naam)).toBe(1);
  });
});

let child: ChildProcess | null = null;
describe('a save PostgreSQL ends as a deadlock (STORE_CONFLICT)', () => {
  it('answers 503 with Retry-After, so the client retries with its key: saved once', async () => {
    const token = await login(noord, { port, ca: certificate });
    const naam = 'Botsing Eenmaal (fictief)';
    const key = randomUUID();
    // The next person inserted ends its transaction as a deadlock does (SQLSTATE 40P01), once: a
    // sequence's value is not rolled back with the transaction, so the retry gets through.
    await rawSql(admin, sql`CREATE SEQUENCE test_conflict_once`);
    await rawSql(
      admin,
      sql`CREATE FUNCTION test_conflict_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF nextval('test_conflict_once') = 1 THEN
            RAISE EXCEPTION 'deadlock (test)' USING ERRCODE = '40P01';
          END IF;
          RETURN NEW;
        END $$`,
    );
    await rawSql(
      admin,
      sql`CREATE TRIGGER test_conflict_once BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION test_conflict_once()`,
    );
    try {
      const answers: Answer[] = [];
      const outcome = await sendWithRetry(
        async (sent) => {
          const answer = await rpc(token, 'signals:register', registerIn(naam), sent);
          answers.push(answer);
          return { status: answer.status, body: answer.body };
        },
        { requestKey: key, delaysMs: [10, 10, 10] },
      );
      expect(answers.map((answer) => answer.status)).toEqual([503, 200]);
      const [conflict, retry] = answers as [Answer, Answer];
      expect(conflict.body.error?.code).toBe('STORE_CONFLICT');
      expect(conflict.headers['retry-after']).toBe('1');
      expectNoLeak(conflict);
      expect(retry.body.ok).toBe(true);
      expect(outcome).toMatchObject({ kind: 'answered', attempts: 2 });
      expect(await personsNamed(naam)).toBe(1);
      expect(await keysOf(key)).toBe(1);
    } finally {
      await rawSql(admin, sql`DROP TRIGGER test_conflict_once ON person`);
      await rawSql(admin, sql`DROP FUNCTION test_conflict_once()`);
      await rawSql(admin, sql`DROP SEQUENCE test_conflict_once`);
    }
  });
});

let childRelay: Relay | null = null;

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, HOST, done));
  const { port: free } = probe.address() as { port: number };
  await new Promise<void>((done) => probe.close(() => done()));
  return free;
}

/** `cter server` as deploy/cter-server.service starts it; resolves once it listens. */
async function startChild(dir: string): Promise<ChildProcess> {
  const started = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src-main/cli/main.ts', 'server', '--data', dir],
    {
      cwd: ROOT,
      env: { ...process.env, LANG: 'nl_NL.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  started.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await new Promise<void>((ready, fail) => {
    started.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('luistert op')) ready();
    });
    started.once('exit', (code) => fail(new Error(`cter server ended (${code}): ${output.join('')}`)));
  });
  started.removeAllListeners('exit');
  return started;
}

describe('a server killed during a save and started again', () => {
  let dir: string;
  let childPort: number;

  beforeAll(async () => {
    childRelay = new Relay(store);
    await childRelay.start();
    childPort = await freePort();
    dir = tempDir('cter-server-');
    writeStoreFile(dir, childRelay.store);
    writeFileSync(join(dir, 'server.json'), JSON.stringify({ host: HOST, port: childPort, ...tlsFiles }), {
      mode: 0o600,
    });
    child = await startChild(dir);
  }, 60_000);

  /**
   * Sends a save through the client's retry while the relay kills the server at `when`; restarts
   * the server as soon as it is gone. Resolves with the retry's outcome.
   */
  async function saveThroughCrash(naam: string, when: 'handling' | 'committed') {
    const token = await login(noord, { port: childPort, ca: certificate });
    const restart: { done?: Promise<ChildProcess> } = {};
    const kill = () => {
      const dead = child!;
      child = null;
      const gone = new Promise<void>((done) => dead.once('exit', () => done()));
      dead.kill('SIGKILL');
      restart.done = gone.then(() => startChild(dir));
    };
    let armed: RelayConnection | null = null;
    childRelay!.watch = (text, connection) => {
      if (!text.includes('UPDATE request_key SET answer')) {
        if (armed === connection && text.includes('COMMIT')) {
          childRelay!.watch = null;
          connection.onNextReply(() => {
            kill();
            connection.cut();
            return false;
          });
        }
        return true;
      }
      if (when === 'committed') {
        armed = connection;
        return true;
      }
      childRelay!.watch = null;
      kill();
      connection.cut();
      return false;
    };
    const attempts: string[] = [];
    const outcome = await sendWithRetry(
      async (key) => {
        const answer = await rpc(token, 'signals:register', registerIn(naam), key, childPort).catch(
          (error: NodeJS.ErrnoException) => {
            attempts.push(error.code ?? 'error');
            throw error;
          },
        );
        attempts.push(String(answer.status));
        return { status: answer.status, body: answer.body };
      },
      { delaysMs: Array.from({ length: 60 }, () => 500) },
    );
    child = await restart.done!;
    return { outcome, attempts };
  }

  it('killed while handling: nothing was committed, the retry saves once', async () => {
    const naam = 'Herstart Tijdens Opslaan (fictief)';
    const { outcome, attempts } = await saveThroughCrash(naam, 'handling');
    expect(attempts[0]).toMatch(/ECONNRESET|ECONNREFUSED/);
    expect(outcome.kind).toBe('answered');
    if (outcome.kind !== 'answered') return;
    expect(outcome.delivered.status).toBe(200);
    expect(outcome.delivered.body.ok).toBe(true);
    expect((outcome.delivered.body.value as RegisteredSignal).caseId).toBe(await casusOf(naam));
    expect(await personsNamed(naam)).toBe(1);
  }, 60_000);

  it('killed right after its commit: the retry gets the stored answer, one record', async () => {
    const naam = 'Herstart Na Opslaan (fictief)';
    const { outcome, attempts } = await saveThroughCrash(naam, 'committed');
    expect(attempts[0]).toMatch(/ECONNRESET|ECONNREFUSED/);
    expect(outcome.kind).toBe('answered');
    if (outcome.kind !== 'answered') return;
    expect(outcome.delivered.body.ok).toBe(true);
    expect((outcome.delivered.body.value as RegisteredSignal).caseId).toBe(await casusOf(naam));
    expect(await personsNamed(naam)).toBe(1);
  }, 60_000);

  it('leaves an audit chain that verifies', async () => {
    const verified = await call<AuditVerification>(admin, 'audit:verify');
    expect(verified).toMatchObject({ ok: true, firstBroken: null });
  });
});
