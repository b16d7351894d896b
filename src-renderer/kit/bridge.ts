// The renderer's typed access to the bridge. `call` unwraps a Result or throws a BridgeFailure,
// which is what react-query and the error notices expect.
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ChannelName, InputOf, OutputOf } from '../../src-shared/ipc/contract';
import type { BridgeError } from '../../src-shared/ipc/errors';

export class BridgeFailure extends Error {
  constructor(readonly error: BridgeError) {
    super(error.code);
    this.name = 'BridgeFailure';
  }
}

type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

/**
 * Called when core answers that nobody is logged in (any more). Normally the session-ended event
 * arrives first; this is the safety net for when it did not, so the gate is shown either way.
 */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await window.cter.invoke(channel, input);
  if (!result.ok) {
    if (result.error.code === 'NOT_AUTHENTICATED' || result.error.code === 'PASSWORD_CHANGE_REQUIRED') {
      for (const listener of sessionLostListeners) listener();
    }
    throw new BridgeFailure(result.error);
  }
  return result.value;
}

/** A query on a view channel; the key is the channel and its input. */
export function useBridgeQuery<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
  options: Omit<UseQueryOptions<OutputOf<C>, BridgeFailure>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<C>, BridgeFailure>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    ...options,
  });
}

/**
 * Failures that pass by themselves: the CTER server out of reach or busy, a transaction PostgreSQL
 * ended as a conflict, a disk full or read-only until someone frees space or gives the write back
 * (the user need not type again for the text to be saved then). The same call may succeed a
 * little later; nothing about the input is wrong.
 */
const PASSING: ReadonlySet<string> = new Set([
  'NO_CONNECTION',
  'SERVER_UNREACHABLE',
  'SERVER_BUSY',
  'STORE_UNREACHABLE',
  'STORE_CONFLICT',
  'STORAGE_FULL',
  'STORAGE_READONLY',
  'TRANSPORT',
]);

function failureMayPass(error: unknown): boolean {
  return error instanceof BridgeFailure && PASSING.has(error.error.code);
}

/**
 * An autosave's `retryAfter`: a save that failed for a passing reason is tried again by itself
 * after 5 s, so the text reaches the server once it answers, even if nobody types again before the
 * idle lock drops the screen; any other failure waits for the next change.
 */
export function retryIfPassing(error: unknown): number | null {
  return failureMayPass(error) ? 5_000 : null;
}

/** The Dutch (or English) sentence for any failure; never the failure's own text. */
export function describeError(t: TFunction, error: unknown): string {
  const code = error instanceof BridgeFailure ? error.error.code : 'INTERNAL';
  const params = error instanceof BridgeFailure ? (error.error.params ?? {}) : {};
  return t(`common:errors.${code}`, params);
}
