// The workstation's session with its CTER server in team mode (issue 18), as the remote bridge
// (remote-bridge.ts) holds it; the bridge forwards the calls, this keeps their state:
//
// - the log-in's token and user, in this process's memory only (never on disk, never in an answer
//   to the renderer), the kiosk window, and the user the lock screen names after a lock or idle end;
// - whether the server answers: a `connection` event to the renderer on each change;
// - the session's event stream (`GET /events`), held open while logged in: its events go through
//   `serverEvent`, so a session the server ends (a beheerder, the idle lock, a logout elsewhere)
//   shows at once, not at the next call. A stream that breaks says "no connection" and is opened
//   again (1 s, doubling to 30 s); one the server refuses for the token ends the session here as a
//   call's refusal would; too many streams (429/503) waits 30 s.
// - an offline session (issue 19): a user let in by the password of a meeting's copy on this
//   workstation while the server could not be reached (offline-copies.ts): a user without a token.
import type { AppEvent } from '../../src-shared/ipc/events';
import type { SessionUser, VaultStatus } from '../../src-shared/ipc/session';
import type { EventStream, TeamClient } from './client';

/** The longest wait before a broken event stream is opened again. */
export const STREAM_RETRY_MAX_MS = 30_000;

/**
 * How a session ends here: asked for (`lock`, `logout`: the renderer knows), or told by the server
 * (`idle`, `ended`: the renderer gets `session-ended`).
 */
export type SessionEnd = 'lock' | 'logout' | 'idle' | 'ended' | 'reconnected';

export interface RemoteSession {
  readonly token: string | null;
  readonly user: SessionUser | null;
  readonly kiosk: boolean;
  readonly lockedUser: VaultStatus['lockedUser'];
  readonly connected: boolean;
  emit(event: AppEvent): void;
  onEvent(listener: (event: AppEvent) => void): () => void;
  setConnected(now: boolean): void;
  setKiosk(on: boolean): void;
  /** A log-in's session, held from now on; its event stream opened when `watch`. */
  begin(token: string, user: SessionUser, watch: boolean): void;
  /** A session without the server: the user a copy on this workstation was opened for. */
  beginOffline(user: SessionUser): void;
  /** An offline session (a user, no token). */
  readonly offline: boolean;
  /** The user as a password change left it. */
  setUser(user: SessionUser): void;
  /** Forgets the session here; `how` says why to the renderer (nothing when it asked itself). */
  forget(how: SessionEnd): void;
  /** One event of this session from the server's event stream. */
  serverEvent(event: AppEvent): void;
  /** Quit: the stream stopped, the session and the listeners forgotten. */
  close(): void;
}

export function createRemoteSession(
  client: TeamClient,
  options: { setKiosk?(on: boolean): void; onEnd?(): void } = {},
): RemoteSession {
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };

  let token: string | null = null;
  let user: SessionUser | null = null;
  let kiosk = false;
  let lockedUser: VaultStatus['lockedUser'] = null;
  let connected = true;

  const setConnected = (now: boolean) => {
    if (now === connected) return;
    connected = now;
    emit({ type: 'connection', connected: now });
  };

  const setKiosk = (on: boolean) => {
    if (kiosk === on) return;
    kiosk = on;
    options.setKiosk?.(on);
  };

  // The session's event stream: one at a time, for the token it was opened with.
  let stream: EventStream | null = null;
  let retry: NodeJS.Timeout | undefined;
  let wakeRetry: (() => void) | null = null;
  const stopWatching = () => {
    stream?.close();
    stream = null;
    clearTimeout(retry);
    wakeRetry?.();
  };
  const pause = (ms: number) =>
    new Promise<void>((resume) => {
      wakeRetry = resume;
      retry = setTimeout(resume, ms);
      retry.unref();
    }).finally(() => (wakeRetry = null));

  async function watch(held: string): Promise<void> {
    let wait = 1_000;
    while (token === held) {
      const opened = client.events(
        held,
        (event) => {
          if (token === held) serverEvent(event);
        },
        () => {
          wait = 1_000;
          setConnected(true);
        },
      );
      stream = opened;
      const end = await opened.ended;
      if (stream === opened) stream = null;
      if (token !== held) return;
      if (end.kind === 'refused') {
        if (end.code === 'NOT_AUTHENTICATED' || end.code === 'SESSION_EXPIRED') {
          forget(end.code === 'SESSION_EXPIRED' ? 'idle' : 'ended');
          return;
        }
        wait = STREAM_RETRY_MAX_MS;
      } else if (end.kind === 'broken') {
        setConnected(false);
      }
      await pause(wait);
      wait = Math.min(wait * 2, STREAM_RETRY_MAX_MS);
    }
  }

  function forget(how: SessionEnd): void {
    stopWatching();
    // A lock ends here twice when the server's stream says so before the lock call answers: the
    // second time there is no user any more, and the lock screen must still name the first.
    const locking = how === 'lock' || how === 'idle' || how === 'reconnected';
    lockedUser =
      locking && user ? { username: user.username, displayName: user.displayName } : locking ? lockedUser : null;
    token = null;
    user = null;
    setKiosk(false);
    options.onEnd?.();
    if (how === 'idle') emit({ type: 'session-ended', reason: 'idle' });
    if (how === 'reconnected') emit({ type: 'session-ended', reason: 'reconnected' });
    if (how === 'ended') emit({ type: 'session-ended', reason: 'logged-out' });
  }

  function serverEvent(event: AppEvent): void {
    // Only what a server may say about this session; the menu and the connection are this side's.
    if (event.type === 'session-ended') {
      if (event.reason === 'idle') forget('idle');
      else {
        forget(event.reason === 'locked' ? 'lock' : 'logout');
        emit(event);
      }
    } else if (event.type === 'notice' || event.type === 'idle-warning') emit(event);
  }

  return {
    get token() {
      return token;
    },
    get user() {
      return user;
    },
    get kiosk() {
      return kiosk;
    },
    get lockedUser() {
      return lockedUser;
    },
    get connected() {
      return connected;
    },
    get offline() {
      return token === null && user !== null;
    },
    emit,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setConnected,
    setKiosk,
    begin(held, loggedIn, watching) {
      token = held;
      user = loggedIn;
      lockedUser = null;
      kiosk = false;
      if (watching) void watch(held);
    },
    beginOffline(offlineUser) {
      token = null;
      user = offlineUser;
      lockedUser = null;
      kiosk = false;
      setConnected(false);
    },
    setUser(changed) {
      user = changed;
    },
    forget,
    serverEvent,
    close() {
      stopWatching();
      token = null;
      user = null;
      options.onEnd?.();
      listeners.clear();
    },
  };
}
