// `GET /events`: a session's events as server-sent events (issue 18). The client opens it with its
// token (`Authorization: Bearer`), resolved as a call is (the same client binding, idle and expiry
// rules) but without counting as activity: a session whose client only listens still idle-locks.
// The answer is `text/event-stream`, one `data: <AppEvent as JSON>` per event meant for that session
// (`session-ended`, notices), a comment line every HEARTBEAT_MS so proxies and the client see the
// connection live; after `session-ended` the stream ends. A refusal is the JSON Result of the other
// endpoints with a status: 401 for the session's refusal (NOT_AUTHENTICATED, SESSION_EXPIRED), 429
// past STREAMS_PER_SESSION in this process, 503 past STREAMS_TOTAL. The wire format is spelled out
// in docs/developer/team-server.md for the desktop's client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { CallNote, Core } from '../core/core';
import { SECURITY_HEADERS, bearerToken, sendResult, transportFailure } from './requests';

export const HEARTBEAT_MS = 25_000;
/** Streams one session may hold in one process (the desktop needs one; two allow a reconnect's overlap). */
export const STREAMS_PER_SESSION = 2;
/** Streams one process holds at most (a team of 50 with a window each is far below). */
export const STREAMS_TOTAL = 500;

export interface EventStreamOptions {
  heartbeatMs?: number;
  perSession?: number;
  total?: number;
}

const STREAM_HEADERS = { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8' };

/** The open event streams of one listener. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();
  private readonly ofSession = new Map<string, number>();

  constructor(
    private readonly core: Core,
    private readonly options: EventStreamOptions = {},
  ) {}

  /** Answers `GET /events` (the method is checked by the caller): a stream, or a refusal. */
  async serve(
    request: IncomingMessage,
    response: ServerResponse,
    client: string | null,
    note: CallNote,
  ): Promise<void> {
    if (this.open.size >= (this.options.total ?? STREAMS_TOTAL)) {
      return sendResult(response, 503, transportFailure(), { 'Retry-After': '30' });
    }
    let ready = false;
    const early: AppEvent[] = [];
    const write = (event: AppEvent) => {
      if (!ready) return void early.push(event);
      if (response.writableEnded) return;
      response.write(`data: ${JSON.stringify(event)}\n\n`);
      if (event.type === 'session-ended') response.end();
    };
    const subscribed = await this.core.server.subscribe(bearerToken(request), client, write);
    if (!subscribed.ok) return sendResult(response, 401, subscribed as Result<never>);
    const { sessionId, unsubscribe } = subscribed.value;
    note.sessionId = sessionId;
    const held = this.ofSession.get(sessionId) ?? 0;
    if (held >= (this.options.perSession ?? STREAMS_PER_SESSION) || response.destroyed) {
      unsubscribe();
      return sendResult(response, 429, transportFailure());
    }
    this.ofSession.set(sessionId, held + 1);
    this.open.add(response);
    const beat = () => {
      if (!response.writableEnded) response.write(': heartbeat\n\n');
    };
    const heartbeat = setInterval(beat, this.options.heartbeatMs ?? HEARTBEAT_MS);
    heartbeat.unref();
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      this.open.delete(response);
      const left = (this.ofSession.get(sessionId) ?? 1) - 1;
      if (left > 0) this.ofSession.set(sessionId, left);
      else this.ofSession.delete(sessionId);
    });
    response.writeHead(200, STREAM_HEADERS);
    // A first comment, so the client sees the stream open before the first event.
    response.write(': open\n\n');
    ready = true;
    for (const event of early.splice(0)) write(event);
  }

  /** Ends every stream (the listener closes: they would otherwise hold it for its whole grace). */
  closeAll(): void {
    for (const response of this.open) if (!response.writableEnded) response.end();
  }
}
