// The SQL of the server's sessions (table `server_session`, migration 0014), written once for both
// engines with db/sql.ts. Times are milliseconds since 1970; the token is stored only as its hash.
import type { EntityManager } from 'typeorm';
import { choose, list, raw, sql, type Sql } from '../db/sql';

/** Why a session ended (`end_reason`, free text: no CHECK lists them). */
export type EndReason =
  'logout' | 'lock' | 'idle' | 'expired' | 'deactivated' | 'password-reset' | 'password-change' | 'restore';

export interface SessionRow {
  id: string;
  account_id: number;
  workstation: string;
  created_at: number | string;
  last_activity_at: number | string;
  expires_at: number | string;
  ended_at: number | string | null;
  end_reason: EndReason | null;
  kiosk: string | null;
  /** The network address the log-in came from (migration 0017); null for an in-process log-in. */
  client_address: string | null;
}

export function insertSession(row: {
  id: string;
  tokenHash: string;
  accountId: number;
  workstation: string;
  now: number;
  expiresAt: number;
  /** Where the log-in came from (a transport's client); none in-process. */
  clientAddress?: string | null;
}): Sql {
  return sql`INSERT INTO server_session (id, token_hash, account_id, workstation, created_at, last_activity_at, expires_at, client_address)
    VALUES (${row.id}, ${row.tokenHash}, ${row.accountId}, ${row.workstation}, ${row.now}, ${row.now}, ${row.expiresAt}, ${row.clientAddress ?? null})`;
}

/** What an account column is called in `sessionCheck`'s row: this, then the column's name. */
export const ACCOUNT_COLUMN_PREFIX = 'a_';

const COLUMN = /^[a-z_][a-z0-9_]*$/;

/** What a request key's columns are called in `sessionCheck`'s row: this, then the column's name. */
export const KEY_COLUMN_PREFIX = 'k_';

/**
 * A call's session check in one statement (server-sessions.ts): the session a token's hash names,
 * its account's `accountColumns` (each as ACCOUNT_COLUMN_PREFIX and its name; null when the
 * account is gone), and the
 * installation's stored policy (`policy`, the JSON of the setting `policyKey`; null: none stored).
 * All three are read at every call, in one snapshot, and nothing is kept in the process: a
 * beheerder's change of the account or the policy counts at the next call in every process.
 * With a call's `requestKey` (request-keys.ts, already lower case) also the row of an earlier call
 * of this session with that key (`k_channel`, `k_input_hash`, `k_answer`; all null when none
 * committed), instead of a statement of its own after the check.
 */
export function sessionCheck(
  tokenHash: string,
  accountColumns: readonly string[],
  policyKey: string,
  requestKey: string | null = null,
): Sql {
  const account = accountColumns.map((column) => {
    if (!COLUMN.test(column)) throw new Error(`unusable column: ${column}`);
    return `a.${column} AS "${ACCOUNT_COLUMN_PREFIX}${column}"`;
  });
  const keyColumns =
    requestKey === null
      ? raw('')
      : raw(
          `, k.channel AS "${KEY_COLUMN_PREFIX}channel", k.input_hash AS "${KEY_COLUMN_PREFIX}input_hash", ` +
            `k.answer AS "${KEY_COLUMN_PREFIX}answer"`,
        );
  const keyJoin =
    requestKey === null
      ? raw('')
      : sql` LEFT JOIN request_key k ON k.session_id = s.id AND k.idempotency_key = ${requestKey}`;
  return sql`SELECT s.id, s.account_id, s.workstation, s.created_at, s.last_activity_at, s.expires_at, s.ended_at,
      s.end_reason, s.kiosk, s.client_address, ${raw(account.join(', '))},
      (SELECT value FROM setting WHERE key = ${policyKey}) AS policy${keyColumns}
    FROM server_session s LEFT JOIN account a ON a.id = s.account_id${keyJoin}
    WHERE s.token_hash = ${tokenHash}`;
}

/** Ends one session if it is still open (the caller checks first with `openSession`). */
export function endSession(id: string, reason: EndReason, now: number): Sql {
  return sql`UPDATE server_session SET ended_at = ${now}, end_reason = ${reason} WHERE id = ${id} AND ended_at IS NULL`;
}

/**
 * The session, when it is still open; on PostgreSQL its row stays locked to the transaction's end,
 * so of two processes ending it at once only one finds it open (and audits the end).
 */
export function openSession(manager: EntityManager, id: string): Sql {
  const select = sql`SELECT id FROM server_session WHERE id = ${id} AND ended_at IS NULL`;
  return choose(manager, { sqlite: select, postgres: sql`${select} FOR UPDATE` });
}

/**
 * Ends every open session of an account (deactivation, a password reset by a beheerder), or every
 * one but `except` (the session that changed its own password).
 */
export function endSessionsOfAccount(
  accountId: number,
  reason: EndReason,
  now: number,
  except: string | null = null,
): Sql {
  const keep = except === null ? raw('') : sql` AND id <> ${except}`;
  return sql`UPDATE server_session SET ended_at = ${now}, end_reason = ${reason}
    WHERE account_id = ${accountId} AND ended_at IS NULL${keep}`;
}

/** How many sessions are still open (whoever they belong to). */
export function countOpenSessions(): Sql {
  return sql`SELECT count(*) AS n FROM server_session WHERE ended_at IS NULL`;
}

/** Ends every open session (a restore: the dump's sessions are not the running server's). */
export function endOpenSessions(reason: EndReason, now: number): Sql {
  return sql`UPDATE server_session SET ended_at = ${now}, end_reason = ${reason} WHERE ended_at IS NULL`;
}

/** Records the activity of a call; never moves it back (calls of one session may overlap). */
export function recordActivity(id: string, now: number): Sql {
  return sql`UPDATE server_session SET last_activity_at = ${now}
    WHERE id = ${id} AND ended_at IS NULL AND last_activity_at < ${now}`;
}

/** The session's kiosk (JSON) or null once it is left. */
export function saveKiosk(id: string, kiosk: string | null): Sql {
  return sql`UPDATE server_session SET kiosk = ${kiosk} WHERE id = ${id} AND ended_at IS NULL`;
}

/** The rows the event streams of one process watch: are they ended, or past their limits? */
export function sessionsByIds(ids: readonly string[]): Sql {
  return sql`SELECT id, account_id, workstation, created_at, last_activity_at, expires_at, ended_at, end_reason, kiosk, client_address
    FROM server_session WHERE id IN ${list(ids)}`;
}
