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
// Log-in is throttled by the database's counter, as a workstation's on PostgreSQL is.
// Events: the end of a session is published to its streams here at once (`close`), at other
// processes by their poll of the rows, which also ends idle and expired ones (session-watch.ts:
// `subscribe` and the poll; session-events.ts: the listeners and the timer).
// (Past ~400 lines: the session's life in one place, log-in to end.)
// A transport may name the client a request came from (`client`, its network address): the log-in
// records it on the row (migration 0017) and a call with the token from any other client is refused
// as if the token were unknown. In-process callers name none, and their sessions stay in-process.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isChannelName } from '../../../src-shared/ipc/contract';
import { AppError, isAppError, type Result } from '../../../src-shared/ipc/errors';
import { PERMISSIONS } from '../../../src-shared/ipc/permissions';
import { loginInput, type SessionUser } from '../../../src-shared/ipc/session';
import { fieldErrors } from '../../../src-shared/ipc/validation';
import { toSessionUser } from '../accounts/account-service';
import { AccountEntity, type Account } from '../db/entities/account';
import { query } from '../db/sql';
import type { Logger } from '../logger';
import { POLICY_KEY, policyFromSetting } from '../policy/policy';
import { toBridgeError, type Router } from '../router';
import { normaliseUsername } from '../vault/vault';
import type { Workspace } from '../workspace';
import { runAsServerCall, type CallTransfer, type ServerCall } from '../workspace/call-session';
import { atCommit } from '../workspace/round-trips';
import type { OpenSession } from '../workspace/session-state';
import { ForeignClients } from './foreign-clients';
import { answerOf, callKey, earlierAnswer, keyedCall, KeySweeper, type KeyedCall, type KeyRow } from './request-keys';
import {
  endSession,
  insertSession,
  openSession,
  recordActivity,
  ACCOUNT_COLUMN_PREFIX,
  KEY_COLUMN_PREFIX,
  saveKiosk,
  sessionCheck,
  type EndReason,
  type SessionRow,
} from './queries';
import type { SessionEvents, SessionListener } from './session-events';
import { SessionWatch, type EventSubscription } from './session-watch';

export type { EventSubscription };

/** How long a session lasts at most, however active (then: log in again). */
export const SESSION_HOURS = 12;
const TOKEN_BYTES = 32;
/** 32 bytes in base64url: 43 characters. Anything else is refused before the database is asked. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The workstation's name as the client gives it: shown in the audit, so short and plain. */
export const workstationName = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u);

export const serverLoginInput = loginInput.extend({ workstation: workstationName }).strict();

export interface ServerLogin {
  /** For the client only: the server keeps its hash. */
  token: string;
  sessionId: string;
  user: SessionUser;
  expiresAt: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

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

/** The audit entry of a session's end, as the desktop writes them (session-service.ts). */
const END_ENTRY: Record<EndReason, { action: string; details: Record<string, string> | null }> = {
  logout: { action: 'session:logout', details: null },
  lock: { action: 'session:lock', details: null },
  idle: { action: 'session:lock', details: { reden: 'inactiviteit' } },
  expired: { action: 'session:lock', details: { reden: 'verlopen' } },
  deactivated: { action: 'session:logout', details: { reden: 'gedeactiveerd' } },
  'password-reset': { action: 'session:logout', details: { reden: 'wachtwoord hersteld' } },
  'password-change': { action: 'session:logout', details: { reden: 'wachtwoord gewijzigd' } },
  restore: { action: 'session:logout', details: { reden: 'herstel' } },
};

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
        value: await runAsServerCall(checking, () => this.start(username, password, workstation, client)),
      };
    } catch (error) {
      if (!isAppError(error)) this.logger.error('server: log-in failed', error);
      return failure(isAppError(error) ? error : new AppError('INTERNAL'));
    }
  }

  private async start(
    username: string,
    password: string,
    workstation: string,
    client: string | null,
  ): Promise<ServerLogin> {
    const ws = this.ws;
    await this.open();
    const credentials = ws.credentials();
    const throttle = credentials.throttle;
    const tag = credentials.tag(username);
    const reserved = await throttle.reserve(tag, this.now());
    if (!reserved.ok) throw new AppError('THROTTLED', { seconds: reserved.seconds });
    let credentialId: string | null;
    try {
      const unlocked = await credentials.unlock(username, password);
      credentialId = unlocked.credentialId;
      unlocked.discard();
    } catch (error) {
      if (isAppError(error) && error.code === 'WRONG_CREDENTIALS') await throttle.reservedFailed(tag, this.now());
      else await throttle.release(tag);
      throw error;
    }
    await throttle.release(tag);
    const account = await ws.transaction((manager) =>
      manager.findOne(AccountEntity, { where: { username: normaliseUsername(username) } }),
    );
    if (!account || !account.active || !credentials.matches(account, credentialId)) {
      await ws.audit({
        actorId: account?.id ?? null,
        actorName: account?.username ?? null,
        action: 'session:login',
        kind: 'session',
        result: 'ACCOUNT_INACTIVE',
      });
      throw new AppError(account && !account.active ? 'ACCOUNT_INACTIVE' : 'WRONG_CREDENTIALS');
    }
    await throttle.recordSuccess(tag);

    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const now = this.ws.clock.now();
    const expiresAt = now.getTime() + SESSION_HOURS * 3_600_000;
    const user = toSessionUser({ ...account, lastLoginAt: now.toISOString() });
    const call = this.callFor(randomUUID(), workstation, user, null, now.getTime());
    const sessionId = call.sessionId as string;
    await runAsServerCall(call, () =>
      ws.transaction(async (manager, audit) => {
        await query(
          manager,
          insertSession({
            id: sessionId,
            tokenHash: hashToken(token),
            accountId: account.id,
            workstation,
            now: now.getTime(),
            expiresAt,
            clientAddress: client,
          }),
        );
        await manager.update(AccountEntity, { id: account.id }, { lastLoginAt: now.toISOString() });
        await audit.append(manager, {
          actorId: account.id,
          actorName: account.username,
          action: 'session:login',
          kind: 'session',
          result: 'ok',
        });
      }),
    );
    return { token, sessionId, user, expiresAt: new Date(expiresAt).toISOString() };
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
   * with that key, read in the same statement (null: none committed).
   */
  private async check(
    token: unknown,
    client: string | null,
    requestKey: string | null,
  ): Promise<{ call: ServerCall; keyRow: KeyRow | null }> {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw new AppError('NOT_AUTHENTICATED');
    const ws = this.ws;
    if (!ws.isOpen()) await this.open();
    // One statement, outside a transaction (no BEGIN, scope, COMMIT: these tables are outside row
    // security): the row, its account (read once for the whole call: the access scope uses it, see
    // `account` below) and the policy, read anew at every call, in whichever process.
    const found = await ws.read(async (manager) => {
      const columns = manager.connection.getMetadata(AccountEntity).columns;
      const [row] = await query<SessionRow & { policy: string | null } & Record<string, unknown>>(
        manager,
        sessionCheck(
          hashToken(token),
          columns.map((column) => column.databaseName),
          POLICY_KEY,
          requestKey,
        ),
      );
      if (!row) return null;
      let account: Account | null = null;
      if (row[`${ACCOUNT_COLUMN_PREFIX}id`] !== null) {
        // As TypeORM reads the entity (simple-json, booleans): its driver, column by column.
        const entity: Partial<Account> = {};
        for (const column of columns) {
          const value = row[`${ACCOUNT_COLUMN_PREFIX}${column.databaseName}`];
          column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(value, column));
        }
        account = entity as Account;
      }
      const keyRow: KeyRow | null =
        requestKey !== null && typeof row[`${KEY_COLUMN_PREFIX}channel`] === 'string'
          ? {
              channel: row[`${KEY_COLUMN_PREFIX}channel`] as string,
              input_hash: row[`${KEY_COLUMN_PREFIX}input_hash`] as string,
              answer: (row[`${KEY_COLUMN_PREFIX}answer`] as string | null) ?? null,
            }
          : null;
      return { row, account, keyRow, idleMinutes: policyFromSetting(row.policy).idleMinutes };
    });
    if (!found) {
      this.logger.warn('server: a call with an unknown session token was refused');
      throw new AppError('NOT_AUTHENTICATED');
    }
    const { row, account, keyRow, idleMinutes } = found;
    if ((row.client_address ?? null) !== client) {
      // Not ended: the session is still its own client's; this caller only does not hold it.
      this.logger.warn('server: a session token was refused from another client than its log-in');
      if (client !== null) await this.auditForeignClient(row, account, client);
      throw new AppError('NOT_AUTHENTICATED');
    }
    if (row.ended_at !== null) {
      throw new AppError(
        row.end_reason === 'idle' || row.end_reason === 'expired' ? 'SESSION_EXPIRED' : 'NOT_AUTHENTICATED',
      );
    }
    const user = account ? toSessionUser(account) : null;
    const call = this.callFor(row.id, row.workstation, user, parseKiosk(row.kiosk), Number(row.last_activity_at));
    if (call.session && account) call.session.account = { active: account.active, regionIds: account.regionIds };
    const now = this.now();
    if (!account || !account.active) {
      await this.close(call, 'deactivated');
      throw new AppError('NOT_AUTHENTICATED');
    }
    if (now >= Number(row.expires_at)) {
      await this.close(call, 'expired');
      throw new AppError('SESSION_EXPIRED');
    }
    if (now - Number(row.last_activity_at) >= idleMinutes * 60_000) {
      await this.close(call, 'idle');
      throw new AppError('SESSION_EXPIRED');
    }
    return { call, keyRow };
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
    const id = call.sessionId as string;
    const user = call.session?.user ?? null;
    const ended = await runAsServerCall(call, () =>
      this.ws.transaction(async (manager, audit) => {
        const [open] = await query(manager, openSession(manager, id));
        if (!open) return false;
        await query(manager, endSession(id, reason, this.now()));
        await audit.append(manager, {
          actorId: user?.id ?? null,
          actorName: user?.username ?? null,
          action: END_ENTRY[reason].action,
          kind: 'session',
          result: 'ok',
          details: END_ENTRY[reason].details,
        });
        return true;
      }),
    );
    if (ended) this.events.ended(id, reason);
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

const kioskShape = z.object({ roundId: z.number().int(), startedAt: z.string(), submitted: z.number().int() }).strict();

function parseKiosk(text: string | null): OpenSession['kiosk'] {
  if (!text) return null;
  return kioskShape.parse(JSON.parse(text));
}
