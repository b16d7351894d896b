// The workstation's event stream over a day of dropped connections (remote-session.ts): however
// often the stream breaks and is opened again, one stream is open and one retry waits at a time,
// each drop and return is told once, and a lock leaves no stream and no timer behind. A guard for
// the reconnect loop (docs/benchmarks.md, "A working day in one window"): a stream or a timer
// left by each reconnect would add up over a day of a flaky network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { SessionUser } from '../../src-shared/ipc/session';
import type { EventStream, StreamEnd, TeamClient } from './client';
import { createRemoteSession, STREAM_RETRY_MAX_MS } from './remote-session';

const USER: SessionUser = {
  id: 1,
  username: 'notulist',
  displayName: 'N. Notulist',
  roles: ['notulist'],
  mustChangePassword: false,
};

/** A client whose event streams the test opens, breaks and counts. */
function streamingClient() {
  const streams: { end: (how: StreamEnd) => void; onOpen: () => void; ended: boolean }[] = [];
  const client = {
    events(_token: string, _onEvent: (event: AppEvent) => void, onOpen: () => void = () => {}): EventStream {
      let end: (how: StreamEnd) => void = () => {};
      const stream = { end: (how: StreamEnd) => end(how), onOpen, ended: false };
      const ended = new Promise<StreamEnd>((resolve) => {
        end = (how) => {
          stream.ended = true;
          resolve(how);
        };
      });
      streams.push(stream);
      return { close: () => stream.end({ kind: 'closed' }), ended };
    },
  } as unknown as TeamClient;
  return { client, streams, open: () => streams.filter((stream) => !stream.ended) };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the event stream over a day of dropped connections', () => {
  it('keeps one stream and one retry at a time, tells each drop and return once, and leaves nothing after a lock', async () => {
    const { client, streams, open } = streamingClient();
    const session = createRemoteSession(client);
    const connection: boolean[] = [];
    session.onEvent((event) => {
      if (event.type === 'connection') connection.push(event.connected);
    });
    session.begin('token', USER, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(open()).toHaveLength(1);

    const DROPS = 200;
    for (let drop = 1; drop <= DROPS; drop++) {
      open()[0]!.end({ kind: 'broken', failure: 'unreachable' });
      await vi.advanceTimersByTimeAsync(0);
      // Broken: no stream open, one pause waiting before the next.
      expect(open()).toHaveLength(0);
      expect(vi.getTimerCount()).toBe(1);
      await vi.advanceTimersByTimeAsync(STREAM_RETRY_MAX_MS);
      expect(open()).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
      open()[0]!.onOpen();
    }
    expect(streams).toHaveLength(DROPS + 1);
    expect(connection).toEqual(Array.from({ length: DROPS }, () => [false, true]).flat());

    // A lock during a pause and one with the stream open: nothing left either way.
    open()[0]!.end({ kind: 'broken', failure: 'unreachable' });
    await vi.advanceTimersByTimeAsync(0);
    session.forget('lock');
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    session.begin('token-2', USER, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(open()).toHaveLength(1);
    session.forget('lock');
    await vi.advanceTimersByTimeAsync(10 * STREAM_RETRY_MAX_MS);
    expect(open()).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(streams).toHaveLength(DROPS + 2);
  });
});
