// A session's events over real HTTPS (issue 18): `GET /events` as server-sent events, and the
// transport's loose ends. Two cores on one PostgreSQL database stand for two server processes, each
// with its own HTTPS listener. A stream receives its own session's events only (never another
// account's), ends with `session-ended` when its session is locked, logged out (here or at the other
// process), deactivated by a beheerder or idle (holding the stream is no activity); the request
// timeout does not cut it, heartbeats keep it; streams are limited per session and in total; the
// refusals are the JSON Result with a status. And: a log line per request without the token, an
// audit entry per session and foreign address, a slow body closed within the request timeout before
// anything reaches the core, and X-Forwarded-For taken from a trusted proxy only.
import { randomBytes, randomUUID } from 'node:crypto';
import { request, type RequestOptions } from 'node:https';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/core';
import type { PostgresStore } from '../../src-main/core/db/store';
import { list, sql } from '../../src-main/core/db/sql';
import { insertSession } from '../../src-main/core/server/queries';
import { runAsServerCall } from '../../src-main/core/workspace/call-session';
import { createCterServer, type CterServer, type HttpsOptions } from '../../src-main/server/https-server';
import type { AppEvent } from '../../src-shared/ipc/events';
import { createTestDatabase, dropTestDatabase } from '../support/postgres-database';
import { addAccount, BEHEERDER, call, makeCore, rawSql, tempDir, withDatabase } from './helpers';

const HOST = '127.0.0.1';
const POLL_MS = 150;

let store: PostgresStore;
let made: ReturnType<typeof makeCore>;
let core: Core;
let other: Core;
let certificate: Buffer;
let key: Buffer;
let portA: number;
let portB: number;
const servers: CterServer[] = [];
let noord: { id: number; username: string; password: string };
let midden: { id: number; username: string; password: string };
let tijdelijk: { id: number; username: string; password: string };

function makeCertificate(dir: string): void {
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', join(dir, 'server.key'), '-out', join(dir, 'server.crt'), '-days', '1', '-subj', '/CN=localhost'],
      ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  chmodSync(join(dir, 'server.key'), 0o600);
}

async function listen(on: Core, options: Partial<HttpsOptions> = {}): Promise<number> {
  const server = createCterServer(on, made.logger, { certificate, key, ...options });
  servers.push(server);
  return (await server.listen(HOST, 0)).port;
}

beforeAll(async () => {
  store = await createTestDatabase();
  made = makeCore(tempDir(), { store, eventPollMs: POLL_MS });
  core = made.core;
  await withDatabase(core);
  noord = await addAccount(core, { username: 'noord', roles: ['procesregisseur'], regionIds: [1] });
  midden = await addAccount(core, { username: 'midden', roles: ['gemeentelijk_expert'], regionIds: [2] });
  tijdelijk = await addAccount(core, { username: 'tijdelijk', roles: ['notulist'] });
  await call(core, 'session:logout');
  other = makeCore(tempDir(), { store, clock: made.clock, eventPollMs: POLL_MS }).core;
  const dir = tempDir('cter-tls-');
  makeCertificate(dir);
  certificate = readFileSync(join(dir, 'server.crt'));
  key = readFileSync(join(dir, 'server.key'));
  // A short request timeout: a stream must outlive it.
  portA = await listen(core, { requestTimeoutMs: 1_000, headersTimeoutMs: 1_000, events: { heartbeatMs: 200 } });
  portB = await listen(other, { events: { heartbeatMs: 200 } });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await core?.close();
  await other?.close();
  if (store) await dropTestDatabase(store);
});

interface Via {
  port?: number;
  localAddress?: string;
  headers?: Record<string, string>;
}

function options(path: string, method: string, via: Via, token?: string): RequestOptions {
  return {
    host: HOST,
    port: via.port ?? portA,
    path,
    method,
    ca: certificate,
    agent: false,
    localAddress: via.localAddress,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...via.headers },
  };
}

interface Answer {
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string } };
}

function post(path: string, body: unknown, token?: string, via: Via = {}): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      options(
        path,
        'POST',
        // Every call with a fresh request key, as the workstation sends a change (server/request-keys).
        { ...via, headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...via.headers } },
        token,
      ),
      (response) => {
        let answer = '';
        response.on('data', (chunk: Buffer) => (answer += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(answer) as Answer['body'] }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

async function login(account: { username: string; password: string }, via: Via = {}) {
  const { username, password } = account;
  const answer = await post('/login', { username, password, workstation: `Werkplek ${username}` }, undefined, via);
  if (!answer.body.ok) throw new Error(`login: ${answer.body.error?.code}`);
  return answer.body.value as { token: string; sessionId: string };
}

const codeOf = async (token: string, channel: string, input: unknown = {}, via: Via = {}) => {
  const answer = await post('/rpc', { channel, input }, token, via);
  return answer.body.ok ? 'ok' : answer.body.error!.code;
};

interface Stream {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The refusal's Result, when the status is not 200. */
  refusal?: Answer['body'];
  events: AppEvent[];
  heartbeats: number;
  ended: Promise<void>;
  isOpen(): boolean;
  /** The next event not read yet (arrived or still to come), within `ms`. */
  next(ms?: number): Promise<AppEvent>;
  close(): void;
}

/** Opens `GET /events` and parses what arrives as server-sent events. */
function openStream(token: string | undefined, via: Via = {}, method = 'GET'): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(options('/events', method, via, token), (response) => {
      let buffer = '';
      let open = true;
      const waiting: ((event: AppEvent) => void)[] = [];
      const unread: AppEvent[] = [];
      const stream: Stream = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events: [],
        heartbeats: 0,
        ended: new Promise((done) => response.on('close', () => ((open = false), done()))),
        isOpen: () => open,
        next: (ms = 5_000) =>
          new Promise((found, fail) => {
            if (unread.length > 0) return found(unread.shift()!);
            const timer = setTimeout(() => fail(new Error('no event in time')), ms);
            waiting.push((event) => (clearTimeout(timer), found(event)));
          }),
        close: () => req.destroy(),
      };
      response.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (block === ': heartbeat') stream.heartbeats += 1;
          if (block.startsWith('data: ')) {
            const event = JSON.parse(block.slice(6)) as AppEvent;
            stream.events.push(event);
            const waiter = waiting.shift();
            if (waiter) waiter(event);
            else unread.push(event);
          }
        }
      });
      if (stream.status !== 200) {
        response.on('end', () => resolve({ ...stream, refusal: JSON.parse(buffer) as Answer['body'] }));
      } else resolve(stream);
    });
    req.on('error', reject);
    req.end();
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function sessionRow(id: string) {
  const [row] = await rawSql<{ end_reason: string | null; last_activity_at: string; client_address: string | null }>(
    core,
    sql`SELECT end_reason, last_activity_at, client_address FROM server_session WHERE id = ${id}`,
  );
  return row!;
}

describe('events per session (GET /events)', () => {
  it('streams a session’s own events only, outlives the request timeout, and ends with the session', async () => {
    const a = await login(noord);
    const b = await login(midden);
    const streamA = await openStream(a.token);
    const streamB = await openStream(b.token);
    expect(streamA.status).toBe(200);
    expect(streamA.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(streamA.headers['cache-control']).toBe('no-store');
    expect(streamA.headers['x-content-type-options']).toBe('nosniff');
    expect(streamA.headers['strict-transport-security']).toBeDefined();
    // Longer than the listener's whole-request timeout (1 s): the stream stays, heartbeats arrive.
    await pause(1_800);
    expect(streamA.isOpen()).toBe(true);
    expect(streamA.heartbeats).toBeGreaterThanOrEqual(3);

    // An event emitted during a session's call goes to that session's streams, not to the desktop.
    const desktop: AppEvent[] = [];
    const off = core.onEvent((event) => desktop.push(event));
    const notice: AppEvent = { type: 'notice', key: 'voorbeeld' };
    const forA = {
      sessionId: a.sessionId,
      workstation: 'Werkplek noord',
      session: null,
      active: false,
      end: async () => {},
    };
    await runAsServerCall(forA, async () => core.emit(notice));
    off();
    expect(await streamA.next()).toEqual(notice);
    expect(desktop).toEqual([]);

    expect(await codeOf(a.token, 'session:lock')).toBe('ok');
    expect(await streamA.next()).toEqual({ type: 'session-ended', reason: 'locked' });
    await streamA.ended;
    // The other account's stream saw none of it, and goes on.
    expect(streamB.events).toEqual([]);
    expect(streamB.isOpen()).toBe(true);
    expect(await codeOf(b.token, 'session:logout')).toBe('ok');
    expect(await streamB.next()).toEqual({ type: 'session-ended', reason: 'logged-out' });
    await streamB.ended;
  });

  it('reaches a stream held at another process: a logout there, a beheerder’s deactivation', async () => {
    const a = await login(noord);
    const atB = await openStream(a.token, { port: portB });
    expect(atB.status).toBe(200);
    expect((await post('/logout', {}, a.token)).body.ok).toBe(true);
    const started = Date.now();
    expect(await atB.next()).toEqual({ type: 'session-ended', reason: 'logged-out' });
    expect(Date.now() - started).toBeLessThan(POLL_MS * 10);
    await atB.ended;

    const session = await login(tijdelijk);
    const stream = await openStream(session.token, { port: portB });
    const beheer = await login(BEHEERDER);
    expect(await codeOf(beheer.token, 'accounts:deactivate', { id: tijdelijk.id })).toBe('ok');
    expect(await stream.next()).toEqual({ type: 'session-ended', reason: 'logged-out' });
    await stream.ended;
  });

  it('does not count holding a stream as activity: an idle session’s stream ends with idle', async () => {
    const a = await login(noord);
    const before = (await sessionRow(a.sessionId)).last_activity_at;
    const stream = await openStream(a.token);
    made.clock.advance(9 * 60_000);
    // A minute before the idle lock the stream is warned, once (WCAG 2.2.1: the user can keep working).
    expect(await stream.next()).toEqual({ type: 'idle-warning', locksInMs: 60_000 });
    await pause(POLL_MS * 3);
    expect(stream.isOpen()).toBe(true);
    expect((await sessionRow(a.sessionId)).last_activity_at).toBe(before);
    made.clock.advance(60_000);
    // Nobody answered: the session ends at its idle time all the same, with no second warning first.
    expect(await stream.next()).toEqual({ type: 'session-ended', reason: 'idle' });
    await stream.ended;
    expect((await sessionRow(a.sessionId)).end_reason).toBe('idle');
    // Refused afterwards as any call would be.
    const again = await openStream(a.token);
    expect(again.status).toBe(401);
    expect(again.refusal?.error?.code).toBe('SESSION_EXPIRED');
  });

  it('looks at fifty watched sessions in one short query per poll; a restore done elsewhere reaches them all', async () => {
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const now = made.clock.now().getTime();
    for (const id of ids) {
      await rawSql(
        core,
        insertSession({
          id,
          tokenHash: randomBytes(32).toString('hex'),
          accountId: noord.id,
          workstation: 'Werkplek meting',
          now,
          expiresAt: now + 3_600_000,
          clientAddress: '192.0.2.50',
        }),
      );
    }
    const received: AppEvent[] = [];
    const removals = ids.map((id) => core.server.events.add(id, (event) => received.push(event)));
    const rounds = 20;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) await core.server.events.poll();
    const perPoll = (performance.now() - started) / rounds;
    console.info(`server events: one poll of 50 watched sessions took ${perPoll.toFixed(1)} ms on average`);
    expect(received).toEqual([]);
    expect(perPoll).toBeLessThan(250);
    // What a restore does to the rows (after-restore.ts), here without any call of this core.
    await rawSql(
      core,
      sql`UPDATE server_session SET ended_at = ${now}, end_reason = 'restore' WHERE id IN ${list(ids)}`,
    );
    await core.server.events.poll();
    expect(received).toHaveLength(50);
    expect(new Set(received.map((event) => JSON.stringify(event)))).toEqual(
      new Set([JSON.stringify({ type: 'session-ended', reason: 'restored' })]),
    );
    expect(core.server.events.watched()).not.toContain(ids[0]);
    for (const remove of removals) remove();
  });

  it('refuses without a session, another method, more streams than the limits', async () => {
    const none = await openStream(undefined);
    expect([none.status, none.refusal?.error?.code]).toEqual([401, 'NOT_AUTHENTICATED']);
    const forged = await openStream('A'.repeat(43));
    expect([forged.status, forged.refusal?.error?.code]).toEqual([401, 'NOT_AUTHENTICATED']);
    const a = await login(noord);
    const posted = await post('/events', {}, a.token);
    expect(posted.status).toBe(405);

    const one = await openStream(a.token);
    const two = await openStream(a.token);
    const three = await openStream(a.token);
    expect([one.status, two.status, three.status]).toEqual([200, 200, 429]);
    expect(three.refusal?.error?.code).toBe('TRANSPORT');
    one.close();
    await one.ended;
    await pause(50);
    const again = await openStream(a.token);
    expect(again.status).toBe(200);

    const small = await listen(core, { events: { total: 1 } });
    const b = await login(midden);
    const first = await openStream(b.token, { port: small });
    const second = await openStream(a.token, { port: small });
    expect([first.status, second.status]).toEqual([200, 503]);
    expect(await codeOf(a.token, 'session:logout')).toBe('ok');
    expect(await codeOf(b.token, 'session:logout')).toBe('ok');
    await Promise.all([two.ended, again.ended, first.ended]);
  });
});

describe('the transport’s loose ends', () => {
  it('logs one line per request for IT, with the session’s id and never the token', async () => {
    const a = await login(noord);
    const from = made.logger.lines.length;
    expect(await codeOf(a.token, 'lists:get')).toBe('ok');
    const stream = await openStream(a.token);
    expect(await codeOf(a.token, 'session:logout')).toBe('ok');
    await stream.ended;
    await pause(50);
    const lines = made.logger.lines.slice(from).filter((line) => line.startsWith('info server: '));
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^info server: POST /rpc 200 \\d+ ms sessie ${a.sessionId}$`)),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^info server: GET /events 200 \\d+ ms sessie ${a.sessionId}$`)),
    );
    expect(made.logger.lines.join('\n')).not.toContain(a.token);
    // An unknown path is not written out (it is the client's text).
    await post('/geheim-pad-met-naam', {});
    await pause(50);
    expect(made.logger.lines.slice(-5)).toContainEqual(
      expect.stringMatching(/^info server: POST \(andere\) 404 \d+ ms sessie -$/),
    );
    expect(made.logger.lines.join('\n')).not.toContain('geheim');
  });

  it('audits a token used from another address once per session and address', async () => {
    const a = await login(noord);
    for (const localAddress of ['127.0.0.2', '127.0.0.2', '127.0.0.4', '127.0.0.2']) {
      expect(await codeOf(a.token, 'lists:get', {}, { localAddress })).toBe('NOT_AUTHENTICATED');
    }
    const stream = await openStream(a.token, { localAddress: '127.0.0.2' });
    expect(stream.status).toBe(401);
    const entries = await rawSql<{ action: string; result: string; details: string }>(
      core,
      sql`SELECT action, result, details FROM audit_entry WHERE action = 'session:foreign-address' AND details LIKE ${`%${a.sessionId}%`} ORDER BY id`,
    );
    expect(entries.map((entry) => JSON.parse(entry.details).adres)).toEqual(['127.0.0.2', '127.0.0.4']);
    expect(entries.every((entry) => entry.result === 'NOT_AUTHENTICATED')).toBe(true);
    // The session's own client goes on.
    expect(await codeOf(a.token, 'session:logout')).toBe('ok');
  });

  it('closes a client that sends its body too slowly within the request timeout; nothing reaches the core', async () => {
    const a = await login(noord);
    const body = JSON.stringify({ channel: 'session:logout', input: {} });
    const started = Date.now();
    const answered = await new Promise<string>((settle) => {
      const socket = connect({ host: HOST, port: portA, ca: certificate }, () => {
        socket.write(
          `POST /rpc HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: Bearer ${a.token}\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        let sent = 0;
        const drip = setInterval(() => {
          if (socket.destroyed || sent >= body.length - 1) return clearInterval(drip);
          socket.write(body[sent++]!);
        }, 100);
        socket.on('close', () => clearInterval(drip));
      });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.on('error', () => {});
      socket.on('close', () => settle(text));
    });
    // The limit is 1 s, checked every second.
    expect(Date.now() - started).toBeLessThan(3_500);
    if (answered) expect(answered).toMatch(/^HTTP\/1\.1 408/);
    // The logout never ran: the session is open.
    expect((await sessionRow(a.sessionId)).end_reason).toBeNull();
    expect(await codeOf(a.token, 'session:logout')).toBe('ok');
  });
});

describe('a client behind a load balancer (trustedProxies)', () => {
  it('ignores X-Forwarded-For from an untrusted address and uses its last hop from a trusted one', async () => {
    const behind = await listen(core, { trustedProxies: ['127.0.0.3'] });
    const spoof = { 'X-Forwarded-For': '192.0.2.44' };
    // Not from the proxy: the header is ignored, the connection's address binds.
    const direct = await login(noord, { port: behind, headers: spoof });
    expect((await sessionRow(direct.sessionId)).client_address).toBe(HOST);
    expect(await codeOf(direct.token, 'lists:get', {}, { port: behind, headers: { 'X-Forwarded-For': HOST } })).toBe(
      'ok',
    );

    // From the proxy: the last hop (what the balancer saw) binds; the client's own claims before it do not.
    const proxy = (forwarded: string): Via => ({
      port: behind,
      localAddress: '127.0.0.3',
      headers: { 'X-Forwarded-For': forwarded },
    });
    const proxied = await login(noord, proxy('10.9.9.9, 192.0.2.44'));
    expect((await sessionRow(proxied.sessionId)).client_address).toBe('192.0.2.44');
    expect(await codeOf(proxied.token, 'lists:get', {}, proxy('192.0.2.44'))).toBe('ok');
    expect(await codeOf(proxied.token, 'lists:get', {}, proxy('192.0.2.45'))).toBe('NOT_AUTHENTICATED');
    // The same claim sent straight to the server, past the proxy, is not believed.
    expect(await codeOf(proxied.token, 'lists:get', {}, { port: behind, headers: spoof })).toBe('NOT_AUTHENTICATED');
    // A trusted proxy that forwards no address is refused, not taken as the client.
    const bare = await post('/rpc', { channel: 'lists:get', input: {} }, proxied.token, {
      port: behind,
      localAddress: '127.0.0.3',
      headers: { 'X-Forwarded-For': 'niet-een-adres' },
    });
    expect([bare.status, bare.body.error?.code]).toEqual([400, 'TRANSPORT']);
    expect(await codeOf(proxied.token, 'session:logout', {}, proxy('192.0.2.44'))).toBe('ok');
    expect(await codeOf(direct.token, 'session:logout', {}, { port: behind })).toBe('ok');
  });
});
