// The workstation's HTTPS client for its CTER server (team mode, issue 18): the one network
// connection the application makes. The address and the certificate's fingerprint are fixed when
// the client is made (team.json, or the wizard's input); a call names only one of the server's
// paths (`/login`, `/rpc`, `/logout`, and `GET /events` for the session's event stream), so no other
// host or port can ever be contacted. Redirects are not followed (any answer that is not the
// server's JSON Result is NOT_A_CTER_SERVER).
//
// The pin. The server's certificate may be self-signed or issued by the IT department's CA: the
// SHA-256 of its DER is what counts. Node calls `checkServerIdentity` only after the chain verified,
// so with `rejectUnauthorized: false` (needed for a self-signed certificate) it would never run.
// Instead every request gets its own connection: TCP, then the TLS 1.3 handshake, then — in this
// code, before `http.request` is even made — the peer certificate's fingerprint is compared with the
// pin; on a mismatch the socket is destroyed and not one byte of a request has been written. Only
// then does Node's HTTP client write the request onto the verified socket (`createConnection`).
// One connection per call costs a TLS handshake (a few milliseconds on a LAN) and keeps the check
// on every call; there is no connection pool to reuse a socket the check did not see.
//
// Timeouts: the connection (TCP and TLS) within 5 s, a whole call within 30 s. Failures are a
// TeamConnectionError with a kind: `unreachable` (refused, reset, timed out, no route, name not
// found, the connection broken off), `mismatch` (another certificate), `not-cter` (TLS refused
// after TCP connected, or an answer that is not a CTER server's), `not-registered` (a server that
// admits registered workstations only did not accept this one's client certificate, or it has none).
//
// The workstation's own certificate (optional, `ClientIdentity`): where the server admits only
// registered workstations (server.json `clientCaFile`), IT installs a client certificate and its key
// on the workstation and names them in the administrator's policy; every handshake presents them.
import { request as httpRequest } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { ServerAddress } from '../../src-shared/domain/server-address';
import { ERROR_CODES, type ErrorCode, type Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { Delivered } from './retry';
import { open, TeamConnectionError, type ClientIdentity, type FailureKind } from './tls-connection';

export { fingerprintOf, TeamConnectionError, type ClientIdentity, type FailureKind } from './tls-connection';

export const CONNECT_TIMEOUT_MS = 5_000;
export const CALL_TIMEOUT_MS = 30_000;
/** The largest answer read (a case list, a dossier); beyond it the call fails rather than fill memory. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

/** A CTER server as the workstation pins it: team.json's content. */
export interface TeamServerInfo extends ServerAddress {
  /** SHA-256 of the certificate's DER, `AB:CD:…`. */
  fingerprint: string;
}

/** `host:port` as a URL authority (an IPv6 address in brackets), for the Host header and people. */
export function authorityOf({ host, port }: ServerAddress): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export type TeamPath = '/login' | '/rpc' | '/logout';

export interface ClientTimeouts {
  connectMs?: number;
  callMs?: number;
}

/** The server's fingerprint, read from a TLS handshake alone (the wizard shows it before anything is pinned). */
export async function readFingerprint(
  address: ServerAddress,
  timeouts: ClientTimeouts = {},
  identity?: ClientIdentity,
): Promise<string> {
  const { socket, fingerprint } = await open(address, timeouts.connectMs ?? CONNECT_TIMEOUT_MS, identity);
  socket.destroy();
  return fingerprint;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: { code?: unknown; message?: unknown } };
  if (result.ok === true) return 'value' in value;
  if (result.ok !== false || typeof result.error !== 'object' || result.error === null) return false;
  return ERROR_CODES.includes(result.error.code as ErrorCode) && typeof result.error.message === 'string';
}

export interface TeamClient {
  readonly server: TeamServerInfo;
  /**
   * One POST to the pinned server: the server's Result (whatever its HTTP status, as the transport
   * answers its own refusals as a Result too); a TeamConnectionError when there is none.
   */
  post(path: TeamPath, body: unknown, token?: string | null, requestKey?: string): Promise<Result<unknown>>;
  /** As `post`, with the answer's HTTP status (503: the call was not carried out, try again; retry.ts). */
  exchange(
    path: TeamPath,
    body: unknown,
    token?: string | null,
    requestKey?: string,
  ): Promise<Delivered<Result<unknown>>>;
  /** Asks whether a CTER server answers at all (a call without a token: NOT_AUTHENTICATED, no database work). */
  hello(): Promise<void>;
  /**
   * The session's event stream (`GET /events`, server-sent events; docs/developer/team-server.md):
   * every event goes to `onEvent` until the stream ends; `ended` says how (it never rejects).
   */
  events(token: string, onEvent: (event: AppEvent) => void, onOpen?: () => void): EventStream;
}

/** How an event stream ended: the server closed it (after session-ended), refused it, or it broke. */
export type StreamEnd =
  { kind: 'closed' } | { kind: 'refused'; code: ErrorCode; status: number } | { kind: 'broken'; failure: FailureKind };

export interface EventStream {
  /** Ends the stream from this side (`ended` then resolves `closed`). */
  close(): void;
  readonly ended: Promise<StreamEnd>;
}

/** Without a byte for this long (the server sends a heartbeat every 25 s) a stream counts as broken. */
export const STREAM_SILENCE_MS = 60_000;
/** The largest block of one event; a longer one means this is not a CTER server's stream. */
const MAX_EVENT_BYTES = 64 * 1024;

const SERVER_EVENTS = new Set(['session-ended', 'idle-warning', 'notice']);

/** The `data:` lines of one block as an AppEvent the server may send, or null. */
function eventOf(block: string): AppEvent | null {
  const data = block
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length));
  if (data.length !== 1) return null;
  try {
    const event = JSON.parse(data[0]!) as { type?: unknown };
    return typeof event === 'object' && event !== null && SERVER_EVENTS.has(String(event.type))
      ? (event as AppEvent)
      : null;
  } catch {
    return null;
  }
}

export function createTeamClient(
  server: TeamServerInfo,
  timeouts: ClientTimeouts = {},
  identity?: ClientIdentity,
): TeamClient {
  // Fixed here, once: nothing a caller passes names another host, port or certificate.
  const pinned: TeamServerInfo = Object.freeze({
    host: server.host,
    port: server.port,
    fingerprint: server.fingerprint,
  });
  const connectMs = timeouts.connectMs ?? CONNECT_TIMEOUT_MS;
  const callMs = timeouts.callMs ?? CALL_TIMEOUT_MS;
  const authority = authorityOf(pinned);

  async function exchange(
    path: TeamPath,
    body: unknown,
    token: string | null = null,
    requestKey?: string,
  ): Promise<Delivered<Result<unknown>>> {
    const started = Date.now();
    const { socket, fingerprint } = await open(pinned, Math.min(connectMs, callMs), identity);
    if (fingerprint !== pinned.fingerprint) {
      socket.destroy();
      throw new TeamConnectionError('mismatch', 'another certificate');
    }
    const text = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (outcome: Delivered<Result<unknown>> | TeamConnectionError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if (outcome instanceof TeamConnectionError) reject(outcome);
        else resolve(outcome);
      };
      const timer = setTimeout(
        () => settle(new TeamConnectionError('unreachable', 'call timeout')),
        Math.max(0, callMs - (Date.now() - started)),
      );
      const req = httpRequest(
        {
          method: 'POST',
          path,
          host: pinned.host,
          port: pinned.port,
          setHost: false,
          // The verified socket, and no other: no agent, no pool, no second connection.
          createConnection: () => socket,
          headers: {
            Host: authority,
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(text),
            Connection: 'close',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            // The call's key (a change): the server runs it once, a repeat gets the first answer.
            ...(requestKey ? { 'Idempotency-Key': requestKey } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) settle(new TeamConnectionError('not-cter', 'answer too large'));
            else chunks.push(chunk);
          });
          response.on('error', () => settle(new TeamConnectionError('unreachable', 'answer broken off')));
          response.on('end', () => {
            let parsed: unknown;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              parsed = undefined;
            }
            const json = (response.headers['content-type'] ?? '').startsWith('application/json');
            if (!json || !isResult(parsed)) settle(new TeamConnectionError('not-cter', `HTTP ${response.statusCode}`));
            else settle({ status: response.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        settle(new TeamConnectionError('unreachable', error.code ?? 'error')),
      );
      req.end(text);
    });
  }

  function events(token: string, onEvent: (event: AppEvent) => void, onOpen = () => {}): EventStream {
    let finish: (end: StreamEnd) => void = () => {};
    const ended = new Promise<StreamEnd>((resolve) => (finish = resolve));
    let socket: TLSSocket | null = null;
    let done = false;
    let silence: NodeJS.Timeout | undefined;
    const end = (how: StreamEnd) => {
      if (done) return;
      done = true;
      clearTimeout(silence);
      socket?.destroy();
      finish(how);
    };
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(() => end({ kind: 'broken', failure: 'unreachable' }), STREAM_SILENCE_MS);
      silence.unref();
    };
    open(pinned, connectMs, identity)
      .then((connected) => {
        socket = connected.socket;
        if (done) return socket.destroy();
        if (connected.fingerprint !== pinned.fingerprint) return end({ kind: 'broken', failure: 'mismatch' });
        heard();
        const req = httpRequest(
          {
            method: 'GET',
            path: '/events',
            host: pinned.host,
            port: pinned.port,
            setHost: false,
            createConnection: () => connected.socket,
            headers: {
              Host: authority,
              Accept: 'text/event-stream',
              Authorization: `Bearer ${token}`,
              Connection: 'close',
            },
          },
          (response) => {
            const type = response.headers['content-type'] ?? '';
            if (response.statusCode !== 200 || !type.startsWith('text/event-stream')) {
              // A refusal is the server's JSON Result, as for a call.
              const chunks: Buffer[] = [];
              response.on('data', (chunk: Buffer) => chunks.push(chunk));
              response.on('end', () => {
                let parsed: unknown;
                try {
                  parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
                } catch {
                  parsed = undefined;
                }
                end(
                  isResult(parsed) && !parsed.ok
                    ? { kind: 'refused', code: parsed.error.code, status: response.statusCode ?? 0 }
                    : { kind: 'broken', failure: 'not-cter' },
                );
              });
              return;
            }
            onOpen();
            response.setEncoding('utf8');
            let buffered = '';
            response.on('data', (text: string) => {
              heard();
              buffered += text;
              for (let at = buffered.indexOf('\n\n'); at >= 0; at = buffered.indexOf('\n\n')) {
                const event = eventOf(buffered.slice(0, at));
                buffered = buffered.slice(at + 2);
                if (event) onEvent(event);
              }
              if (buffered.length > MAX_EVENT_BYTES) end({ kind: 'broken', failure: 'not-cter' });
            });
            response.on('end', () => end({ kind: 'closed' }));
            response.on('error', () => end({ kind: 'broken', failure: 'unreachable' }));
          },
        );
        req.on('error', () => end({ kind: 'broken', failure: 'unreachable' }));
        req.end();
      })
      .catch((error: unknown) =>
        end({ kind: 'broken', failure: error instanceof TeamConnectionError ? error.kind : 'unreachable' }),
      );
    return { close: () => end({ kind: 'closed' }), ended };
  }

  const post: TeamClient['post'] = async (...args) => (await exchange(...args)).body;

  return {
    server: pinned,
    post,
    exchange,
    events,
    async hello() {
      const answer = await post('/rpc', { channel: 'app:info', input: {} });
      if (!answer.ok && answer.error.code === 'WORKSTATION_NOT_REGISTERED') {
        throw new TeamConnectionError('not-registered', 'no client certificate the server accepts');
      }
      if (answer.ok || answer.error.code !== 'NOT_AUTHENTICATED') {
        throw new TeamConnectionError('not-cter', 'unexpected answer without a token');
      }
    },
  };
}
