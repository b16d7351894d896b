// The offline session notices the CTER server's return by itself (issue 19): while a log-in without
// the server lasts (the meetings kept on this laptop answering), the remote bridge asks the server
// whether it answers (return-probe.ts, short pauses here); when it does, the renderer is told
// (`server-returned`) while the copy still takes the last autosave, and its lock ends the session;
// a renderer that does not lock has the session ended as `reconnected` after the grace period. No
// question is asked while the session is the server's. Stand-in server (fixtures/offline-server.ts),
// the real bridge and store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { MeetingView } from '../../src-shared/ipc/meetings';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { minutesFor, PASSWORD, standInServer, USER } from './fixtures/offline-server';
import { checkedOut, workstation, type LaptopOptions } from './fixtures/offline-laptop';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `check` holds (the probe runs on real, short timers here). */
async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('waited in vain');
    await pause(10);
  }
}

/**
 * A meeting checked out, the laptop restarted with the server out of reach, and the notulist
 * logged in offline with the copy's password; the events main sends the renderer are recorded.
 */
async function offlineSession(options: LaptopOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'cter-offline-return-'));
  dirs.push(dir);
  const { ws } = await checkedOut(dir);
  await ws.bridge.close();
  const server = standInServer();
  server.state.down = true;
  const laptop = workstation(dir, server, options);
  const events: AppEvent[] = [];
  laptop.bridge.onEvent((event) => events.push(event));
  await laptop.value('session:login', { username: USER.username, password: PASSWORD });
  expect(await laptop.value<VaultStatus>('vault:status')).toMatchObject({
    state: 'unlocked',
    team: { connected: false },
  });
  return { laptop, server, events };
}

/** How often the laptop asked the server whether it answers (a call without a token, as `hello`). */
const questions = (server: ReturnType<typeof standInServer>) => server.asked.hello;

describe('an offline session and the server’s return', () => {
  it('tells the renderer when the server answers again; the copy takes the last save; the lock ends the session', async () => {
    const { laptop, server, events } = await offlineSession({ returnProbeMs: 40, returnGraceMs: 60_000 });
    // Out of reach: asked again and again, nothing told.
    await until(() => questions(server) >= 3);
    expect(events.filter((event) => event.type !== 'connection')).toEqual([]);

    server.state.down = false;
    await until(() => events.some((event) => event.type === 'server-returned'));
    expect(events).toContainEqual({ type: 'connection', connected: true });
    // Nothing ended yet: the renderer hands over what waits for its autosave, into the copy.
    const meeting = await laptop.value<MeetingView>('meetings:get', { id: 41 });
    const item = meeting.items[0]!;
    await laptop.value('meetings:save-item', {
      itemId: item.id,
      minutes: minutesFor(item.id, 5),
      spentSeconds: 5,
      version: item.version,
    });
    expect(server.sent.some((request) => request.channel === 'meetings:save-item')).toBe(false);
    // Then it locks: the offline session ends here, and the lock screen names her.
    expect(await laptop.value('session:lock')).toEqual({});
    expect(await laptop.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'locked',
      lockedUser: { username: USER.username },
      team: { connected: true },
    });
    // Her password now gets a session of the server's, and the copy holds the last save.
    await laptop.value('session:login', { username: USER.username, password: PASSWORD });
    expect(server.sent.filter((request) => request.path === '/login')).toHaveLength(1);
    const kept = await laptop.value<MeetingView>('meetings:get', { id: 41 });
    expect(kept.items[0]!.minutes).toEqual(minutesFor(item.id, 5));
    expect(await laptop.value('offline:list')).toEqual([expect.objectContaining({ meetingId: 41, changed: true })]);
    // Online: no more questions.
    const asked = questions(server);
    await pause(200);
    expect(questions(server)).toBe(asked);
    await laptop.bridge.close();
  });

  it('ends the session itself as `reconnected` when the renderer does not lock in time', async () => {
    const { laptop, server, events } = await offlineSession({ returnProbeMs: 40, returnGraceMs: 100 });
    server.state.down = false;
    await until(() => events.some((event) => event.type === 'session-ended'));
    const returned = events.findIndex((event) => event.type === 'server-returned');
    const ended = events.findIndex((event) => event.type === 'session-ended');
    expect(returned).toBeGreaterThanOrEqual(0);
    expect(events[ended]).toEqual({ type: 'session-ended', reason: 'reconnected' });
    expect(ended).toBeGreaterThan(returned);
    expect(await laptop.value<VaultStatus>('vault:status')).toMatchObject({
      state: 'locked',
      lockedUser: { username: USER.username },
    });
    // The copies are closed with the session: nothing answers them until the next log-in.
    expect(await laptop.call('meetings:get', { id: 41 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED' },
    });
    await laptop.bridge.close();
  });

  it('asks nothing once the offline session is locked (Ctrl+L in the meeting room)', async () => {
    const { laptop, server, events } = await offlineSession({ returnProbeMs: 40, returnGraceMs: 100 });
    await until(() => questions(server) >= 1);
    // Ctrl+L in the meeting room: the session ends here (nothing at the server to end).
    expect(await laptop.value('session:lock')).toEqual({});
    const asked = questions(server);
    server.state.down = false;
    await pause(300);
    expect(questions(server)).toBe(asked);
    expect(events.some((event) => event.type === 'server-returned' || event.type === 'session-ended')).toBe(false);
    await laptop.bridge.close();
  });
});
