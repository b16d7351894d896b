// The sessions of a CTER server (issue 18): one core on a PostgreSQL store serving many clients at
// once. A log-in gets a token (32 random bytes, base64url) that the client sends with every call;
// only its SHA-256 is stored, in `server_session` (migration 0014), so several server processes on
// one database share the sessions and a process keeps none. Resolving a token enforces the idle
// lock (the policy's minutes, read from the database) and the absolute expiry (SESSION_HOURS), and
// re-reads the account, so a deactivated account or a changed role counts at the next call.
//
// A call runs AS its session (`dispatch`): bound with AsyncLocalStorage (workspace/call-session.ts),
// so the router and every handler see that session through `SessionState` unchanged, transactions
// carry its account for row security, and every audit entry names the session (its id, never the
// token) and the workstation in its details (`sessie`, `werkplek`). What the desktop keeps in the
// process stays out of it: the lock screen's name, the idle timer and the window are not touched;
// activity and the kiosk of an evaluation round are saved on the session's row after the call;
// logout and lock end the row, never the store, which stays open for the other sessions.
// Log-in is throttled by the database's counter, as a workstation's on PostgreSQL is, and slowed
// per network address (address-throttle.ts).
// Events: the end of a session is published to its streams here at once (`close`), at other
// processes by their poll of the rows, which also ends idle and expired ones (session-watch.ts:
// `subscribe` and the poll; session-events.ts: the listeners and the timer).
// The log-in itself is server-login.ts, resolving a token and its limits session-check.ts.
// A transport may name the client a request came from (`client`, its network address): the log-in
// records it on the row (migration 0017) and a call with the token from any other client is refused
// as if the token were unknown. In-process callers name none, and their sessions stay in-process.
import { isChannelName } from '../../../src-shared/ipc/contract';
import { AppError, isAppError, type Result } from '../../../src-shared/ipc/errors';
import { PERMISSIONS } from '../../../src-shared/ipc/permissions';
import type { SessionUser } from '../../../src-shared/ipc/session';
import { fieldErrors } from '../../../src-shared/ipc/validation';
import { toSessionUser } from '../accounts/account-service';
import { AccountEntity, type Account } from '../db/entities/account';
import { query } from '../db/sql';
import type { Logger } from '../logger';
import { toBridgeError, type Router } from '../router';
import type { Workspace } from '../workspace';
import { runAsServerCall, type CallTransfer, type ServerCall } from '../workspace/call-session';
import { atCommit } from '../workspace/round-trips';
import type { OpenSession } from '../workspace/session-state';
import { ForeignClients } from './foreign-clients';
import { AddressThrottle } from './address-throttle';
import { warmPool, type PoolWarmth } from './pool-warmth';
import { recordActivity, saveKiosk, type EndReason, type SessionRow } from './queries';
import { endSessionRow } from './session-end';
import { answerOf, callKey, earlierAnswer, keyedCall, KeySweeper, type KeyedCall, type KeyRow } from './request-keys';
import { serverLoginInput, startSession, type ServerLogin } from './server-login';
import { warmSchemas } from './code-warmth';
import { HashGate } from './hash-gate';
import { checkSession, type CheckHost } from './session-check';
import type { SessionEvents, SessionListener } from './session-events';
import { SessionWatch, type EventSubscription } from './session-watch';

export type { EventSubscription };
export { SESSION_HOURS, serverLoginInput, workstationName, type ServerLogin } from './server-login';

/**
 * Channels a client's session may call. The public and CLI-only ones belong to a workstation's own
 * installation (its login screen, set-up, restore from a file, the recovery key) or to the admin
 * CLI; on the server the log-in is `login` and the rest is IT's (`cter`).
 */
function servedChannel(channel: string): boolean {
  if (!isChannelName(channel)) return true; // the router answers UNKNOWN_CHANNEL
  const access = PERMISSIONS[channel];
  return access !== 'public' && access !== 'cli';
}

const failure = (error: AppError): Result<never> => ({ ok: false, error: toBridgeError(error) });

/** What a transport may learn of a call for its log line: the session's id, once resolved. */
export interface CallNote {
  sessionId: string | null;
}

/** What a transport adds to a call besides the token, the channel, the input and the client. */
export interface CallExtras {
  /** Learns the session's id once the token is resolved (the transport's log line). */
  note?: CallNote;
  /**
   * The client's key for a call that changes data (request-keys.ts): a repeat of it is answered as
   * the first time, without running the call again.
   */
  requestKey?: unknown;
  /**
   * The call's files to and from the workstation (call-platform.ts): the transport gives the
   * upload of an import and reads the deliveries once the call answered.
   */
  transfer?: CallTransfer;
}

export class ServerSessions {
  /** The listeners of this process's event streams, per session. */
  readonly events: SessionEvents;
  private readonly watch: SessionWatch;
  private readonly foreign = new ForeignClients();
  private readonly sweeper = new KeySweeper();
  /** The passwords checked at once by log-ins (hash-gate.ts); server.json's `passwordHashesAtOnce`. */
  readonly hashes = new HashGate();
  /** Failed log-ins per network address, in this process (address-throttle.ts). */
  readonly addresses = new AddressThrottle();
  /** What the log-in and the check use of the sessions (server-login.ts, session-check.ts). */
  private readonly host: CheckHost;

  constructor(
    private readonly ws: Workspace,
    private readonly logger: Logger,
    eventPollMs?: number,
  ) {
    this.watch = new SessionWatch(
      ws,
      logger,
      {
        resolve: (token, client) => this.resolve(token, client),
        endFound: (row, reason) => this.endFound(row, reason),
      },
      eventPollMs,
    );
    this.events = this.watch.events;
    this.host = {
      ws,
      logger,
      hashes: this.hashes,
      addresses: this.addresses,
      open: () => this.open(),
      now: () => this.now(),
      callFor: (...parts) => this.callFor(...parts),
      close: (call, reason) => this.close(call, reason),
      auditForeignClient: (row, account, client) => this.auditForeignClient(row, account, client),
    };
  }

  private now(): number {
    return this.ws.clock.now().getTime();
  }

  /** Opens the PostgreSQL store the data folder names, if not open yet; it stays open for every session. */
  async open(): Promise<void> {
    const store = this.ws.storeConfig();
    if (!store) throw new Error('server sessions need a PostgreSQL store (store.json)');
    await this.ws.openServer(store);
  }

  /**
   * Opens the store and every connection of its pool, warmed and kept (pool-warmth.ts), and builds
   * every channel's input schema (code-warmth.ts): what a server does before it says it listens, so
   * its first calls do not wait for connections or for zod.
   */
  async warm(): Promise<PoolWarmth & { schemas: number }> {
    await this.open();
    const { database } = this.ws.requireOpen();
    const pool = database.engine === 'postgres' ? await warmPool(database.source) : { connections: 0, tables: 0 };
    return { ...pool, schemas: warmSchemas().schemas };
  }

  /**
   * Checks a client's log-in (`{ username, password, workstation }`) and starts a session:
   * the token, once. Failures answer as `dispatch` does (WRONG_CREDENTIALS, THROTTLED, ...).
   */
  async login(raw: unknown, client: string | null = null): Promise<Result<ServerLogin>> {
    const parsed = serverLoginInput.safeParse(raw ?? {});
    if (!parsed.success) return failure(new AppError('INVALID_INPUT', undefined, fieldErrors(parsed.error)));
    const { username, password, workstation } = parsed.data;
    // Entries written while the password is checked name the workstation already.
    const checking: ServerCall = { sessionId: null, workstation, session: null, active: false, end: async () => {} };
    try {
      return {
        ok: true,
        value: await runAsServerCall(checking, () => startSession(this.host, username, password, workstation, client)),
      };
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: log-in failed', error);
      return failure(isAppError(error) ? error : new AppError('INTERNAL'));
    }
  }

  /**
   * Runs one call of the contract as the session `token` names: resolved (or refused with
   * NOT_AUTHENTICATED or SESSION_EXPIRED), then the router as for the desktop, bound to it.
   */
  async dispatch(
    token: unknown,
    channel: unknown,
    rawInput: unknown,
    route: Router['dispatch'],
    client: string | null = null,
    extras: CallExtras = {},
  ): Promise<Result<unknown>> {
    // A call that changes data, sent with a request key: a repeat is answered as the first time. The
    // earlier call's row is read with the session check (one statement for both).
    const asked = keyedCall('', extras.requestKey, channel, rawInput);
    let call: ServerCall;
    let keyRow: KeyRow | null;
    try {
      ({ call, keyRow } = await this.check(token, client, asked?.key ?? null));
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: resolving a session failed', error);
      return failure(isAppError(error) ? error : new AppError('INTERNAL'));
    }
    if (extras.note) extras.note.sessionId = call.sessionId;
    if (typeof channel === 'string' && !servedChannel(channel)) return failure(new AppError('NOT_ON_SERVER'));
    const keyed = asked ? { ...asked, sessionId: call.sessionId as string } : null;
    const earlier = keyed ? this.answerFound(keyed, keyRow) : null;
    if (earlier) return earlier;
    const key = keyed ? callKey(keyed, () => this.now()) : null;
    call.key = key;
    call.transfer = extras.transfer ?? null;
    const kioskBefore = kioskOf(call.session);
    const result = await runAsServerCall(call, () => route(channel, rawInput));
    try {
      await this.afterCall(call, kioskBefore);
    } catch (error) {
      this.logger.error('server: saving the session after a call failed', error);
      // A kiosk that was not saved would not hold at the next call: say the call failed.
      if (kioskOf(call.session) !== kioskBefore) return failure(new AppError('INTERNAL'));
    }
    // Another call with the key committed while this one waited: its answer is this one's too.
    if (keyed && key?.repeated) return (await this.earlier(keyed)) ?? result;
    return result;
  }

  /**
   * Listens to the events of the session `token` names: resolved as a call is (the same client
   * binding, idle and expiry rules, the same refusals), but neither this nor holding the stream
   * counts as activity, so a session with a stream still idle-locks (session-watch.ts).
   */
  subscribe(token: unknown, client: string | null, listener: SessionListener): Promise<Result<EventSubscription>> {
    return this.watch.subscribe(token, client, listener);
  }

  /** Ends a session the events' poll found past its idle time or absolute expiry, as its next call would. */
  private async endFound(row: SessionRow, reason: EndReason): Promise<void> {
    const account = await this.ws.transaction((manager) =>
      manager.findOne(AccountEntity, { where: { id: row.account_id } }),
    );
    const user = account ? toSessionUser(account) : null;
    await this.close(this.callFor(row.id, row.workstation, user, null, Number(row.last_activity_at)), reason);
  }

  /**
   * The first use of a session's token from `client` (another address than its log-in's) is an
   * audit entry, not only a log line; once per session and address (foreign-clients.ts).
   */
  private async auditForeignClient(row: SessionRow, account: Account | null, client: string): Promise<void> {
    if (!this.foreign.first(row.id, client)) return;
    await this.ws.audit({
      actorId: account?.id ?? row.account_id,
      actorName: account?.username ?? null,
      action: 'session:foreign-address',
      kind: 'session',
      result: 'NOT_AUTHENTICATED',
      details: { sessie: row.id, werkplek: row.workstation, adres: client },
    });
  }

  /** The answer a call with this key gave, a refusal of the key, or null (no call with it committed). */
  private async earlier(keyed: KeyedCall): Promise<Result<unknown> | null> {
    try {
      // One statement on a table outside row security: no transaction around it.
      const found = await this.ws.read((manager) => earlierAnswer(manager, keyed));
      if (found) this.logger.info('server: a repeated request was answered with its first answer');
      return found;
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: reading a request key failed', error);
      return failure(isAppError(error) ? error : new AppError('INTERNAL'));
    }
  }

  /** As `earlier`, from the key's row the session check read (`check`). */
  private answerFound(keyed: KeyedCall, row: KeyRow | null): Result<unknown> | null {
    try {
      const found = answerOf(row, keyed);
      if (found) this.logger.info('server: a repeated request was answered with its first answer');
      return found;
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: reading a request key failed', error);
      return failure(isAppError(error) ? error : new AppError('INTERNAL'));
    }
  }

  /** The session a token names, still open and within its limits; ends it when it is not. */
  private async resolve(token: unknown, client: string | null): Promise<ServerCall> {
    return (await this.check(token, client, null)).call;
  }

  /**
   * `resolve`, and with a call's request key (lower case) the row of an earlier call of the session
   * with that key, read in the same statement (null: none committed): session-check.ts.
   */
  private check(
    token: unknown,
    client: string | null,
    requestKey: string | null,
  ): Promise<{ call: ServerCall; keyRow: KeyRow | null }> {
    return checkSession(this.host, token, client, requestKey);
  }

  private callFor(
    sessionId: string,
    workstation: string,
    user: SessionUser | null,
    kiosk: OpenSession['kiosk'],
    lastActivity: number,
  ): ServerCall {
    const call: ServerCall = {
      sessionId,
      workstation,
      session: user ? { user, slotId: null, lastActivity, kiosk } : null,
      active: false,
      // With the call's first transaction (execute.ts); after the call when none committed it.
      // Sent with the transaction's COMMIT on PostgreSQL (workspace/round-trips.ts).
      saveActivity: (manager) => atCommit(manager, recordActivity(sessionId, this.now())),
      end: (how) => this.close(call, how),
    };
    return call;
  }

  /**
   * Ends the session's row (once, whichever process tries), audits how it ended, and tells the
   * session's streams in this process (the others learn it at their next poll).
   */
  private async close(call: ServerCall, reason: EndReason): Promise<void> {
    if (await endSessionRow(this.ws, call, reason, () => this.now()))
      this.events.ended(call.sessionId as string, reason);
  }

  /** Saves what the call changed on the session: its activity (unless its transaction did), its kiosk. */
  private async afterCall(call: ServerCall, kioskBefore: string | null): Promise<void> {
    const id = call.sessionId as string;
    const now = this.now();
    if (this.sweeper.due(now)) {
      await this.ws
        .transaction((manager) => KeySweeper.sweep(manager, now))
        .catch((error: unknown) => this.logger.warn(`server: deleting old request keys failed (${String(error)})`));
    }
    const kiosk = kioskOf(call.session);
    // The activity went with the call's transaction when one committed (execute.ts).
    const active = call.active && call.activity !== 'saved';
    if (!active && kiosk === kioskBefore) return;
    await this.ws.transaction(async (manager) => {
      if (active) await atCommit(manager, recordActivity(id, this.now()));
      if (kiosk !== kioskBefore) await query(manager, saveKiosk(id, kiosk));
    });
  }
}

const kioskOf = (session: OpenSession | null): string | null => (session?.kiosk ? JSON.stringify(session.kiosk) : null);
