// The server session a call runs for (team mode, core/server/): bound per call with Node's
// AsyncLocalStorage, so the handlers, which read the session at call time through `SessionState`,
// serve many sessions in one core unchanged. Outside a bound call (the desktop, the CLI, the idle
// timer) nothing is bound and `SessionState` answers with the installation's one session as before.
// The audit log names the bound session and workstation in every entry it writes (`withCallOrigin`).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../../src-shared/ipc/session';

/**
 * A logged-in session as the handlers see it: the desktop's one (session-state.ts) or the server
 * session a call is bound to (here, so this module needs nothing of session-state's).
 */
export interface OpenSession {
  user: SessionUser;
  /** The key slot that opened the SQLCipher database; null on PostgreSQL, which has no key slots. */
  slotId: string | null;
  lastActivity: number;
  /** Kiosk mode (evaluations): the round respondents answer; only kiosk channels work meanwhile. */
  kiosk: { roundId: number; startedAt: string; submitted: number } | null;
}

/**
 * The request key a call that changes data was sent with (core/server/request-keys.ts): recorded
 * in the transaction of the call's writes (execute.ts), with its answer, so that a retry of the
 * call finds it exactly when the call committed.
 */
export interface CallKey {
  /** Records the key in `manager`'s transaction; refuses when a call with this key committed first. */
  claim(manager: EntityManager): Promise<void>;
  /** Keeps the answer with the key (claimed in this or an earlier transaction). */
  keep(manager: EntityManager, value: unknown): Promise<void>;
  /** Whether the key is recorded in a transaction of this call. */
  readonly claimed: boolean;
}

export interface ServerCall {
  /** The session's id in `server_session` (never its token); null while a log-in is being checked. */
  readonly sessionId: string | null;
  /** The workstation name the client gave at log-in. */
  readonly workstation: string;
  /** The session as the handlers see it; null while a log-in is being checked. */
  session: OpenSession | null;
  /** Set when the router counted the call as activity (`SessionState.touch`). */
  active: boolean;
  /** The call's request key, when it changes data and came with one. */
  key?: CallKey | null;
  /** Ends this server session (logout, lock, idle); the store stays open for the other sessions. */
  end(how: 'lock' | 'idle' | 'logout'): Promise<void>;
}

const calls = new AsyncLocalStorage<ServerCall>();

/** Runs `work` (and everything it starts) as `call`. */
export function runAsServerCall<T>(call: ServerCall, work: () => Promise<T>): Promise<T> {
  return calls.run(call, work);
}

/** The server call the current code runs in, or undefined (desktop, CLI, timers). */
export function serverCall(): ServerCall | undefined {
  return calls.getStore();
}

/**
 * `input` with the bound server session and workstation added to its details (`sessie`,
 * `werkplek`), so the hash chain covers them; unchanged outside a server call. (An audit input;
 * typed by its details alone, so this layer does not import the audit log that calls it.)
 */
export function withCallOrigin<Input extends { details?: Record<string, string | number | boolean | null> | null }>(
  input: Input,
): Input {
  const call = calls.getStore();
  if (!call) return input;
  const origin: Record<string, string> =
    call.sessionId === null ? { werkplek: call.workstation } : { sessie: call.sessionId, werkplek: call.workstation };
  return { ...input, details: { ...input.details, ...origin } };
}
