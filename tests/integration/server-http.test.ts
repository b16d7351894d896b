// The CTER server over real HTTPS (issue 18, the transport): a self-signed certificate made here
// with openssl, a PostgreSQL core behind Node's HTTPS listener (src-main/server), and Node's own
// HTTPS client trusting only that certificate. Log-in and calls through /login, /rpc and /logout;
// forged and missing tokens; need-to-know per session across the wire; what the transport refuses
// (too large, not JSON, unknown path, wrong method, TLS 1.2, headers too slow); a token used from
// another address; and a second server as a real child process (`cter server`, started as the
// example systemd unit does) on the same database: a token from one server works on the other, and
// SIGTERM stops it cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join, resolve } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { sql } from '../../src-main/core/db/sql';
import { runCli } from '../../src-main/cli/main';
import { createCterServer, type CterServer } from '../../src-main/server/https-server';
import { MAX_BODY_BYTES } from '../../src-main/server/requests';
import type { RegisteredSignal } from '../../src-shared/ipc/signals';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, call, cliIo, makeCore, rawSql, tempDir, withDatabase } from './helpers';
import { freePort, HOST, makeCertificate, serverDataDir } from './server-fixture';
import { SERVER_NODE_FLAGS } from '../../src-main/server/launch';

const ROOT = resolve(__dirname, '../..');

let store: PostgresStore;
let core: Core;
let server: CterServer;
let port: number;
let certificate: Buffer;
let key: Buffer;
let logger: ReturnType<typeof makeCore>['logger'];
let tlsDir: string;
let noord: { username: string; password: string };
let midden: { username: string; password: string };
const gemeente: Record<number, number> = {};
let child: ChildProcess | null = null;

beforeAll(async () => {
  store = await createTestDatabase();
  // The real clock: the child process below has no other, and the sessions are shared with it.
  const made = makeCore(tempDir(), { store, clock: systemClock });
  core = made.core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  midden = await addAccount(core, { username: 'midden', roles: ['gemeentelijk_expert'], regionIds: [2] });
  for (const row of await rawSql<{ id: number; region_id: number }>(
    core,
    sql`SELECT min(id) AS id, region_id FROM gemeente WHERE region_id IN (1, 2) GROUP BY region_id`,
  )) {
    gemeente[row.region_id] = row.id;
  }
  await call(core, 'session:logout');
  tlsDir = tempDir('cter-tls-');
  const files = makeCertificate(tlsDir);
  certificate = readFileSync(files.certificateFile);
  key = readFileSync(files.keyFile);
  logger = made.logger;
  server = createCterServer(core, logger, { certificate, key });
  port = (await server.listen(HOST, 0)).port;
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await server?.close();
  await core?.close();
  if (store) await dropTestDatabase(store);
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  text: string;
}

interface Ask {
  token?: string;
  method?: string;
  contentType?: string;
  /** Sent as it is (not JSON-encoded). */
  raw?: string;
  headers?: Record<string, string | number>;
  localAddress?: string;
  to?: number;
}

/** One HTTPS request with Node's client, trusting only the test's certificate. */
function ask(path: string, body: unknown, options: Ask = {}): Promise<Answer> {
  const text = options.raw ?? JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: HOST,
        port: options.to ?? port,
        path,
        method: options.method ?? 'POST',
        ca: certificate,
        agent: false,
        localAddress: options.localAddress,
        headers: {
          'Content-Type': options.contentType ?? 'application/json',
          ...(options.token === undefined ? {} : { Authorization: `Bearer ${options.token}` }),
          // A request key on every request: a change needs one (server-faults.test.ts), others ignore it.
          'Idempotency-Key': randomUUID(),
          ...(options.headers ?? { 'Content-Length': Buffer.byteLength(text) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const answerText = Buffer.concat(chunks).toString('utf8');
          resolvePromise({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: JSON.parse(answerText) as Answer['body'],
            text: answerText,
          });
        });
      },
    );
    req.on('error', reject);
    if (options.headers) req.end();
    else req.end(text);
  });
}

async function login(account: { username: string; password: string }, options: Ask = {}): Promise<string> {
  const answer = await ask(
    '/login',
    { username: account.username, password: account.password, workstation: `Werkplek ${account.username}` },
    options,
  );
  if (!answer.body.ok) throw new Error(`login ${account.username}: ${answer.body.error?.code}`);
  return (answer.body.value as { token: string }).token;
}

async function rpc<T>(token: string, channel: string, input: unknown = {}, options: Ask = {}): Promise<T> {
  const answer = await ask('/rpc', { channel, input }, { ...options, token });
  if (!answer.body.ok) throw new Error(`${channel}: ${answer.body.error?.code}`);
  return answer.body.value as T;
}

async function codeOf(token: string | undefined, channel: string, input: unknown = {}, options: Ask = {}) {
  const answer = await ask('/rpc', { channel, input }, { ...options, token });
  return answer.body.ok ? 'ok' : answer.body.error!.code;
}

function registerIn(regionId: number, naam: string) {
  return {
    person: { nieuw: { naam, roepnaam: 'Sam', geboortedatum: '2008-03-01', gemeenteId: gemeente[regionId] } },
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

const searchIds = async (token: string, options: Ask = {}) =>
  (await rpc<{ rows: { caseId: number }[] }>(token, 'search:query', {}, options)).rows.map((row) => row.caseId).sort();

describe('the CTER server over HTTPS', () => {
  it('logs in and answers a call with the router’s Result; never cached', async () => {
    const answer = await ask('/login', {
      username: noord.username,
      password: noord.password,
      workstation: 'Werkplek 1',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const value = answer.body.value as { token: string; sessionId: string; user: { username: string } };
    expect(value.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(value.user.username).toBe('noord');
    // The session records the workstation and the address the log-in came from.
    const [row] = await rawSql<{ workstation: string; client_address: string }>(
      core,
      sql`SELECT workstation, client_address FROM server_session WHERE id = ${value.sessionId}`,
    );
    expect(row).toEqual({ workstation: 'Werkplek 1', client_address: HOST });
    expect(await rpc(value.token, 'lists:get')).toBeTruthy();

    const wrong = await ask('/login', {
      username: 'noord',
      password: 'niet het wachtwoord',
      workstation: 'Werkplek 1',
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toEqual({ ok: false, error: { code: 'WRONG_CREDENTIALS', message: expect.any(String) } });
  });

  it('refuses a call without a token, with a forged one, and an invalid log-in', async () => {
    expect(await codeOf(undefined, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeOf('A'.repeat(43), 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeOf('kapot token', 'lists:get')).toBe('NOT_AUTHENTICATED');
    const token = await login(noord);
    // A token with one character changed is another (unknown) token.
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await codeOf(forged, 'lists:get')).toBe('NOT_AUTHENTICATED');
    expect(await codeOf(token, 'no:such-channel')).toBe('UNKNOWN_CHANNEL');
    expect(await codeOf(token, 'vault:status')).toBe('NOT_ON_SERVER');
    const invalid = await ask('/login', { username: 'noord', password: 'x', workstation: '<script>' });
    expect(invalid.body.error?.code).toBe('INVALID_INPUT');
  });

  it('keeps need-to-know per session across the wire (two sessions, two regions)', async () => {
    const [a, b] = await Promise.all([login(noord), login(midden)]);
    const [inNoord, inMidden] = await Promise.all([
      rpc<RegisteredSignal>(a, 'signals:register', registerIn(1, 'Noord Persoon (fictief)')),
      rpc<RegisteredSignal>(b, 'signals:register', registerIn(2, 'Midden Persoon (fictief)')),
    ]);
    const [seenByA, seenByB, aOpensB, bOpensA, aOpensOwn, bListsAccounts] = await Promise.all([
      searchIds(a),
      searchIds(b),
      codeOf(a, 'cases:get', { id: inMidden.caseId }),
      codeOf(b, 'cases:get', { id: inNoord.caseId }),
      codeOf(a, 'cases:get', { id: inNoord.caseId }),
      codeOf(b, 'accounts:list'),
    ]);
    expect(seenByA).toContain(inNoord.caseId);
    expect(seenByA).not.toContain(inMidden.caseId);
    expect(seenByB).toEqual([inMidden.caseId]);
    expect(aOpensB).toBe('NOT_FOUND');
    expect(bOpensA).toBe('NOT_FOUND');
    expect(aOpensOwn).toBe('ok');
    expect(bListsAccounts).toBe('FORBIDDEN');
  });

  it('refuses what is not the contract: too large, not JSON, unknown path, wrong method', async () => {
    const token = await login(noord);
    // Declared too large: refused before a byte of the body is read.
    const large = await ask('/rpc', undefined, {
      token,
      headers: { 'Content-Length': MAX_BODY_BYTES + 1 },
    });
    expect(large.status).toBe(413);
    expect(large.body.error?.code).toBe('TRANSPORT');
    const notJsonType = await ask('/rpc', { channel: 'lists:get', input: {} }, { token, contentType: 'text/plain' });
    expect(notJsonType.status).toBe(415);
    const brokenJson = await ask('/rpc', undefined, { token, raw: '{"channel": "lists:get", ' });
    expect(brokenJson.status).toBe(400);
    const notAnObject = await ask('/rpc', undefined, { token, raw: '[1, 2]' });
    expect(notAnObject.status).toBe(400);
    const unknown = await ask('/admin', {}, { token });
    expect(unknown.status).toBe(404);
    const get = await ask('/rpc', undefined, { token, method: 'GET', headers: {} });
    expect(get.status).toBe(405);
    expect(get.headers['allow']).toBe('POST');
    for (const answer of [large, notJsonType, brokenJson, unknown, get]) {
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.body).toEqual({ ok: false, error: { code: 'TRANSPORT', message: expect.any(String) } });
      expect(answer.text).not.toMatch(/at .*\.ts|SELECT|stack/i);
    }
    // The session is none the worse for it.
    expect(await codeOf(token, 'lists:get')).toBe('ok');
  });

  it('speaks TLS 1.3 only: a TLS 1.2 client is refused', async () => {
    const outcome = await new Promise<string>((settle) => {
      const socket = connect({ host: HOST, port, ca: certificate, maxVersion: 'TLSv1.2' }, () => {
        settle(`connected with ${socket.getProtocol()}`);
        socket.end();
      });
      socket.on('error', (error: NodeJS.ErrnoException) => settle(error.code ?? 'error'));
    });
    expect(outcome).not.toMatch(/^connected/);
    const modern = await new Promise<string | null>((settle, reject) => {
      const socket = connect({ host: HOST, port, ca: certificate }, () => {
        settle(socket.getProtocol());
        socket.end();
      });
      socket.on('error', reject);
    });
    expect(modern).toBe('TLSv1.3');
  });

  it('ends a client that is too slow with its headers', async () => {
    const slow = createCterServer(core, logger, { certificate, key, headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    const slowPort = (await slow.listen(HOST, 0)).port;
    try {
      const started = Date.now();
      const answered = await new Promise<string>((settle) => {
        const socket = connect({ host: HOST, port: slowPort, ca: certificate }, () => {
          // The start of a request, and then nothing more.
          socket.write('POST /rpc HTTP/1.1\r\nHost: localhost\r\n');
        });
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
        socket.on('error', () => {});
        socket.on('close', () => settle(text));
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      if (answered) expect(answered).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await slow.close();
    }
  });

  it('ends the session at /logout; its token is refused afterwards', async () => {
    const token = await login(midden);
    expect(await codeOf(token, 'lists:get')).toBe('ok');
    const out = await ask('/logout', {}, { token });
    expect(out.body.ok).toBe(true);
    expect(await codeOf(token, 'lists:get')).toBe('NOT_AUTHENTICATED');
  });

  it('refuses a token from another client address than its log-in', async () => {
    const token = await login(noord);
    // 127.0.0.2 is this machine too (all of 127/8 is loopback on Linux), but another client.
    expect(await codeOf(token, 'lists:get', {}, { localAddress: '127.0.0.2' })).toBe('NOT_AUTHENTICATED');
    // The session itself is not ended by it: its own client goes on.
    expect(await codeOf(token, 'lists:get')).toBe('ok');
    // A session started in-process has no client address and is no use over the wire.
    const inProcess = await core.server.login({
      username: noord.username,
      password: noord.password,
      workstation: 'Intern',
    });
    expect(inProcess.ok).toBe(true);
    if (inProcess.ok) expect(await codeOf(inProcess.value.token, 'lists:get')).toBe('NOT_AUTHENTICATED');
  });
});

const certificateFiles = () => ({
  certificateFile: join(tlsDir, 'server.crt'),
  keyFile: join(tlsDir, 'server.key'),
});

describe('cter server', () => {
  it('refuses the SQLCipher file in Dutch', async () => {
    const dir = serverDataDir(null, await freePort(), certificateFiles());
    const { io, err } = cliIo();
    expect(await runCli(['server', '--data', dir], io)).toBe(1);
    expect(err.join('\n')).toMatch(/alleen met een PostgreSQL-database/);
  });

  it('runs as a second process on the same database: a token from one server works on the other', async () => {
    const other = await freePort();
    const dir = serverDataDir(store, other, certificateFiles());
    // As deploy/cter-server.service starts it: one Node process with tsx as its loader, its flags.
    const argv = [...SERVER_NODE_FLAGS, '--import', 'tsx', 'src-main/cli/main.ts', 'server', '--data', dir];
    child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, LANG: 'nl_NL.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await new Promise<void>((ready, fail) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        if (output.join('').includes('luistert op')) ready();
      });
      child!.on('exit', (code) => fail(new Error(`cter server ended (${code}): ${output.join('')}`)));
    });
    expect(output.join('')).toContain(`https://${HOST}:${other}`);
    // Started with the server's flags: no warning that they are missing (launch.ts).
    expect(output.join('')).not.toContain('Node started without');

    // Logged in at this process's server, called at the child's, and the other way round.
    const a = await login(noord);
    const b = await login(midden, { to: other });
    expect(await searchIds(a, { to: other })).toEqual(await searchIds(a));
    expect(await codeOf(b, 'lists:get')).toBe('ok');
    // A logout at one server counts at the other.
    expect((await ask('/logout', {}, { token: a, to: other })).body.ok).toBe(true);
    expect(await codeOf(a, 'lists:get')).toBe('NOT_AUTHENTICATED');

    // SIGTERM: the listener ends, the store closes, exit code 0.
    child.removeAllListeners('exit');
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.join('')).toContain('CTER-server gestopt.');
    child = null;
    await expect(ask('/rpc', { channel: 'lists:get', input: {} }, { token: b, to: other })).rejects.toThrow(
      /ECONNREFUSED/,
    );
    // The server in this process serves on.
    expect(await codeOf(b, 'lists:get')).toBe('ok');
  }, 30_000);
});
