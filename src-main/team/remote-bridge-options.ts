// The shape of the workstation's bridge in team mode (remote-bridge.ts): what Electron's main
// serves the renderer from (the embedded core or the remote bridge alike), and what the remote one
// is made with.
import type { Result } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { ClientIdentity, ClientTimeouts, TeamClient, TeamServerInfo } from './client';
import type { WorkstationPlatform } from './hand-over';
import type { OfflineStore } from './offline-store';

/** What main's IPC serves from: the embedded core, or this. */
export interface BridgeBackend {
  dispatch(channel: unknown, rawInput: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  emit(event: AppEvent): void;
  close(): Promise<void>;
}

export interface RemoteBridge extends BridgeBackend {
  readonly server: TeamServerInfo;
  /** One event of this session from the server's event stream (GET /events). */
  serverEvent(event: AppEvent): void;
}

export type LocalChannel = 'app:info' | 'app:set-locale';

export interface RemoteBridgeOptions {
  server: TeamServerInfo;
  /** The workstation's own answers to app:info and app:set-locale (main's embedded core). */
  local(channel: LocalChannel, rawInput: unknown): Promise<Result<unknown>>;
  /** The name given at log-in; the computer's host name by default. */
  workstation?: string;
  timeouts?: ClientTimeouts;
  /** The workstation's client certificate, for a server that admits registered workstations only. */
  identity?: ClientIdentity;
  /** The window's kiosk mode (evaluations), which the server cannot reach. */
  setKiosk?(on: boolean): void;
  /**
   * This workstation's dialogs and printer, for the files and prints the server hands over and the
   * file an import reads (hand-over.ts). Without it those channels answer FILE_FAILED.
   */
  platform?: WorkstationPlatform;
  logger?: { warn(message: string): void; error(message: string, error?: unknown): void };
  /** For tests: the client (default: the pinned client for `server`). */
  client?: TeamClient;
  /** Hold the session's event stream while logged in (default true; false for tests of the calls alone). */
  events?: boolean;
  /** The pauses between the attempts of a change (retry.ts; tests make them short). */
  retryDelaysMs?: readonly number[];
  /** The local store of checked-out meetings (offline-store.ts); without it nothing is kept here. */
  offline?: OfflineStore;
  /** The copies' clock (tests). */
  now?: () => Date;
  /** The first pause of the watch for the server's return (return-watch.ts: offline session, problem screen; tests). */
  returnProbeMs?: number;
  /** How long the renderer has to save and lock once the server answers again (RETURN_GRACE_MS; tests). */
  returnGraceMs?: number;
}
