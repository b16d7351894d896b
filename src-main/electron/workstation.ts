// The workstation's side of the bridge, chosen at start and switched at most once (issue 18).
// Without team.json: the embedded core, exactly as before. With it: the remote bridge to the CTER
// server it names (src-main/team), with the embedded core kept for what is the workstation's own
// (app:info, the UI language). The wizard's team:connect runs in the embedded core, whose platform
// gets the pinned client (`platform.team`); once core has written team.json the bridge switches to
// the server in the same window, and the next vault:status says `locked` (its login screen).
// Electron-free, so the tests drive it as main does; main.ts only hands it the window's services.
// `startCore` makes the embedded core: in this thread by default (createCore: the CLI's and the
// tests' arrangement), or in a worker thread (src-main/core-host's startCoreWorker), as main.ts
// does; see docs/developer/README.md, "Core off the main thread".
// In team mode the meetings checked out to this workstation are kept in `<dataDir>/offline/`
// (src-main/team/offline-store.ts), sealed with the vault's key slots (core/vault/offline-keys.ts).
import type { Result } from '../../src-shared/ipc/errors';
import { formatMessage } from '../../src-shared/i18n/messages';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { VaultStatus } from '../../src-shared/ipc/session';
import { existsSync } from 'node:fs';
import { parseServerAddress } from '../../src-shared/domain/server-address';
import { AppError } from '../../src-shared/ipc/errors';
import type { HostedCore } from '../core-host/host';
import { createCore, type CoreOptions } from '../core/core';
import { headlessPlatform, type TeamService } from '../core/platform';
import { offlineKeys } from '../core/vault/offline-keys';
import { join } from 'node:path';
import { OfflineStore } from '../team/offline-store';
import { readTeamFile, teamFilePath, TeamFileError, writeTeamFile } from '../core/team/team-file';
import type { ClientIdentity, ClientTimeouts, TeamServerInfo } from '../team/client';
import { createRemoteBridge, type BridgeBackend, type RemoteBridge } from '../team/remote-bridge';
import { teamProbe } from '../team/team-service';

export interface WorkstationOptions extends CoreOptions {
  team?: {
    timeouts?: ClientTimeouts;
    workstation?: string;
    events?: boolean;
    /** The first pause of an offline session's probe for the server's return (default 15 s; tests). */
    returnProbeMs?: number;
    /** This workstation's client certificate (the administrator's policy names its files). */
    identity?: ClientIdentity;
  };
  /** The server the administrator's policy names: used instead of team.json, and not changeable. */
  policyServer?: TeamServerInfo | undefined;
  /** Makes the embedded core: createCore (this thread) unless given, e.g. startCoreWorker in main. */
  startCore?: (options: CoreOptions) => HostedCore;
}

export interface Workstation extends BridgeBackend {
  /** The embedded core: the whole bridge without team.json, the workstation's own settings with it. */
  readonly core: HostedCore;
  /** The remote bridge in team mode; null on the workstation's own database. */
  remote(): RemoteBridge | null;
}

/** team.json that cannot be used: the login screen says so, nothing else is answered. */
function unusableTeamFile(channel: unknown): Result<unknown> | null {
  const code = 'SERVER_ADDRESS_INVALID';
  if (channel === 'app:info' || channel === 'app:set-locale') return null;
  if (channel !== 'vault:status') return { ok: false, error: { code, message: formatMessage('nl', `errors.${code}`) } };
  const status: VaultStatus = {
    state: 'no-connection',
    problem: code,
    demo: false,
    lockedUser: null,
    user: null,
    kiosk: false,
    server: true,
    team: null,
    interruptedRestore: null,
  };
  return { ok: true, value: status };
}

export function createWorkstation(options: WorkstationOptions): Workstation {
  const { team: teamOptions, startCore = createCore, policyServer: _server, ...coreOptions } = options;
  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  const platform = coreOptions.platform ?? headlessPlatform;
  let remote: RemoteBridge | null = null;
  let unusable = false;

  const useServer = (server: TeamServerInfo) => {
    if (remote) return;
    remote = createRemoteBridge({
      server,
      local: (channel, input) => core.dispatch(channel, input),
      setKiosk: (on) => platform.window?.setKiosk(on),
      // The files and prints the server hands over, the file an import reads: this window's.
      platform,
      // Checked-out meetings: on this workstation, encrypted, each opened by its holder's password.
      offline: new OfflineStore(join(options.dataDir, 'offline'), offlineKeys(coreOptions.nativeBinding)),
      ...(coreOptions.clock ? { now: () => coreOptions.clock!.now() } : {}),
      ...(coreOptions.logger ? { logger: coreOptions.logger } : {}),
      ...(teamOptions?.timeouts ? { timeouts: teamOptions.timeouts } : {}),
      ...(teamOptions?.workstation ? { workstation: teamOptions.workstation } : {}),
      ...(teamOptions?.events === false ? { events: false } : {}),
      ...(teamOptions?.returnProbeMs ? { returnProbeMs: teamOptions.returnProbeMs } : {}),
      ...(teamOptions?.identity ? { identity: teamOptions.identity } : {}),
    });
    remote.onEvent(emit);
  };

  // The platform's team service for core's team:* handlers (core/vault/team-handlers.ts): the
  // pinned client, and team.json written once the server answered with the pinned certificate.
  const probe = teamProbe(teamOptions?.timeouts, teamOptions?.identity);
  const addressOf = (typed: string) => {
    const address = parseServerAddress(typed);
    if (!address) throw new AppError('SERVER_ADDRESS_INVALID');
    return address;
  };
  const team: TeamService = {
    probe: (typed) => probe.probe(addressOf(typed)),
    async connect(typed, fingerprint) {
      if (options.policyServer) throw new AppError('MANAGED_BY_POLICY');
      // Set up already (also when the file came from IT): core's status alone would not say so.
      if (remote || existsSync(teamFilePath(options.dataDir))) throw new AppError('SETUP_NOT_ALLOWED');
      const server = { ...addressOf(typed), fingerprint };
      await probe.connect(server);
      writeTeamFile(options.dataDir, server);
      // Read back: what the next start will use is what was just checked.
      const kept = readTeamFile(options.dataDir);
      if (!kept || kept.fingerprint !== fingerprint) throw new AppError('INTERNAL');
      useServer(kept);
    },
  };
  const core = startCore({ ...coreOptions, platform: { ...platform, team } });
  core.onEvent(emit);

  try {
    const server = options.policyServer ?? readTeamFile(options.dataDir);
    if (server) useServer(server);
  } catch (error) {
    if (!(error instanceof TeamFileError)) throw error;
    const message = `team.json cannot be used (${error.reason}); nothing is sent anywhere`;
    if (coreOptions.logger) coreOptions.logger.error(message);
    else console.error(`[cter] ${message}`);
    unusable = true;
  }

  return {
    core,
    remote: () => remote,
    async dispatch(channel, input) {
      const refused = unusable ? unusableTeamFile(channel) : null;
      if (refused) return refused;
      if (remote) return remote.dispatch(channel, input);
      const result = await core.dispatch(channel, input);
      // Connected: the state is the server's now (its login screen), not the embedded core's.
      if (channel === 'team:connect' && result.ok && remote) {
        const status = await (remote as RemoteBridge).dispatch('vault:status', {});
        return { ok: true, value: { state: status.ok ? (status.value as VaultStatus).state : 'no-connection' } };
      }
      return result;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    async close() {
      await remote?.close();
      await core.close();
      listeners.clear();
    },
  };
}
