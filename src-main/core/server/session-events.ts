// The events of a CTER server's sessions (issue 18): what a client's event stream (`GET /events`,
// src-main/server/event-stream.ts) receives. On the desktop core emits its events to the one
// renderer; on a server an event belongs to one session and must reach that session's streams
// only, never another account's. So this process keeps, per session id, the listeners of the streams
// it holds; an event emitted during a call is published to the call's session (core.ts), and a
// session's end to that session.
//
// Several server processes share one database, so a session may end at another process than the
// one holding its stream (a logout at A, a beheerder's deactivation at B, a restore by `cter
// restore`), or not at any call at all (idle time, the absolute expiry). While streams are held,
// this process therefore looks at their rows every `pollMs` (`sweep`, one query for all of them):
// an ended row is published here, an open one past its limits is ended (and then published). The
// poll is the one mechanism for every way a session ends, at the price of up to `pollMs` of delay
// for an end done elsewhere (docs/developer/team-server.md says why not LISTEN/NOTIFY).
import type { AppEvent } from '../../../src-shared/ipc/events';
import type { Logger } from '../logger';
import type { EndReason } from './queries';

/** How often the rows of the sessions with a stream here are looked at (ms). */
export const EVENT_POLL_MS = 2_000;

export type SessionListener = (event: AppEvent) => void;

type EndedReason = Extract<AppEvent, { type: 'session-ended' }>['reason'];

/** How a session's end is told to its client (`session-ended`'s reason). */
export const ENDED_AS: Record<EndReason, EndedReason> = {
  logout: 'logged-out',
  lock: 'locked',
  idle: 'idle',
  expired: 'idle',
  deactivated: 'logged-out',
  'password-reset': 'logged-out',
  'password-change': 'logged-out',
  restore: 'restored',
};

export class SessionEvents {
  private readonly listeners = new Map<string, Set<SessionListener>>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;

  constructor(
    /** Looks at the rows of these sessions: publishes the ends it finds or makes. */
    private readonly sweep: (sessionIds: string[]) => Promise<void>,
    private readonly logger: Logger,
    readonly pollMs: number = EVENT_POLL_MS,
  ) {}

  /** Adds a stream's listener for one session; returns its removal. */
  add(sessionId: string, listener: SessionListener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) this.listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    this.startPolling();
    return () => this.remove(sessionId, listener);
  }

  /** The sessions that have a stream in this process. */
  watched(): string[] {
    return [...this.listeners.keys()];
  }

  /** Sends `event` to the streams of one session here; after `session-ended` it has none. */
  publish(sessionId: string, event: AppEvent): void {
    const set = this.listeners.get(sessionId);
    if (!set) return;
    if (event.type === 'session-ended') this.listeners.delete(sessionId);
    for (const listener of [...set]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error('server: an event listener failed', error);
      }
    }
    if (this.listeners.size === 0) this.stopPolling();
  }

  /** Tells the session's streams here that it ended. */
  ended(sessionId: string, reason: EndReason): void {
    // end_reason is free text: one this version does not know is an end all the same.
    this.publish(sessionId, { type: 'session-ended', reason: ENDED_AS[reason] ?? 'logged-out' });
  }

  /** Looks at the watched sessions now, after a look under way (the timer does this every pollMs). */
  async poll(): Promise<void> {
    while (this.running) await this.running;
    if (this.listeners.size === 0) return;
    this.running = this.sweep(this.watched()).catch((error: unknown) => {
      // The database may be away for a moment: the streams stay, the next poll tries again.
      this.logger.error('server: looking at the sessions of the event streams failed', error);
    });
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Stops the timer and forgets every listener (the core closes). */
  stop(): void {
    this.listeners.clear();
    this.stopPolling();
  }

  private remove(sessionId: string, listener: SessionListener): void {
    const set = this.listeners.get(sessionId);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) this.listeners.delete(sessionId);
    if (this.listeners.size === 0) this.stopPolling();
  }

  private startPolling(): void {
    if (this.timer || this.pollMs <= 0) return;
    // A tick while a look is still under way is skipped, not queued.
    this.timer = setInterval(() => {
      if (!this.running) void this.poll();
    }, this.pollMs);
    this.timer.unref();
  }

  private stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
