// The watch for the CTER server's return (return-watch.ts), on fake timers with a stand-in for the
// pinned client's `hello`: before log-in (the problem screen) an answer says `connection` so the
// renderer asks its status again; in an offline session it says `server-returned` and ends the
// session as `reconnected` once the grace period is over; the pauses back off; one occasion at a
// time; nothing asked once stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { SessionUser } from '../../src-shared/ipc/session';
import { TeamConnectionError, type TeamClient } from './client';
import { createRemoteSession } from './remote-session';
import { RETURN_GRACE_MS, RETURN_PROBE_MS } from './return-probe';
import { createReturnWatch } from './return-watch';

const NORA: SessionUser = {
  id: 3,
  username: 'nora',
  displayName: 'Nora Notulist (fictief)',
  roles: ['notulist'],
  mustChangePassword: false,
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A watch on a session of its own; the server answers when `up`; the moments `hello` was asked. */
function watched(options: { probeMs?: number; graceMs?: number } = {}) {
  const started = Date.now();
  const asked: number[] = [];
  const server = { up: false };
  const client: Pick<TeamClient, 'hello'> = {
    async hello() {
      asked.push(Date.now() - started);
      if (!server.up) throw new TeamConnectionError('unreachable', 'ECONNREFUSED');
    },
  };
  // The stream is never opened here (no token): the session needs no more of the client.
  const session = createRemoteSession(client as TeamClient, { onEnd: () => watch.stop() });
  const events: AppEvent[] = [];
  session.onEvent((event) => events.push(event));
  const watch = createReturnWatch({ client, session, ...options });
  return { watch, session, server, asked, events };
}

describe('the return watch before log-in (the problem screen)', () => {
  it('asks after 15 s, backs off to 30 s, and says `connection` at the first answer', async () => {
    const { watch, session, server, asked, events } = watched();
    session.setConnected(false);
    events.length = 0;
    watch.beforeLogin();
    expect(watch.occasion).toBe('before-login');
    await vi.advanceTimersByTimeAsync(RETURN_PROBE_MS - 1);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    // The next status (the screen's own retry, or the renderer asking again) keeps the back-off.
    watch.beforeLogin();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toEqual([15_000, 37_500, 67_500]);
    expect(events).toEqual([]);
    server.up = true;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events).toEqual([{ type: 'connection', connected: true }]);
    expect(session.connected).toBe(true);
    expect(watch.occasion).toBeNull();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(asked).toHaveLength(4);
  });

  it('says `connection` even when the session still thinks it is connected (the renderer asks again)', async () => {
    const { watch, server, events } = watched({ probeMs: 100 });
    server.up = true;
    watch.beforeLogin();
    await vi.advanceTimersByTimeAsync(100);
    expect(events).toEqual([{ type: 'connection', connected: true }]);
  });

  it('asks nothing once stopped (a status that found the server, a log-in, quit)', async () => {
    const { watch, server, asked, events } = watched({ probeMs: 100 });
    watch.beforeLogin();
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toHaveLength(1);
    watch.stop();
    server.up = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toHaveLength(1);
    expect(events).toEqual([]);
    expect(watch.occasion).toBeNull();
  });
});

describe('the return watch in an offline session', () => {
  it('says `server-returned`, and ends the session as `reconnected` when the renderer does not lock in time', async () => {
    const { watch, session, server, events } = watched({ probeMs: 100 });
    session.beginOffline(NORA);
    // Before log-in it was watching for the problem screen: the offline session takes over, from the start.
    watch.beforeLogin();
    await vi.advanceTimersByTimeAsync(50);
    watch.offline();
    expect(watch.occasion).toBe('offline');
    events.length = 0;
    server.up = true;
    await vi.advanceTimersByTimeAsync(99);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual([{ type: 'connection', connected: true }, { type: 'server-returned' }]);
    expect(session.user).toEqual(NORA);
    await vi.advanceTimersByTimeAsync(RETURN_GRACE_MS);
    expect(events.at(-1)).toEqual({ type: 'session-ended', reason: 'reconnected' });
    expect(session.user).toBeNull();
    expect(session.lockedUser).toEqual({ username: 'nora', displayName: NORA.displayName });
  });

  it('lets the renderer’s own lock end it: no `session-ended` after the grace period', async () => {
    const { watch, session, server, events } = watched({ probeMs: 100, graceMs: 500 });
    session.beginOffline(NORA);
    watch.offline();
    server.up = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(events.at(-1)).toEqual({ type: 'server-returned' });
    session.forget('lock');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events.some((event) => event.type === 'session-ended')).toBe(false);
  });
});
