// The server session a call runs for (team mode, core/server/): bound per call with Node's
// AsyncLocalStorage, so the handlers, which read the session at call time through `SessionState`,
// serve many sessions in one core unchanged. Outside a bound call (the desktop, the CLI, the idle
// timer) nothing is bound and `SessionState` answers with the installation's one session as before.
// The audit log names the bound session and workstation in every entry it writes (`withCallOrigin`).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Locale } from '../../../src-shared/domain/locale';
import type { DeliveryKind, PrintLayout } from '../../../src-shared/ipc/file-transfer';
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
  /**
   * A server call's account as its session check read it at the start of this call
   * (core/server/server-sessions.ts): the access scope uses it instead of reading the account a
   * second time in the same call. Absent on the desktop, whose session lasts hours: there the scope
   * reads the account each time (access/access.ts scopeFor).
   */
  account?: { active: boolean; regionIds: number[] };
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

/**
 * What a server call hands to the workstation and what it brought from there (team mode): the
 * call's platform (core/server/call-platform.ts) fills `deliveries` where the handler would save a
 * file or print, and gives `upload` where it would read a file the user chose; the transport puts
 * the deliveries in the answer (src-shared/ipc/file-transfer.ts).
 */
export interface CallTransfer {
  /** The bytes of the file the workstation's user chose for an import; null: none (cancelled). */
  readonly upload: Uint8Array | null;
  /** Files to save and print views to render or print, on the workstation, in this order. */
  readonly deliveries: Handover[];
  /**
   * The workstation's UI language, for the words the server puts in what it hands over (a PDF's
   * header and page label); absent or null: the server's own (its preferences).
   */
  readonly locale?: Locale | null;
}

/** One thing handed to the workstation (its wire form: `Delivery` in file-transfer.ts). */
export type Handover =
  | { type: 'file'; name: string; kind: DeliveryKind; bytes: Uint8Array }
  | { type: 'pdf'; name: string; layout: PrintLayout }
  | { type: 'print'; layout: PrintLayout };

export interface ServerCall {
  /** The session's id in `server_session` (never its token); null while a log-in is being checked. */
  readonly sessionId: string | null;
  /** The workstation name the client gave at log-in. */
  readonly workstation: string;
  /** The session as the handlers see it; null while a log-in is being checked. */
  session: OpenSession | null;
  /** Set when the router counted the call as activity (`SessionState.touch`). */
  active: boolean;
  /**
   * Writes the call's activity on its session row, in `manager`'s transaction: the first of the
   * call's transactions does it at its end (execute.ts), so the activity needs no transaction of
   * its own; absent for a caller that keeps no row.
   */
  saveActivity?: (manager: EntityManager) => Promise<void>;
  /**
   * `riding`: a transaction of the call is writing the activity; `saved`: that transaction
   * committed. Otherwise (none ran, or it rolled back) the session writes it after the call.
   */
  activity?: 'riding' | 'saved';
  /** The call's request key, when it changes data and came with one. */
  key?: CallKey | null;
  /** Files and prints to or from the workstation; absent for a caller that carries none. */
  transfer?: CallTransfer | null;
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
 * `werkplek`), so the hash chain covers them; unchanged outside a server call. A successful entry
 * of a call that handed files or prints to the workstation names them too (`naarWerkplek`: the
 * file names, `afdruk` for the printer): in-process they would have been saved or printed here,
 * on the server they leave it for the workstation. (An audit input; typed by its details and
 * result alone, so this layer does not import the audit log that calls it.)
 */
export function withCallOrigin<
  Input extends { details?: Record<string, string | number | boolean | null> | null; result?: string },
>(input: Input): Input {
  const call = calls.getStore();
  if (!call) return input;
  const origin: Record<string, string> =
    call.sessionId === null ? { werkplek: call.workstation } : { sessie: call.sessionId, werkplek: call.workstation };
  const handed = call.transfer?.deliveries ?? [];
  if (handed.length > 0 && input.result === 'ok')
    origin['naarWerkplek'] = handed.map((item) => (item.type === 'print' ? 'afdruk' : item.name)).join(', ');
  return { ...input, details: { ...input.details, ...origin } };
}
