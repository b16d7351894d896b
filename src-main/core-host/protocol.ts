// The messages between the core host (main thread) and the core worker (worker.ts). Everything in
// them is structured-clone safe: plain data, Uint8Array, Date; never a function or a class
// instance. An error crosses as its code (AppError) or its message for the log, never a stack to
// the renderer; a bridge call's answer is the router's `Result` unchanged.
import type { Locale } from '../../src-shared/domain/locale';
import type { ErrorCode } from '../../src-shared/ipc/errors';
import type { AppEvent } from '../../src-shared/ipc/events';
import type { CoreOptions } from '../core/core';

/** What `vault:status` reports as `team` (platform.ts TeamService.current), read on the main side. */
export type TeamSnapshot = { host: string; port: number; connected: boolean } | null;

/** Core's options that are data: the rest (logger, clock, platform, callbacks) are the host's. */
export type WorkerCoreOptions = Omit<CoreOptions, 'logger' | 'clock' | 'platform' | 'onLocaleChanged'>;

/** The platform services the main side has (core checks for the optional ones). */
export interface PlatformShape {
  window: boolean;
  team: boolean;
  teamCurrent: boolean;
  openFile: boolean;
}

/** workerData.setup: how the worker makes its core. */
export interface WorkerSetup {
  options: WorkerCoreOptions;
  /** shared-clock.ts: the host's clock, read by the worker without a message; null: the system's. */
  clock: SharedArrayBuffer | null;
  platform: PlatformShape;
  /**
   * Tests only: the module whose `controls` (control.ts ControlHandlers) answer `control` messages;
   * null in the app (main.ts), where the worker refuses every control message.
   */
  control: string | null;
}

/** The platform calls the worker may ask of the main side (platform.ts), and nothing else. */
export const PLATFORM_METHODS = {
  print: ['pdf', 'print'],
  files: ['saveAs', 'chooseSaveLocation', 'chooseFile', 'openFile', 'chooseFolder'],
  window: ['setKiosk'],
  team: ['probe', 'connect'],
} as const;
export type PlatformService = keyof typeof PLATFORM_METHODS;

/** A failure as it crosses: an AppError's code (with its params and fields), or a message to log. */
export type CrossedError =
  | { code: ErrorCode; params?: Record<string, string | number>; fields?: Record<string, unknown> }
  | { code: null; message: string };

export type PlatformAnswer = { ok: true; value: unknown } | { ok: false; error: CrossedError };

export type ToWorker =
  | { type: 'dispatch'; id: number; channel: unknown; input: unknown; team?: TeamSnapshot }
  | { type: 'check-idle'; id: number }
  /** Tests only (control.ts): answered with a ControlAnswer. */
  | { type: 'control'; id: number; name: string; input: unknown }
  | { type: 'close'; id: number }
  | { type: 'platform-answer'; id: number; answer: PlatformAnswer };

/** A control operation's outcome: its value, or why it failed (a message for the test's report). */
export type ControlAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export type FromWorker =
  /** The answer to a ToWorker request with the same id: a Result, a boolean, or null. */
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'event'; event: AppEvent }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; error?: { name: string; message: string } }
  | { type: 'locale'; locale: Locale }
  | { type: 'platform'; id: number; service: PlatformService; method: string; args: unknown[] };
