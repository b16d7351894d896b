// The core worker's test control channel: a few test-only operations on the worker's core that no
// bridge call offers (raw SQL to check what is stored, ending a session without the page, waiting
// for the background integrity check). Tests only: the handlers live in the test harness
// (tests/e2e/harness/core-control.ts) and the worker loads them only when its host was started with
// their module (`startCoreWorker({ control })`); main.ts never passes one, so in the app the worker
// refuses every control message and the renderer's bridge (ipc.ts → `dispatch`) has no way to send
// one. The same handlers can run against a core in this thread (the `server` project's).
import type { Core } from '../core/core';

/** Test-only operations: a name and (core, input) → value; input and value structured-clone data. */
export type ControlHandlers = Record<string, (core: Core, input: never) => unknown>;

/** What a test calls: each handler, by name, with its input; the value as a promise. */
export type Control<C extends ControlHandlers> = {
  [K in keyof C]: Parameters<C[K]> extends [] | [Core]
    ? () => Promise<Awaited<ReturnType<C[K]>>>
    : (input: Parameters<C[K]>[1]) => Promise<Awaited<ReturnType<C[K]>>>;
};

/** Sends each operation through `send` (the host's `control`). */
export function controlOf<C extends ControlHandlers>(
  handlers: C,
  send: (name: string, input: unknown) => Promise<unknown>,
): Control<C> {
  const control: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(handlers)) control[name] = (input) => send(name, input);
  return control as Control<C>;
}

/** Runs the handlers on a core in this thread (a CTER server's, in the Chromium harness). */
export function inProcessControl<C extends ControlHandlers>(handlers: C, core: Core): Control<C> {
  return controlOf(handlers, async (name, input) =>
    (handlers[name] as (core: Core, input: unknown) => unknown)(core, input),
  );
}

/** The worker's side: the handler a control message names, or null (none loaded, or no such name). */
export function controlHandler(
  handlers: ControlHandlers | null,
  name: string,
): ((core: Core, input: unknown) => unknown) | null {
  if (!handlers || !Object.hasOwn(handlers, name)) return null;
  const handler = handlers[name];
  return typeof handler === 'function' ? (handler as (core: Core, input: unknown) => unknown) : null;
}
