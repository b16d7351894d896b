// Resolving a session token on a CTER server (issue 18; server-sessions.ts holds the sessions):
// one statement, outside a transaction, reads the session's row, its account and the policy (and,
// for a keyed call, the row of an earlier call with the key: request-keys.ts); then the limits —
// the client the session was logged in from, ended, the account active, the absolute expiry, the
// policy's idle time — each refused as the desktop refuses it, a session past a limit ended on the
// way (`close`). The account read here is the call's (the access scope uses it, not a read of its own).
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import { toSessionUser } from '../accounts/account-service';
import { AccountEntity, type Account } from '../db/entities/account';
import { query } from '../db/sql';
import type { Logger } from '../logger';
import { POLICY_KEY, policyFromSetting } from '../policy/policy';
import type { ServerCall } from '../workspace/call-session';
import type { OpenSession } from '../workspace/session-state';
import { ACCOUNT_COLUMN_PREFIX, KEY_COLUMN_PREFIX, sessionCheck, type EndReason, type SessionRow } from './queries';
import type { KeyRow } from './request-keys';
import { hashToken, type LoginHost } from './server-login';

/** 32 bytes in base64url: 43 characters. Anything else is refused before the database is asked. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** What the check needs of the sessions besides a log-in's: its log, ending a session, the foreign-client entry. */
export interface CheckHost extends LoginHost {
  logger: Logger;
  close(call: ServerCall, reason: EndReason): Promise<void>;
  auditForeignClient(row: SessionRow, account: Account | null, client: string): Promise<void>;
}

/**
 * The session `token` names from `client`, still open and within its limits (or an AppError), and
 * with a call's request key (lower case) the row of an earlier call of the session with that key,
 * read in the same statement (null: none committed).
 */
export async function checkSession(
  host: CheckHost,
  token: unknown,
  client: string | null,
  requestKey: string | null,
): Promise<{ call: ServerCall; keyRow: KeyRow | null }> {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw new AppError('NOT_AUTHENTICATED');
  const { ws, logger } = host;
  if (!ws.isOpen()) await host.open();
  // One statement, outside a transaction (no BEGIN, scope, COMMIT: these tables are outside row
  // security): the row, its account (read once for the whole call: the access scope uses it, see
  // `account` below) and the policy, read anew at every call, in whichever process.
  const found = await ws.read(async (manager) => {
    const columns = manager.connection.getMetadata(AccountEntity).columns;
    const [row] = await query<SessionRow & { policy: string | null } & Record<string, unknown>>(
      manager,
      sessionCheck(
        hashToken(token),
        columns.map((column) => column.databaseName),
        POLICY_KEY,
        requestKey,
      ),
    );
    if (!row) return null;
    let account: Account | null = null;
    if (row[`${ACCOUNT_COLUMN_PREFIX}id`] !== null) {
      // As TypeORM reads the entity (simple-json, booleans): its driver, column by column.
      const entity: Partial<Account> = {};
      for (const column of columns) {
        const value = row[`${ACCOUNT_COLUMN_PREFIX}${column.databaseName}`];
        column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(value, column));
      }
      account = entity as Account;
    }
    const keyRow: KeyRow | null =
      requestKey !== null && typeof row[`${KEY_COLUMN_PREFIX}channel`] === 'string'
        ? {
            channel: row[`${KEY_COLUMN_PREFIX}channel`] as string,
            input_hash: row[`${KEY_COLUMN_PREFIX}input_hash`] as string,
            answer: (row[`${KEY_COLUMN_PREFIX}answer`] as string | null) ?? null,
          }
        : null;
    return { row, account, keyRow, idleMinutes: policyFromSetting(row.policy).idleMinutes };
  });
  if (!found) {
    logger.warn('server: a call with an unknown session token was refused');
    throw new AppError('NOT_AUTHENTICATED');
  }
  const { row, account, keyRow, idleMinutes } = found;
  if ((row.client_address ?? null) !== client) {
    // Not ended: the session is still its own client's; this caller only does not hold it.
    logger.warn('server: a session token was refused from another client than its log-in');
    if (client !== null) await host.auditForeignClient(row, account, client);
    throw new AppError('NOT_AUTHENTICATED');
  }
  if (row.ended_at !== null) {
    throw new AppError(
      row.end_reason === 'idle' || row.end_reason === 'expired' ? 'SESSION_EXPIRED' : 'NOT_AUTHENTICATED',
    );
  }
  const user = account ? toSessionUser(account) : null;
  const call = host.callFor(row.id, row.workstation, user, parseKiosk(row.kiosk), Number(row.last_activity_at));
  if (call.session && account) call.session.account = { active: account.active, regionIds: account.regionIds };
  const now = host.now();
  if (!account || !account.active) {
    await host.close(call, 'deactivated');
    throw new AppError('NOT_AUTHENTICATED');
  }
  if (now >= Number(row.expires_at)) {
    await host.close(call, 'expired');
    throw new AppError('SESSION_EXPIRED');
  }
  if (now - Number(row.last_activity_at) >= idleMinutes * 60_000) {
    await host.close(call, 'idle');
    throw new AppError('SESSION_EXPIRED');
  }
  return { call, keyRow };
}

const kioskShape = z.object({ roundId: z.number().int(), startedAt: z.string(), submitted: z.number().int() }).strict();

export function parseKiosk(text: string | null): OpenSession['kiosk'] {
  if (!text) return null;
  return kioskShape.parse(JSON.parse(text));
}
