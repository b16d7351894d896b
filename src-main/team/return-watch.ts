// The workstation's watch for the CTER server's return (issue 19), as the remote bridge uses it: the
// probe's timing (return-probe.ts) with what an answer means. Two occasions, one at a time:
//
// - `offline()`: an offline session (a log-in the password of a meeting kept here opened while the
//   server did not answer). It has no token and so no event stream: without this, the return showed
//   only at a call the copies do not answer. On an answer the `connection` event, then
//   `server-returned`: the renderer saves what waits for its autosave (into the copy, which still
//   answers) and locks; a renderer that has not locked within `graceMs` (RETURN_GRACE_MS) has the
//   session ended here as `reconnected`.
// - `beforeLogin()`: no session, and `vault:status` found the server out of reach (the window shows
//   the problem screen, _Geen verbinding met de CTER-server_). On an answer the `connection` event:
//   the renderer asks `vault:status` again, and the log-in (or lock) screen replaces the problem
//   screen without a click. Started again by each such status, so a screen that stays keeps its
//   back-off; ended by a status that finds the server, any log-in, lock or quit.
//
// The question is `TeamClient.hello` on the pinned client: `POST /rpc` without a token to the one
// configured host and port (NOT_AUTHENTICATED, no database work); another certificate or program at
// the address counts as no answer. Every 15 s, then ×1.5 up to 30 s (return-probe.ts).
import type { TeamClient } from './client';
import type { RemoteSession } from './remote-session';
import { createReturnProbe, RETURN_GRACE_MS } from './return-probe';

export type ReturnWatchOccasion = 'offline' | 'before-login';

export interface ReturnWatch {
  /** An offline session began: ask until the server answers, then tell the renderer (see the header). */
  offline(): void;
  /** No session and no server (the problem screen): ask until it answers, then say it is connected. */
  beforeLogin(): void;
  /** A session of the server's, a lock, a log-out, quit: nothing asked, no grace period running. */
  stop(): void;
  /** What it is watching for now (null: nothing). */
  readonly occasion: ReturnWatchOccasion | null;
}

export interface ReturnWatchOptions {
  client: Pick<TeamClient, 'hello'>;
  session: RemoteSession;
  /** The first pause before the first question (RETURN_PROBE_MS; tests make it short). */
  probeMs?: number;
  /** How long the renderer has to save and lock after `server-returned` (RETURN_GRACE_MS; tests). */
  graceMs?: number;
}

export function createReturnWatch(options: ReturnWatchOptions): ReturnWatch {
  const { client, session } = options;
  let occasion: ReturnWatchOccasion | null = null;
  let grace: ReturnType<typeof setTimeout> | undefined;

  const probe = createReturnProbe({
    ask: async () => {
      try {
        await client.hello();
        return true;
      } catch {
        // Out of reach, or another certificate or program at the address: not our server back.
        return false;
      }
    },
    onReturn: () => {
      const answered = occasion;
      occasion = null;
      if (answered === 'offline') serverReturned();
      else if (answered === 'before-login') announce();
    },
    ...(options.probeMs ? { intervalMs: options.probeMs } : {}),
  });

  /** The renderer asks `vault:status` again on `connection` before log-in: say it, even if said before. */
  function announce() {
    if (session.user) return;
    if (session.connected) session.emit({ type: 'connection', connected: true });
    else session.setConnected(true);
  }

  /** The server answers again during an offline session: the renderer saves and locks, or this ends it. */
  function serverReturned() {
    const offlineUser = session.offline ? session.user : null;
    if (!offlineUser) return;
    session.setConnected(true);
    session.emit({ type: 'server-returned' });
    clearTimeout(grace);
    grace = setTimeout(() => {
      if (session.offline && session.user === offlineUser) session.forget('reconnected');
    }, options.graceMs ?? RETURN_GRACE_MS);
    (grace as { unref?: () => void }).unref?.();
  }

  function watch(next: ReturnWatchOccasion) {
    if (occasion === next && probe.running) return;
    probe.stop();
    occasion = next;
    probe.start();
  }

  return {
    offline: () => watch('offline'),
    beforeLogin: () => watch('before-login'),
    stop() {
      occasion = null;
      probe.stop();
      clearTimeout(grace);
    },
    get occasion() {
      return occasion;
    },
  };
}
