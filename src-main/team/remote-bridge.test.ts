// The remote bridge's own decisions, with a stand-in for the pinned client (the real one against a
// real server: tests/integration/team-client.test.ts): what is answered without a request, the
// lock screen's user, the kiosk window, a logout without a connection, the seam for the server's
// events, and the problem screen's watch for the server's return (on fake timers).
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { TeamConnectionError, type StreamEnd, type TeamClient, type TeamPath } from './client';
import { createRemoteBridge } from './remote-bridge';
import { RETURN_PROBE_MS } from './return-probe';

const SERVER = { host: 'cter.zvh.local', port: 8443, fingerprint: 'AB:'.repeat(31) + 'AB' };
const TOKEN = 'T'.repeat(43);
const USER = {
  id: 7,
  username: 'noord',
  displayName: 'Noor Noord',
  roles: ['procesregisseur'],
  mustChangePassword: false,
};

function fakeServer() {
  const sent: { path: TeamPath; body: unknown; token: string | null; key?: string }[] = [];
  const state = {
    down: false,
    downFor: 0,
    /** The next this many calls with a request key are ended as a deadlock: 503 STORE_CONFLICT, nothing done. */
    conflictsFor: 0,
    /** Runs when a request reaches the server, before its answer (say, the stream's event). */
    onPost: null as null | ((path: TeamPath, body: unknown) => void),
    /** How often `hello` was asked (a status, or the watch for the server's return). */
    hellos: 0,
  };
  const tried: { path: TeamPath; key: string | undefined }[] = [];
  const streams: {
    token: string;
    push(event: AppEvent): void;
    end(how: StreamEnd): void;
    open(): void;
    closed: boolean;
  }[] = [];
  const exchange = async (
    path: TeamPath,
    body: unknown,
    token: string | null = null,
    key?: string,
  ): Promise<{ status: number; body: Result<unknown> }> => {
    tried.push({ path, key });
    if (state.downFor > 0) {
      state.downFor -= 1;
      throw new TeamConnectionError('unreachable', 'ECONNRESET');
    }
    if (state.down) throw new TeamConnectionError('unreachable', 'ECONNREFUSED');
    if (key && state.conflictsFor > 0) {
      state.conflictsFor -= 1;
      const conflict: Result<unknown> = { ok: false, error: { code: 'STORE_CONFLICT', message: 'botsing' } };
      return { status: 503, body: conflict };
    }
    sent.push({ path, body, token, ...(key ? { key } : {}) });
    state.onPost?.(path, body);
    if (path === '/login')
      return { status: 200, body: { ok: true, value: { token: TOKEN, sessionId: 's', user: USER, expiresAt: '' } } };
    return { status: 200, body: { ok: true, value: {} } as Result<unknown> };
  };
  const client: TeamClient = {
    server: SERVER,
    exchange,
    post: async (...args) => (await exchange(...args)).body,
    async hello() {
      state.hellos += 1;
      if (state.down) throw new TeamConnectionError('unreachable', 'ECONNREFUSED');
    },
    events(token, onEvent, onOpen = () => {}) {
      let end: (how: StreamEnd) => void = () => {};
      const ended = new Promise<StreamEnd>((resolve) => (end = resolve));
      const stream = { token, push: onEvent, end, open: onOpen, closed: false };
      streams.push(stream);
      return {
        ended,
        close() {
          stream.closed = true;
          end({ kind: 'closed' });
        },
      };
    },
  };
  const kiosk: boolean[] = [];
  const events: AppEvent[] = [];
  const bridge = createRemoteBridge({
    server: SERVER,
    client,
    workstation: 'Werkplek 1',
    local: async () => ({
      ok: true,
      value: { locale: 'nl', version: 'x', databasePath: '/data/x.db', schemaVersion: 3 },
    }),
    setKiosk: (on) => kiosk.push(on),
    logger: { warn: () => {}, error: () => {} },
    retryDelaysMs: [1, 1, 1],
  });
  bridge.onEvent((event) => events.push(event));
  const status = async () => ((await bridge.dispatch('vault:status', {})) as { value: VaultStatus }).value;
  return { bridge, sent, tried, state, kiosk, events, status, streams };
}

describe('the remote bridge', () => {
  it('answers the login screen’s own channels without a request', async () => {
    const { bridge, sent } = fakeServer();
    for (const channel of ['vault:setup', 'vault:restore-backup', 'vault:prepare-setup', 'print:recovery-key']) {
      expect(await bridge.dispatch(channel, {}), channel).toMatchObject({
        ok: false,
        error: { code: 'NOT_ON_SERVER' },
      });
    }
    expect(await bridge.dispatch('team:connect', {})).toMatchObject({ error: { code: 'SETUP_NOT_ALLOWED' } });
    expect(await bridge.dispatch('no:such', {})).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await bridge.dispatch('lists:get', {})).toMatchObject({ error: { code: 'NOT_AUTHENTICATED' } });
    expect(await bridge.dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { databasePath: 'https://cter.zvh.local:8443', schemaVersion: null },
    });
    expect(sent).toEqual([]);
  });

  it('logs in with the workstation’s name, keeps the token to itself and sends it with calls', async () => {
    const { bridge, sent, status } = fakeServer();
    const login = await bridge.dispatch('session:login', { username: 'noord', password: 'geheim wachtwoord' });
    expect(login).toEqual({ ok: true, value: { user: USER } });
    expect(sent[0]).toEqual({
      path: '/login',
      body: { username: 'noord', password: 'geheim wachtwoord', workstation: 'Werkplek 1' },
      token: null,
    });
    expect(await status()).toMatchObject({ state: 'unlocked', user: USER, team: { connected: true } });
    await bridge.dispatch('lists:get', {});
    expect(sent[1]).toEqual({ path: '/rpc', body: { channel: 'lists:get', input: {} }, token: TOKEN });
    // A second log-in ends the first session at the server before it starts another.
    await bridge.dispatch('session:login', { username: 'noord', password: 'geheim wachtwoord' });
    expect(sent.slice(2).map((request) => [request.path, request.token])).toEqual([
      ['/logout', TOKEN],
      ['/login', null],
    ]);
  });

  it('keeps the lock screen’s user when the stream says "locked" before the lock call answers', async () => {
    const { bridge, state, status, streams } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    state.onPost = (path, body) => {
      if (path === '/rpc' && (body as { channel: string }).channel === 'session:lock')
        streams[0]!.push({ type: 'session-ended', reason: 'locked' });
    };
    expect(await bridge.dispatch('session:lock', {})).toEqual({ ok: true, value: {} });
    expect(await status()).toMatchObject({
      state: 'locked',
      lockedUser: { username: 'noord', displayName: 'Noor Noord' },
    });
  });

  it('locks with the lock screen’s user, and switches the kiosk window with the round', async () => {
    const { bridge, sent, kiosk, status } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    await bridge.dispatch('evaluations:kiosk-start', { roundId: 1 });
    expect(kiosk).toEqual([true]);
    expect(await status()).toMatchObject({ kiosk: true });
    expect(await bridge.dispatch('session:lock', {})).toEqual({ ok: true, value: {} });
    expect(sent.at(-1)).toEqual({ path: '/rpc', body: { channel: 'session:lock', input: {} }, token: TOKEN });
    expect(kiosk).toEqual([true, false]);
    expect(await status()).toMatchObject({
      state: 'locked',
      user: null,
      kiosk: false,
      lockedUser: { username: 'noord', displayName: 'Noor Noord' },
    });
  });

  it('logs out without a connection too (the server ends it at its idle limit) and says the connection went', async () => {
    const { bridge, state, events, status } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    state.down = true;
    expect(await bridge.dispatch('lists:get', {})).toMatchObject({ error: { code: 'NO_CONNECTION' } });
    expect(await bridge.dispatch('session:logout', {})).toEqual({ ok: true, value: {} });
    expect(events).toEqual([{ type: 'connection', connected: false }]);
    expect(await status()).toMatchObject({ state: 'no-connection', problem: 'SERVER_UNREACHABLE', lockedUser: null });
    state.down = false;
    expect(await status()).toMatchObject({ state: 'locked', team: { connected: true } });
    expect(events.at(-1)).toEqual({ type: 'connection', connected: true });
  });

  it('takes the server’s session events through its one seam', async () => {
    const { bridge, events, status } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    bridge.serverEvent({ type: 'notice', key: 'x' });
    bridge.serverEvent({ type: 'menu', action: 'print' });
    bridge.serverEvent({ type: 'session-ended', reason: 'idle' });
    expect(events).toEqual([
      { type: 'notice', key: 'x' },
      { type: 'session-ended', reason: 'idle' },
    ]);
    expect(await status()).toMatchObject({ state: 'locked', lockedUser: { username: 'noord' } });
  });

  it('holds the session’s event stream while logged in: the server’s end of the session shows at once', async () => {
    const { bridge, events, status, streams } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    expect(streams.map((stream) => [stream.token, stream.closed])).toEqual([[TOKEN, false]]);
    streams[0]!.push({ type: 'notice', key: 'x' });
    streams[0]!.push({ type: 'session-ended', reason: 'logged-out' });
    expect(events).toEqual([
      { type: 'notice', key: 'x' },
      { type: 'session-ended', reason: 'logged-out' },
    ]);
    expect(streams[0]!.closed).toBe(true);
    expect(await status()).toMatchObject({ state: 'locked', user: null, lockedUser: null });
    // Logged out here too: the stream of a new log-in is the only one open.
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    expect(streams.map((stream) => stream.closed)).toEqual([true, false]);
    await bridge.dispatch('session:logout', {});
    expect(streams.map((stream) => stream.closed)).toEqual([true, true]);
  });

  it('ends the session when the server refuses the stream for its token', async () => {
    const { bridge, events, status, streams } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    streams[0]!.end({ kind: 'refused', code: 'SESSION_EXPIRED', status: 401 });
    await expect.poll(() => events).toEqual([{ type: 'session-ended', reason: 'idle' }]);
    expect(await status()).toMatchObject({ state: 'locked', lockedUser: { username: 'noord' } });
    expect(await bridge.dispatch('lists:get', {})).toMatchObject({ error: { code: 'NOT_AUTHENTICATED' } });
  });

  it('says the connection went when the stream breaks, and opens it again', async () => {
    const { bridge, events, streams } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    streams[0]!.open();
    streams[0]!.end({ kind: 'broken', failure: 'unreachable' });
    await expect.poll(() => events).toEqual([{ type: 'connection', connected: false }]);
    // A second later, with the same token.
    await expect.poll(() => streams.length, { timeout: 3_000 }).toBe(2);
    expect(streams[1]!.token).toBe(TOKEN);
    streams[1]!.open();
    expect(events.at(-1)).toEqual({ type: 'connection', connected: true });
    await bridge.dispatch('session:logout', {});
    expect(streams[1]!.closed).toBe(true);
  });

  it('sends a change with a request key, and again with the same key while the server cannot be reached', async () => {
    const { bridge, sent, tried, state } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    // A read: once, without a key.
    await bridge.dispatch('lists:get', {});
    expect(sent.at(-1)).toEqual({ path: '/rpc', body: { channel: 'lists:get', input: {} }, token: TOKEN });
    // A change whose first two attempts do not get through: the third, with the same key, does.
    state.downFor = 2;
    const before = tried.length;
    expect(await bridge.dispatch('cases:note', { id: 1, tekst: 'Notitie.' })).toMatchObject({ ok: true });
    const attempts = tried.slice(before);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((attempt) => attempt.key)).size).toBe(1);
    expect(attempts[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.filter((request) => (request.body as { channel?: string }).channel === 'cases:note')).toHaveLength(1);
    // A new change, a new key; a server that stays away: NO_CONNECTION after the last attempt.
    state.down = true;
    const from = tried.length;
    expect(await bridge.dispatch('cases:note', { id: 1, tekst: 'Nog een.' })).toMatchObject({
      error: { code: 'NO_CONNECTION' },
    });
    const failed = tried.slice(from);
    expect(failed).toHaveLength(4);
    expect(new Set(failed.map((attempt) => attempt.key)).size).toBe(1);
    expect(failed[0]!.key).not.toBe(attempts[0]!.key);
  });

  it('sends a change again with the same key when the server answers 503 STORE_CONFLICT (a deadlock undid it)', async () => {
    const { bridge, sent, tried, state } = fakeServer();
    await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
    state.conflictsFor = 1;
    const before = tried.length;
    expect(await bridge.dispatch('cases:note', { id: 1, tekst: 'Notitie.' })).toMatchObject({ ok: true });
    const attempts = tried.slice(before);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.key).toBe(attempts[0]!.key);
    expect(sent.filter((request) => (request.body as { channel?: string }).channel === 'cases:note')).toHaveLength(1);
    // One that keeps conflicting: the server's answer, after the last attempt.
    state.conflictsFor = 10;
    expect(await bridge.dispatch('cases:note', { id: 1, tekst: 'Nog een.' })).toMatchObject({
      ok: false,
      error: { code: 'STORE_CONFLICT' },
    });
    state.conflictsFor = 0;
  });

  it('on the problem screen (no session, no server) asks the server by itself, says when it answers, then stops', async () => {
    vi.useFakeTimers();
    try {
      const { state, events, status } = fakeServer();
      state.down = true;
      expect(await status()).toMatchObject({ state: 'no-connection', problem: 'SERVER_UNREACHABLE' });
      expect(state.hellos).toBe(1);
      await vi.advanceTimersByTimeAsync(RETURN_PROBE_MS);
      expect(state.hellos).toBe(2);
      // The screen's own button (another status) keeps the pauses growing: asked again at 37.5 s.
      expect(await status()).toMatchObject({ state: 'no-connection' });
      state.down = false;
      await vi.advanceTimersByTimeAsync(RETURN_PROBE_MS * 1.5);
      expect(state.hellos).toBe(4);
      // The renderer asks its status again on this event: the log-in screen, without a click.
      expect(events.at(-1)).toEqual({ type: 'connection', connected: true });
      expect(await status()).toMatchObject({ state: 'locked', team: { connected: true } });
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      expect(state.hellos).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks nothing more once someone logs in from the problem screen', async () => {
    vi.useFakeTimers();
    try {
      const { bridge, state, status } = fakeServer();
      state.down = true;
      expect(await status()).toMatchObject({ state: 'no-connection' });
      state.down = false;
      await bridge.dispatch('session:login', { username: 'noord', password: 'x' });
      await vi.advanceTimersByTimeAsync(5 * 60_000);
      expect(state.hellos).toBe(1);
      await bridge.dispatch('session:logout', {});
    } finally {
      vi.useRealTimers();
    }
  });
});
