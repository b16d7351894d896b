// The request key of a call to the CTER server (issue 18, "no silent loss across the wire"): the
// client names each call that changes data with a fresh UUID in the `Idempotency-Key` header and
// sends the same key again when it retries the call. The server runs a call with a given key at
// most once per session and answers a repeat with what it answered the first time
// (src-main/core/server/request-keys.ts). Channels that change data need one (the audit kinds
// `change` and `delete`); for the others (reads, exports, the session's own channels) a key is
// accepted and ignored: a read may simply run again.
import { contract, isChannelName } from './contract';

/** The HTTP header that carries the key (lower case, as Node reports headers). */
export const REQUEST_KEY_HEADER = 'idempotency-key';

/** A UUID as crypto.randomUUID writes it (any version; case-insensitive). */
const KEY_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isRequestKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_SHAPE.test(value);
}

/** Whether a call of `channel` changes data, so that a retry must not run it twice. */
export function needsRequestKey(channel: unknown): boolean {
  if (!isChannelName(channel)) return false;
  const kind = contract[channel].audit;
  return kind === 'change' || kind === 'delete';
}
