// Composition root of core: builds the services for one installation and the router in front of
// them. Electron's main process, the Chromium test harness and the CLI all call createCore;
// nothing reaches a service except through `dispatch`.
import type { AdminPolicyResult } from '../../src-shared/domain/admin-policy';
import type { Locale } from '../../src-shared/domain/locale';
import { IDLE_CHECK_MS } from '../../src-shared/domain/idle-warning';
import type { AppEvent } from '../../src-shared/ipc/events';
import { AppError, type Result } from '../../src-shared/ipc/errors';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { accountHandlers } from './accounts/handlers';
import { appHandlers } from './app/handlers';
import { PreferencesStore } from './app/preferences';
import { auditHandlers } from './audit/handlers';
import { CaseService } from './cases/case-service';
import { caseHandlers } from './cases/handlers';
import { backupHandlers, restoreFromLoginScreen, restoreOnServer } from './backup/handlers';
import { systemClock, type Clock } from './clock';
import { executionHooks } from './execute';
import type { Handlers } from './handlers';
import { consoleLogger, type Logger } from './logger';
import { headlessPlatform, type Platform } from './platform';
import { applyAdminPolicy } from './policy/admin';
import { policyHandlers } from './policy/handlers';
import { personHandlers } from './persons/handlers';
import { printHandlers } from './print/handlers';
import { listHandlers } from './lists/handlers';
import { meetingHandlers } from './meetings/handlers';
import { mentoringHandlers } from './mentoring/handlers';
import { expertHandlers } from './experts/handlers';
import { ConvenantService } from './convenant/convenant-service';
import { convenantHandlers } from './convenant/handlers';
import { evaluationHandlers } from './evaluations/handlers';
import { TemplateService } from './evaluations/template-service';
import { retentionHandlers } from './retention/handlers';
import { rightsHandlers } from './rights/handlers';
import { figureHandlers } from './figures/handlers';
import { createRouter } from './router';
import { caseSearchByDialect, postgresCaseSearch, sqliteCaseSearch } from './search/case-search';
import { searchHandlers } from './search/handlers';
import { callLocale, callPlatform } from './server/call-platform';
import { ServerSessions, type CallExtras, type CallNote } from './server/server-sessions';
import type { CallTransfer, Handover } from './workspace/call-session';

export type { CallExtras, CallNote, CallTransfer, Handover };
import { sessionHandlers } from './session/handlers';
import { SessionService } from './session/session-service';
import { SetupService } from './session/setup-service';
import { trajectoryHandlers } from './trajectories/handlers';
import { signalHandlers } from './signals/handlers';
import { SignalService } from './signals/signal-service';
import { workHandlers } from './work/handlers';
import { vaultAdminHandlers } from './vault/admin-handlers';
import { vaultHandlers } from './vault/handlers';
import { offlineHandlers, teamHandlers } from './vault/team-handlers';
import { Workspace } from './workspace';
import { serverCall } from './workspace/call-session';

export interface CoreOptions {
  /** Folder for the settings file and (by default) the database. */
  dataDir: string;
  /** A fixed database file (the CLI's --db), instead of the one the settings name. */
  databasePath?: string;
  /** The application's resources folder (password lists, example content). */
  resourcesDir: string;
  appVersion: string;
  /** The build id of a packed app (about dialog); `dev` when not given. */
  appBuild?: string;
  /**
   * The administrator's policy (src-main/electron/admin-policy.ts reads it): fixes the idle lock,
   * the language, the demo offer, the retention minimum. Main applies the data folder and the
   * server itself. Absent: nothing is managed.
   */
  adminPolicy?: AdminPolicyResult;
  logger?: Logger;
  clock?: Clock;
  platform?: Platform;
  /** better_sqlite3.node built for Electron (development runs only). */
  nativeBinding?: string | undefined;
  /** Check for an idle session this often (ms); 0 turns the timer off. */
  idleCheckMs?: number;
  /** A CTER server: how often the sessions with an event stream are looked at (ms; 0: never). */
  eventPollMs?: number;
  /** Called after the user chose another UI language (main rebuilds its menu). */
  onLocaleChanged?: (locale: Locale) => void;
  /**
   * The admin CLI's core: opens the channels the permission table reserves for the CLI. Never set
   * for the app, whose dispatch serves the renderer.
   */
  cli?: boolean;
  /**
   * Whether a log-in on the SQLCipher file starts the full check of the file in the background
   * (db/integrity-check.ts); true when not given, as the app needs. The CLI's core says false: its
   * command's own writes void the result, and the process would wait for the worker's read of the
   * whole file before it could exit.
   */
  checkAfterLogin?: boolean;
}

export interface Core {
  dispatch(channel: unknown, rawInput: unknown): Promise<Result<unknown>>;
  /**
   * A CTER server's call (team mode, PostgreSQL): `dispatch` as the session `token` names, from
   * `server.login`. NOT_AUTHENTICATED or SESSION_EXPIRED when the token does not (or no longer) hold,
   * or when `client` (the transport's name for the caller, its address) is not the log-in's.
   * `extras`: what the transport adds (server-sessions.ts `CallExtras`): `note` learns the session's
   * id once the token is resolved (the transport's log line); `requestKey` is the client's key for a
   * call that changes data (request-keys.ts): a repeat is answered as the first time, not run again.
   */
  dispatchAs(
    token: unknown,
    channel: unknown,
    rawInput: unknown,
    client?: string | null,
    extras?: CallExtras,
  ): Promise<Result<unknown>>;
  /**
   * Subscribe to events for the renderer; returns the unsubscribe function. An event emitted during
   * a server session's call goes to that session's event streams only (`server.events`), never here.
   */
  onEvent(listener: (event: AppEvent) => void): () => void;
  emit(event: AppEvent): void;
  /** Locks the session when it has been idle for the policy's minutes (the timer calls this too). */
  checkIdle(): Promise<boolean>;
  /** Ends the session and closes the database (application quit). */
  close(): Promise<void>;
  /** For tests: the services behind the router (the CLI, like the renderer, uses `dispatch`). */
  readonly workspace: Workspace;
  readonly sessions: SessionService;
  readonly setup: SetupService;
  /** The sessions of a CTER server: log-in of a client (its token), resolved by `dispatchAs`. */
  readonly server: ServerSessions;
}

/**
 * The case search the core uses, in one place (the benchmarks take it from here too): the store
 * that is open decides, FTS5 on the SQLCipher file, tsvector on PostgreSQL.
 */
export const caseSearch = caseSearchByDialect({ sqlite: sqliteCaseSearch, postgres: postgresCaseSearch });

export function createCore(options: CoreOptions): Core {
  const logger = options.logger ?? consoleLogger();
  const preferences = new PreferencesStore(options.dataDir, logger);
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    const call = serverCall();
    if (call) {
      if (call.sessionId !== null) server.events.publish(call.sessionId, event);
      return;
    }
    for (const listener of listeners) listener(event);
  };
  // A CTER server's call hands its files and prints to the workstation (server/call-platform.ts).
  const platform = callPlatform(options.platform ?? headlessPlatform);
  const ws = new Workspace({
    databasePath: () => options.databasePath ?? preferences.databasePath(),
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    clock: options.clock ?? systemClock,
    logger,
    platform,
    nativeBinding: options.nativeBinding,
    emit,
    checkAfterLogin: options.checkAfterLogin ?? true,
  });
  // A restore that a crash cut off is finished (or undone) before anything reads the database.
  ws.settleInterruptedRestore();
  const sessions = new SessionService(ws);
  const search = caseSearch;
  const cases = new CaseService(search);
  const signals = new SignalService(cases, search);
  const convenant = new ConvenantService(options.resourcesDir);
  // Every database has a covenant to read: the fictitious example until the real one is imported.
  ws.afterOpen.push((manager) => {
    convenant.reset();
    return convenant.ensureDefault(manager, ws.clock.now());
  });
  const templates = new TemplateService(options.resourcesDir);
  // And the shipped questionnaire templates, so a first evaluation round can start at once.
  ws.afterOpen.push((manager) => templates.ensureDefaults(manager, ws.clock.now()));
  const admin = options.adminPolicy?.policy ?? {};
  // The administrator's lock time and retention minimum hold in the stored policy (policy/admin.ts).
  ws.afterOpen.push((manager) => applyAdminPolicy(manager, admin));
  const setup = new SetupService(ws, sessions, preferences, options.dataDir, { cases, signals }, admin);

  // Each handler factory gets the parts of the workspace it uses, no more.
  const { clock, db, sessionState, vaultState, passwords } = ws;
  // The embedded core is never a team client (team: null); the platform's `current` seam lets the
  // renderer test harness show team mode (platform.ts), answering as the contract says a team
  // workstation does: a server that cannot be reached is 'no-connection' until someone logs in.
  const status = async (): Promise<VaultStatus> => {
    await ws.probeStore();
    const team = platform.team?.current?.() ?? null;
    const own = { ...vaultState.status(), team };
    if (!team || team.connected || own.state === 'unlocked') return own;
    return { ...own, state: 'no-connection', problem: 'SERVER_UNREACHABLE' };
  };
  const handlers: Handlers = {
    ...appHandlers({
      version: options.appVersion,
      build: options.appBuild,
      admin: options.adminPolicy,
      preferences,
      schemaVersion: () => (db.isOpen() ? db.requireOpen().database.schemaVersion : null),
      onLocaleChanged: options.onLocaleChanged,
    }),
    ...vaultHandlers({
      status,
      setup,
      restoreBackup: async (input) => {
        // A file backup replaces the SQLCipher file. A PostgreSQL server's dump is restored only by
        // `cter restore` (the admin CLI's core), never from a workstation's login screen.
        const store = ws.storeConfig();
        if (!store) return restoreFromLoginScreen(ws, input, options.cli ?? false);
        if (!options.cli) throw new AppError('BACKUP_ON_SERVER');
        return restoreOnServer(ws, store, input);
      },
    }),
    ...vaultAdminHandlers(ws, setup),
    ...teamHandlers({ team: platform.team, status }),
    ...offlineHandlers(),
    ...sessionHandlers({ sessions }),
    ...accountHandlers({ clock, sessionState, passwords, credentials: () => ws.credentials() }),
    ...auditHandlers({ clock, platform, db }),
    ...backupHandlers(ws, sessions, options.cli ?? false),
    ...policyHandlers({ sessionState }, admin),
    // A server call's prints in its workstation's language (server/call-platform.ts).
    ...printHandlers(
      platform,
      setup,
      callLocale(() => preferences.get().locale),
    ),
    ...listHandlers(),
    ...caseHandlers({ clock, cases }),
    ...personHandlers({ clock, search }),
    ...signalHandlers({ clock, signals }),
    ...searchHandlers({ search }),
    ...workHandlers({ clock }),
    ...figureHandlers({ platform }),
    ...retentionHandlers({ clock, db, vaultState, search }),
    ...rightsHandlers({ clock, platform }),
    ...meetingHandlers({ clock, db, cases, signals }),
    ...convenantHandlers({ clock, platform, service: convenant }),
    ...evaluationHandlers({ clock, platform, db, sessionState, credentials: () => ws.credentials() }, templates),
    ...mentoringHandlers({ clock, platform }),
    ...trajectoryHandlers({ clock }),
    ...expertHandlers({ clock }),
  };
  const router = createRouter(handlers, logger, executionHooks({ db, sessionState }, options.cli ?? false));
  const server = new ServerSessions(ws, logger, options.eventPollMs);

  const checkIdle = () =>
    sessions.lockIfIdle().catch((error: unknown) => {
      logger.error('core: idle lock failed', error);
      return false;
    });
  const interval = options.idleCheckMs ?? IDLE_CHECK_MS;
  const timer = interval > 0 ? setInterval(() => void checkIdle(), interval) : null;
  timer?.unref();

  return {
    workspace: ws,
    sessions,
    setup,
    server,
    dispatch: (channel, rawInput) => router.dispatch(channel, rawInput),
    dispatchAs: (token, channel, rawInput, client = null, extras = {}) =>
      server.dispatch(token, channel, rawInput, router.dispatch, client, extras),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    checkIdle,
    async close() {
      if (timer) clearInterval(timer);
      server.events.stop();
      await sessions.end('logout');
      await ws.close(false);
      listeners.clear();
    },
  };
}
