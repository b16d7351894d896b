// How a client of the CTER server sends one call so that nothing is lost or done twice (issue 18):
// the call gets a request key (a UUID, `Idempotency-Key`) and, when the answer does not arrive —
// the connection refused, reset or timed out (the server restarting, a load balancer between two
// processes), or the server answering 502/503 (a gateway without a server; the database out of
// reach, or the call's transaction ended as a deadlock and rolled back: requests.ts `statusOf`) —
// the same call is sent again with the same key, a bounded number of times
// with growing pauses. The server runs a call with a key at most once per session and answers a
// repeat with the first answer (core/server/request-keys.ts), so a retry after a commit whose
// answer was lost returns that answer instead of saving twice. Anything else (any other status, a
// Result of any kind) is the answer and is returned as it is. When every attempt failed the last
// failure is given back: the caller says plainly that the call may not have been carried out and
// keeps what the user typed. Pure over `send`: the desktop's remote bridge supplies it (remote-bridge.ts,
// for every call that changes data).
import { randomUUID } from 'node:crypto';

/** What came back for one attempt. */
export interface Delivered<T> {
  status: number;
  body: T;
}

export type Sender<T> = (requestKey: string) => Promise<Delivered<T>>;

export interface RetryOptions {
  /** The call's key; a new one by default. Give the same key for the same call, never for another. */
  requestKey?: string;
  /** The pauses before the 2nd, 3rd, ... attempt (ms); their number bounds the retries. */
  delaysMs?: readonly number[];
  /** Waits (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** Whether a thrown error means the call did not get through (default: Node's socket error codes). */
  retryable?: (error: unknown) => boolean;
}

/** About 10 s in all: long enough for a server process to restart, short enough for a user to wait. */
export const DEFAULT_DELAYS_MS = [250, 500, 1_000, 2_000, 3_000, 3_000] as const;

/** Statuses that mean: nobody (or no database) answered the call, or it was undone; try the same call again. */
const RETRY_STATUSES = new Set([502, 503]);

/** Error codes of Node's sockets and TLS that mean: the request or its answer did not get through. */
const CONNECTION_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_ERRORS.has(code);
}

export type RetryOutcome<T> =
  | { kind: 'answered'; requestKey: string; attempts: number; delivered: Delivered<T> }
  | { kind: 'unreachable'; requestKey: string; attempts: number; error: unknown };

/**
 * Sends the call until it is answered (or the attempts run out). Every attempt carries the same
 * key. A final 502/503 comes back as `answered` (with its body); a final connection error as
 * `unreachable`. An error that is not a connection error is thrown at once (a bug, not the wire).
 */
export async function sendWithRetry<T>(send: Sender<T>, options: RetryOptions = {}): Promise<RetryOutcome<T>> {
  const requestKey = options.requestKey ?? randomUUID();
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let attempts = 0;
  for (;;) {
    attempts += 1;
    let outcome: RetryOutcome<T>;
    try {
      const delivered = await send(requestKey);
      outcome = { kind: 'answered', requestKey, attempts, delivered };
      if (!RETRY_STATUSES.has(delivered.status)) return outcome;
    } catch (error) {
      if (!(options.retryable ?? isConnectionError)(error)) throw error;
      outcome = { kind: 'unreachable', requestKey, attempts, error };
    }
    const delay = delays[attempts - 1];
    if (delay === undefined) return outcome;
    await sleep(delay);
  }
}
