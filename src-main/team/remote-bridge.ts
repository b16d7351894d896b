// The workstation's bridge in team mode (issue 18): the same shape Electron's main uses from core
// (`dispatch`, `onEvent`, `emit`, `close`), answered by the CTER server over the pinned client.
//
// - `app:info` and `app:set-locale` are the workstation's own: answered by the embedded core (no
//   database, only the preferences file), which main keeps anyway for the wizard; `app:info` names
//   the server instead of a database file.
// - `session:login` is `POST /login` with this computer's name; the token it returns stays in this
//   object (main's memory) only: never on disk, never in an answer to the renderer. `session:logout`
//   is `POST /logout`; every other channel is `POST /rpc` with the token, and a change also with a
//   request key, sent again with the same key while the server cannot be reached or answers 502/503
//   (its database out of reach, or a transaction PostgreSQL ended as a deadlock: `send`).
// - `vault:status` is made here (the server answers NOT_ON_SERVER to it): `unlocked` with the user of
//   the log-in while there is a token; otherwise `locked` when the server answers, `no-connection`
//   (problem SERVER_UNREACHABLE, or FINGERPRINT_MISMATCH / NOT_A_CTER_SERVER) when it does not.
// - The login screen's other public channels (set-up, demo, restore from a file, the recovery key)
//   belong to a workstation's own database: NOT_ON_SERVER here, as on the server; `team:*` are
//   SETUP_NOT_ALLOWED (this workstation is set up already).
// - No connection (refused, reset, timeout, TLS): the Result NO_CONNECTION (SERVER_UNREACHABLE before
//   log-in) and a `connection` event when that changes. A logged-in user stays logged in.
// - NOT_AUTHENTICATED or SESSION_EXPIRED from the server for the token (an idle lock, a logout
//   elsewhere, a beheerder's deactivation or reset): the token is dropped and `session-ended` emitted.
// - Events from the server: while logged in, the session's stream (`GET /events`) is held open and
//   its events go through `serverEvent`, so a session the server ends shows at once. The session's
//   state here (token, user, kiosk, lock screen, connection) and that stream: remote-session.ts.
// - Files and prints (exports, print:view, imports): the server hands over what it would have saved
//   or printed, and this workstation's platform saves or prints it; an import's file is chosen and
//   read here and its bytes sent (hand-over.ts, src-shared/ipc/file-transfer.ts), but only when the
//   user's roles allow the channel: otherwise the call goes without a file and the server refuses
//   it, so nobody picks a file only to be told no (in-process the router refuses before any dialog).
//   A print's header and page label are made by the server in the language of this workstation's
//   UI, which `print:view` carries as `locale`.
// - Meetings checked out to this workstation (issue 19): the copies opened at log-in answer their
//   meeting's minutes channels and offline:* (offline-copies.ts), before anything is sent; without
//   a connection, a log-in that a copy's password opens is an offline session (a user, no token)
//   in which only those copies answer. Once the server answers again, the offline session ends as
//   a lock (`reconnected`), so the next log-in gets a token (and check-in can be sent). The return
//   is noticed without the user doing anything (return-watch.ts): during an offline session, and
//   before log-in while `vault:status` finds no server (the problem screen), the server is asked
//   every 15–30 s whether it answers. A call no copy answers notices it as before.
import type { Locale } from '../../src-shared/domain/locale';
import { contract, isChannelName, type ChannelName } from '../../src-shared/ipc/contract';
import type { ErrorCode, Result } from '../../src-shared/ipc/errors';
import { decideAccess, PERMISSIONS } from '../../src-shared/ipc/permissions';
import type { SessionUser, VaultStatus } from '../../src-shared/ipc/session';
import { authorityOf, createTeamClient, TeamConnectionError } from './client';
import { createOfflineCopies, type OfflineCopies } from './offline-copies';
import type { RemoteBridge, RemoteBridgeOptions } from './remote-bridge-options';
import { createRemoteCalls, fail } from './remote-calls';
import { createRemoteSession } from './remote-session';
import { createReturnWatch } from './return-watch';
import { workstationName } from './workstation-name';

export { STREAM_RETRY_MAX_MS } from './remote-session';
export type { BridgeBackend, RemoteBridge, RemoteBridgeOptions } from './remote-bridge-options';

/** Answered here, never sent: the login screen's channels of a workstation's own database. */
function notOnServer(channel: ChannelName): ErrorCode | null {
  if (channel === 'team:probe' || channel === 'team:connect') return 'SETUP_NOT_ALLOWED';
  const access = PERMISSIONS[channel];
  return access === 'public' || access === 'cli' ? 'NOT_ON_SERVER' : null;
}

export function createRemoteBridge(options: RemoteBridgeOptions): RemoteBridge {
  const server = options.server;
  const client = options.client ?? createTeamClient(server, options.timeouts, options.identity);
  const logger = options.logger ?? {
    warn: (message: string) => console.warn(`[cter] ${message}`),
    error: (message: string, error?: unknown) => console.error(`[cter] ${message}`, error),
  };
  const workstation = options.workstation ?? workstationName();
  // The session: in this process's memory only (remote-session.ts).
  const session = createRemoteSession(client, {
    ...(options.setKiosk ? { setKiosk: options.setKiosk } : {}),
    onEnd: () => {
      copies?.lock();
      returnWatch.stop();
    },
  });
  // The meetings checked out to this workstation, opened for the logged-in user only.
  const copies: OfflineCopies | null = options.offline
    ? createOfflineCopies({
        store: options.offline,
        server: (channel, input) => call(channel, input, false),
        checkPassword,
        logger,
        ...(options.now ? { now: options.now } : {}),
      })
    : null;

  // The server's return noticed without a call: in an offline session, and on the problem screen
  // before log-in (return-watch.ts).
  const returnWatch = createReturnWatch({
    client,
    session,
    ...(options.returnProbeMs ? { probeMs: options.returnProbeMs } : {}),
    ...(options.returnGraceMs !== undefined ? { graceMs: options.returnGraceMs } : {}),
  });

  /** A failure of the connection, as the Result the renderer gets. */
  const failure = (error: unknown, loggedIn: boolean): Result<never> => {
    if (!(error instanceof TeamConnectionError)) {
      logger.error('team: a call to the server failed', error);
      return fail('INTERNAL');
    }
    session.setConnected(false);
    if (error.kind === 'mismatch') {
      logger.warn('team: the server showed another certificate than the pinned one; nothing was sent');
      return fail('FINGERPRINT_MISMATCH');
    }
    if (error.kind === 'not-cter') return fail('NOT_A_CTER_SERVER');
    if (error.kind === 'not-registered') return fail('WORKSTATION_NOT_REGISTERED');
    return fail(loggedIn ? 'NO_CONNECTION' : 'SERVER_UNREACHABLE');
  };

  const status = async (): Promise<VaultStatus> => {
    const lockedUser = session.lockedUser;
    const base = { demo: false, problem: null, server: true, interruptedRestore: null, lockedUser };
    const team = (now: boolean) => ({ host: server.host, port: server.port, connected: now });
    // Before a log-in, online or not: copies kept here that nobody can open (offline-store.ts).
    const damagedCopies = options.offline?.damaged() ?? [];
    const { token, user } = session;
    if (user && (token || session.offline))
      return { ...base, state: 'unlocked', user, kiosk: session.kiosk, team: team(session.connected) };
    try {
      await client.hello();
      returnWatch.stop();
      session.setConnected(true);
      return { ...base, state: 'locked', user: null, kiosk: false, team: { ...team(true), damagedCopies } };
    } catch (error) {
      const answer = failure(error, false);
      const problem = answer.ok ? null : answer.error.code;
      // A server out of reach (not one showing another certificate): a log-in may open the meetings kept here.
      const offlineCopies = isUnreachable(error) && (options.offline?.holdsAny() ?? false);
      // The problem screen: the server's return is noticed without a click (return-watch.ts).
      returnWatch.beforeLogin();
      return {
        ...base,
        state: 'no-connection',
        problem,
        user: null,
        kiosk: false,
        team: { ...team(false), offlineCopies, damagedCopies },
      };
    }
  };

  const login = async (rawInput: unknown): Promise<Result<unknown>> => {
    if (session.token) {
      // A second log-in replaces the first: that session ends, whatever becomes of this one.
      await endOnServer('/logout', 'session:logout');
      session.forget('logout');
    }
    const input = typeof rawInput === 'object' && rawInput !== null ? rawInput : {};
    let answer: Result<unknown>;
    const { username, password } = input as { username?: unknown; password?: unknown };
    const typed = typeof username === 'string' && typeof password === 'string' ? { username, password } : null;
    try {
      answer = await client.post('/login', { ...input, workstation });
    } catch (error) {
      const refused = failure(error, false);
      // No server: the password of a meeting kept here opens that meeting (and nothing else).
      const offlineUser = typed && isUnreachable(error) ? await openOffline(typed.username, typed.password) : null;
      if (!offlineUser) return refused;
      session.beginOffline(offlineUser);
      returnWatch.offline();
      return { ok: true, value: { user: offlineUser } };
    }
    session.setConnected(true);
    if (!answer.ok) return answer;
    const value = answer.value as { token: string; user: SessionUser };
    session.begin(value.token, value.user, options.events !== false);
    returnWatch.stop();
    if (typed) await openCopies(typed.username, typed.password);
    // Only the user: the token never leaves this object.
    return { ok: true, value: { user: value.user } };
  };

  const isUnreachable = (error: unknown) => error instanceof TeamConnectionError && error.kind === 'unreachable';

  /** The user's copies on this workstation, opened with the log-in's password (a damaged one: logged). */
  async function openCopies(username: string, password: string) {
    try {
      await copies?.unlock(username, password);
    } catch (error) {
      logger.error('offline: a copy on this workstation could not be opened', error);
    }
  }

  async function openOffline(username: string, password: string): Promise<SessionUser | null> {
    try {
      return (await copies?.unlockOffline(username, password)) ?? null;
    } catch (error) {
      logger.error('offline: a copy on this workstation could not be opened', error);
      return null;
    }
  }

  /** The password, checked at the server by a log-in of its own that ends at once. */
  async function checkPassword(username: string, password: string): Promise<Result<null>> {
    try {
      const answer = await client.post('/login', { username, password, workstation });
      if (!answer.ok) return answer;
      await client.post('/logout', {}, (answer.value as { token: string }).token);
      return { ok: true, value: null };
    } catch (error) {
      return failure(error, true);
    }
  }

  /** Ends the session at the server as far as it answers; here it ends whatever the server says. */
  async function endOnServer(path: '/logout' | '/rpc', channel: 'session:logout' | 'session:lock') {
    const held = session.token;
    if (!held) return;
    try {
      await client.post(path, path === '/rpc' ? { channel, input: {} } : {}, held);
      session.setConnected(true);
    } catch (error) {
      // Without a connection the server ends the session at its idle limit; here it is gone now.
      failure(error, true);
    }
  }

  const { send, uploadFor, localeFor, handOver } = createRemoteCalls({ client, session, options, logger });

  const call = async (channel: ChannelName, rawInput: unknown, flush = true): Promise<Result<unknown>> => {
    const { token: held, user } = session;
    if (user && session.offline) return offlineCall(channel);
    if (!held || !user) return fail('NOT_AUTHENTICATED');
    // A lease ended here while offline is ended at the server before anything else is asked.
    if (flush) await copies?.flushPending();
    // The session the call was made in: the open dialog may outlast it (a lock, an idle end).
    const upload = await uploadFor(channel, user);
    if (!upload.ok) return fail(upload.code);
    if (session.token !== held) return fail('NOT_AUTHENTICATED');
    const locale = await localeFor(channel);
    const request = {
      channel,
      input: rawInput ?? {},
      ...(upload.value ? { upload: upload.value } : {}),
      ...(locale ? { locale } : {}),
    };
    let answer: Result<unknown>;
    try {
      answer = await send(channel, request, held);
    } catch (error) {
      const refused = failure(error, true);
      return (isUnreachable(error) && copies?.whenUnreachable(channel)) || refused;
    }
    session.setConnected(true);
    answer = await handOver(answer);
    if (!answer.ok) {
      const code = answer.error.code;
      if (code === 'NOT_AUTHENTICATED' || code === 'SESSION_EXPIRED')
        session.forget(code === 'SESSION_EXPIRED' ? 'idle' : 'ended');
      return answer;
    }
    if (channel === 'session:change-password') session.setUser((answer.value as { user: SessionUser }).user);
    if (channel === 'evaluations:kiosk-start') session.setKiosk(true);
    if (channel === 'evaluations:kiosk-exit') session.setKiosk(false);
    return answer;
  };

  /**
   * A call in an offline session that no copy answers: still no connection, or — once the server
   * answers — the offline session ends as a lock (`reconnected`: the lock screen says the server
   * answers again), and the password gets a session of the server's.
   */
  async function offlineCall(channel: ChannelName): Promise<Result<unknown>> {
    try {
      await client.hello();
    } catch (error) {
      return (isUnreachable(error) && copies?.whenUnreachable(channel)) || failure(error, true);
    }
    session.forget('reconnected');
    return fail('SESSION_EXPIRED');
  }

  /** A call the copies on this workstation answer (the user's roles checked as the router would), or null. */
  function answerHere(channel: ChannelName, rawInput: unknown): Promise<Result<unknown>> | null {
    const user = session.user;
    if (!copies || !user) return null;
    const checkOut = channel === 'offline:check-out';
    const here = checkOut ? null : copies.route(channel, rawInput);
    if (!checkOut && !here) return null;
    const caller = { roles: user.roles, mustChangePassword: user.mustChangePassword, kiosk: session.kiosk };
    const decision = decideAccess(channel, caller);
    if (decision !== 'allowed') return Promise.resolve(fail(decision === 'kiosk' ? 'KIOSK_ACTIVE' : 'FORBIDDEN'));
    if (here) return here();
    const parsed = contract['offline:check-out'].input.safeParse(rawInput ?? {});
    return parsed.success ? copies.checkOut(parsed.data, user) : Promise.resolve(fail('INVALID_INPUT'));
  }

  async function dispatch(channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannelName(channel)) return fail('UNKNOWN_CHANNEL');
    switch (channel) {
      case 'app:info': {
        const info = await options.local('app:info', rawInput);
        if (!info.ok) return info;
        // The data lives on the server: name it, not a file on this workstation.
        const value = info.value as { locale: Locale };
        return {
          ok: true,
          value: { ...value, databasePath: `https://${authorityOf(server)}`, schemaVersion: null },
        };
      }
      case 'app:set-locale':
        return options.local('app:set-locale', rawInput);
      case 'vault:status':
        return { ok: true, value: await status() };
      case 'session:login':
        return login(rawInput);
      case 'session:logout':
      case 'session:lock': {
        // An offline session has nothing at the server to end: it ends here (the copies closed).
        if (session.offline) {
          session.forget(channel === 'session:lock' ? 'lock' : 'logout');
          return { ok: true, value: {} };
        }
        if (!session.token) return fail('NOT_AUTHENTICATED');
        await endOnServer(channel === 'session:logout' ? '/logout' : '/rpc', channel);
        session.forget(channel === 'session:lock' ? 'lock' : 'logout');
        return { ok: true, value: {} };
      }
      default: {
        const refused = notOnServer(channel);
        if (refused) return fail(refused);
        const here = answerHere(channel, rawInput);
        if (here) return here;
        if (channel.startsWith('offline:')) return fail(session.user ? 'NO_LOCAL_COPY' : 'NOT_AUTHENTICATED');
        return call(channel, rawInput);
      }
    }
  }

  return {
    server,
    dispatch,
    onEvent: (listener) => session.onEvent(listener),
    emit: (event) => session.emit(event),
    serverEvent: (event) => session.serverEvent(event),
    async close() {
      // As the desktop's core ends its session at quit: logged out at the server, within seconds.
      const ending = endOnServer('/logout', 'session:logout');
      await Promise.race([ending, new Promise((done) => setTimeout(done, 3_000).unref())]);
      session.close();
    },
  };
}
