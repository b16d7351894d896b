// Request keys (issue 18, "no silent loss across the wire"; table `request_key`, migration 0018).
// A client sends a call that changes data with a key of its own (`Idempotency-Key`, a UUID) and
// sends the same key again when it retries after a lost connection, a 502/503 or a server restart
// (src-main/team/retry.ts). The key is recorded in the transaction that carries the call's
// writes (execute.ts claims it before the handler runs), with the answer when the handler ran in
// that one transaction (`tx` handlers: nearly all); so the key is in the table exactly when the
// call's writes are. A repeat of the key by the same session:
// - the call committed: the answer it gave (or REQUEST_ANSWER_NOT_KEPT when none was kept, below);
// - another channel or input with the key: REQUEST_KEY_REUSED, nothing runs;
// - the call did not commit (a crash, the database gone, a refusal): it runs as if new.
// Two calls with one key at once: the second one's claim waits for the first's commit (the primary
// key), then finds it and answers as a repeat. Keys belong to their session; another session's key
// is another row, never seen.
//
// What is kept, and for how long: only the answers of channels that change data, only successful
// ones (a refusal wrote nothing, and a retry may run again), at most MAX_KEPT_ANSWER bytes of JSON,
// and never an answer that holds a password (NO_KEPT_ANSWER). Otherwise the key is kept without its
// answer and a repeat says the call was carried out (reload to see it). A plain handler's answer
// comes after its commit, in a transaction of its own; a crash in between leaves the key without
// an answer, with the same message. Keys are deleted once their session has ended or after
// KEY_HOURS, by a sweep each process runs at most every SWEEP_MINUTES.
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError, type Result } from '../../../src-shared/ipc/errors';
import { isRequestKey, needsRequestKey } from '../../../src-shared/ipc/request-key';
import { query, sql } from '../db/sql';
import type { CallKey } from '../workspace/call-session';

export const KEY_HOURS = 24;
const SWEEP_MINUTES = 10;
/** The largest answer kept with its key (bytes of JSON); larger ones are kept as "carried out". */
export const MAX_KEPT_ANSWER = 8 * 1024;
/** Channels whose answer holds a secret (a temporary password): never written to the table. */
const NO_KEPT_ANSWER = new Set(['accounts:create', 'accounts:reset-password']);

/** A request key's row as read: alone (`earlierAnswer`) or with the session check (queries.ts). */
export interface KeyRow {
  channel: string;
  input_hash: string;
  answer: string | null;
}

/** The JSON of a value with the keys of every object sorted: the same input, the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  );
}

const hashCall = (channel: string, input: unknown) =>
  createHash('sha256')
    .update(canonical({ channel, input: input ?? {} }))
    .digest('hex');

/** What one call with a key is: its session, the key, and what it asks. */
export interface KeyedCall {
  sessionId: string;
  key: string;
  channel: string;
  inputHash: string;
}

/**
 * The keyed form of a call, or null when it has no use for one: a channel that changes nothing, or
 * no (well-formed) key. Whether a key is required is the transport's to say (requests.ts).
 */
export function keyedCall(sessionId: string, key: unknown, channel: unknown, input: unknown): KeyedCall | null {
  if (!isRequestKey(key) || typeof channel !== 'string' || !needsRequestKey(channel)) return null;
  return { sessionId, key: key.toLowerCase(), channel, inputHash: hashCall(channel, input) };
}

/** The earlier answer to this key, or null when no call with it committed. */
export async function earlierAnswer(manager: EntityManager, call: KeyedCall): Promise<Result<unknown> | null> {
  const [row] = await query<KeyRow>(
    manager,
    sql`SELECT channel, input_hash, answer FROM request_key
      WHERE session_id = ${call.sessionId} AND idempotency_key = ${call.key}`,
  );
  return answerOf(row, call);
}

/**
 * What the row of an earlier call with the key (none: null) means for `call`: that call's answer,
 * REQUEST_KEY_REUSED when it asked something else, REQUEST_ANSWER_NOT_KEPT when its answer was not
 * kept; null when no call with the key committed.
 */
export function answerOf(row: KeyRow | null | undefined, call: KeyedCall): Result<unknown> | null {
  if (!row) return null;
  if (row.channel !== call.channel || row.input_hash !== call.inputHash) throw new AppError('REQUEST_KEY_REUSED');
  if (row.answer === null) throw new AppError('REQUEST_ANSWER_NOT_KEPT');
  return JSON.parse(row.answer) as Result<unknown>;
}

/** The answer as it is kept, or null when it is not (too large, or a secret in it). */
function keptAnswer(channel: string, value: unknown): string | null {
  if (NO_KEPT_ANSWER.has(channel)) return null;
  const text = JSON.stringify({ ok: true, value: value ?? null });
  return Buffer.byteLength(text) <= MAX_KEPT_ANSWER ? text : null;
}

/**
 * The key as execute.ts records it. `repeated` is set when the claim found the key taken by a call
 * that committed first (the claim then refuses, the call's transaction rolls back, and the caller
 * answers as for a repeat). A claim is counted from the moment its insert succeeded: a plain
 * handler that rolls back a commit and commits again would not claim again (none does).
 */
export function callKey(call: KeyedCall, now: () => number): CallKey & { readonly repeated: boolean } {
  let claimed = false;
  let repeated = false;
  return {
    get claimed() {
      return claimed;
    },
    get repeated() {
      return repeated;
    },
    async claim(manager) {
      const inserted = await query(
        manager,
        sql`INSERT INTO request_key (session_id, idempotency_key, channel, input_hash, created_at, answer)
          VALUES (${call.sessionId}, ${call.key}, ${call.channel}, ${call.inputHash}, ${now()}, NULL)
          ON CONFLICT (session_id, idempotency_key) DO NOTHING RETURNING idempotency_key`,
      );
      if (inserted.length === 0) {
        repeated = true;
        throw new AppError('REQUEST_ANSWER_NOT_KEPT');
      }
      claimed = true;
    },
    async keep(manager, value) {
      const answer = keptAnswer(call.channel, value);
      if (answer === null) return;
      await query(
        manager,
        sql`UPDATE request_key SET answer = ${answer} WHERE session_id = ${call.sessionId} AND idempotency_key = ${call.key}`,
      );
    },
  };
}

/**
 * Deletes the keys of ended sessions and those older than KEY_HOURS, at most every SWEEP_MINUTES
 * per process (one DELETE on an indexed table that holds a day's calls at most).
 */
export class KeySweeper {
  private last = Number.NEGATIVE_INFINITY;

  due(now: number): boolean {
    if (now - this.last < SWEEP_MINUTES * 60_000) return false;
    this.last = now;
    return true;
  }

  static async sweep(manager: EntityManager, now: number): Promise<void> {
    await query(
      manager,
      sql`DELETE FROM request_key WHERE created_at < ${now - KEY_HOURS * 3_600_000}
        OR EXISTS (SELECT 1 FROM server_session s WHERE s.id = request_key.session_id AND s.ended_at IS NOT NULL)`,
    );
  }
}
