// The test control handlers core-host.test.ts starts the core worker with (`startCoreWorker`'s
// `control`): the worker loads this module by path and answers `control` messages with them. Not
// part of the app; the Chromium harness has its own (tests/e2e/harness/core-control.ts).
import type { Core } from '../../src-main/core/core';
import type { ControlHandlers } from '../../src-main/core-host/control';

export const controls = {
  /** Who is logged in, read from the worker's workspace. */
  username: (core: Core): string | null => core.workspace.current()?.user.username ?? null,
  /** Ends the session without a bridge call. */
  endSession: (core: Core) => core.sessions.end('logout'),
  /** Data both ways: a Uint8Array in, its bytes summed and echoed. */
  echo: (_core: Core, input: { bytes: Uint8Array }) => ({
    sum: input.bytes.reduce((a, b) => a + b, 0),
    bytes: input.bytes,
  }),
  /** A handler that fails. */
  fail: async () => {
    throw new Error('kapot (voorbeeld)');
  },
} satisfies ControlHandlers;

export const CONTROL_MODULE = __filename;
