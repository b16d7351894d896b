// How a call runs once the router has accepted it: the permission check against the one table,
// the transaction, and the audit entry (who, when, which channel, on what, with what result, and
// the user's reason for exports and prints). Session channels (login, lock, ...) write their own
// entries: they run while the database is still closed.
import { contract, type ChannelName } from '../../src-shared/ipc/contract';
import { decideAccess } from '../../src-shared/ipc/permissions';
import { AppError, isAppError } from '../../src-shared/ipc/errors';
import type { EntityManager } from 'typeorm';
import type { TransactionScope } from './access/row-security';
import type { AuditInput, AuditLog } from './audit/audit-log';
import type { AuditNote, HandlerDef, PlainContext } from './handlers';
import type { RouterHooks } from './router';
import type { WorkspaceParts } from './workspace';
import { serverCall } from './workspace/call-session';

type Parts = Pick<WorkspaceParts, 'db' | 'sessionState'>;

function auditEntry(
  ws: Parts,
  channel: ChannelName,
  note: AuditNote,
  input: unknown,
  result: string,
): AuditInput | null {
  const kind = contract[channel].audit;
  if (kind === 'none' || kind === 'session') return null;
  const reason = (input as { reason?: unknown } | undefined)?.reason;
  return {
    ...ws.sessionState.actor(),
    action: channel,
    kind,
    objectType: note.objectType ?? null,
    objectId: note.objectId === undefined || note.objectId === null ? null : String(note.objectId),
    result,
    reason: typeof reason === 'string' ? reason : null,
    legalGround: note.legalGround ?? null,
    details: note.details ?? null,
    ...(note.objectLabel !== undefined ? { objectLabel: note.objectLabel } : {}),
  };
}

/** Records a failed call, with what it was about as far as the handler got to say. */
async function recordFailure(ws: Parts, channel: ChannelName, note: AuditNote, input: unknown, code: string) {
  if (!ws.db.isOpen()) return;
  const entry = auditEntry(ws, channel, note, input, code);
  if (entry) await ws.db.audit(entry);
  // A refused call (also an attempt to leave the kiosk by another way) is worth recording whatever the channel.
  else if (code === 'FORBIDDEN' || code === 'KIOSK_ACTIVE')
    await ws.db.audit({ ...ws.sessionState.actor(), action: channel, kind: 'view', result: code });
}

/**
 * `ws.db.transaction(work, scope)`, and the first such transaction of a server call also writes the
 * call's activity on its session row, last before its commit (one statement instead of a
 * transaction of its own after the call; last, so the row is locked only for the commit). When it
 * does not commit, the session writes the activity after the call as before (server-sessions.ts).
 */
async function transaction<T>(
  ws: Parts,
  work: (manager: EntityManager, audit: AuditLog) => Promise<T>,
  scope: TransactionScope,
): Promise<T> {
  const call = serverCall();
  const rider = call?.active && call.saveActivity && call.activity === undefined ? call : null;
  if (!rider) return ws.db.transaction(work, scope);
  rider.activity = 'riding';
  try {
    const value = await ws.db.transaction(async (manager, audit) => {
      const done = await work(manager, audit);
      await rider.saveActivity!(manager);
      return done;
    }, scope);
    rider.activity = 'saved';
    return value;
  } catch (error) {
    rider.activity = undefined;
    throw error;
  }
}

async function run(ws: Parts, channel: ChannelName, handler: HandlerDef<ChannelName>, input: unknown, note: AuditNote) {
  const base = { channel, session: ws.sessionState.current(), note: (more: AuditNote) => Object.assign(note, more) };
  // Row-level security on PostgreSQL: the call's transactions are for the session's account.
  const scope = base.session ? { accountId: base.session.user.id } : null;
  // A server call's request key (core/server/request-keys.ts) goes in with the call's writes.
  const key = serverCall()?.key ?? null;
  if (handler.mode === 'tx') {
    return transaction(
      ws,
      async (manager, audit) => {
        // First, so that a second call with the key waits here for the first one's commit.
        await key?.claim(manager);
        const value = await handler.run(input as never, { ...base, manager });
        const entry = auditEntry(ws, channel, note, input, 'ok');
        if (entry) await audit.appendAtCommit(manager, entry);
        await key?.keep(manager, value);
        return value;
      },
      scope,
    );
  }
  let audited = false;
  const ctx: PlainContext = {
    ...base,
    commit: (work) =>
      transaction(
        ws,
        async (manager, audit) => {
          if (key && !key.claimed) await key.claim(manager);
          const value = await work(manager);
          const entry = audited ? null : auditEntry(ws, channel, note, input, 'ok');
          if (entry) {
            await audit.appendAtCommit(manager, entry);
            audited = true;
          }
          return value;
        },
        scope,
      ),
    read: (work) => transaction(ws, (manager) => work(manager), scope),
  };
  const value = await handler.run(input as never, ctx);
  const entry = audited ? null : auditEntry(ws, channel, note, input, 'ok');
  if (entry) await ws.db.audit(entry);
  // The answer of a plain handler comes after its commit: kept in a transaction of its own. If that
  // fails the call still succeeded; a retry is told it was carried out (REQUEST_ANSWER_NOT_KEPT).
  if (key?.claimed) await ws.db.transaction((manager) => key.keep(manager, value)).catch(() => undefined);
  return value;
}

/** `cli`: this core is the admin CLI's (see `decideAccess`). */
export function executionHooks(ws: Parts, cli = false): RouterHooks {
  // Failures already recorded by `execute` (with the object they were about).
  const recorded = new WeakSet<object>();
  return {
    authorize(channel) {
      const session = ws.sessionState.current();
      const decision = decideAccess(channel, session ? { ...session.user, kiosk: session.kiosk !== null } : null, cli);
      if (decision === 'kiosk') throw new AppError('KIOSK_ACTIVE');
      if (decision === 'not-authenticated') throw new AppError('NOT_AUTHENTICATED');
      if (decision === 'password-change-required') throw new AppError('PASSWORD_CHANGE_REQUIRED');
      if (decision === 'forbidden') throw new AppError('FORBIDDEN');
      ws.sessionState.touch();
    },

    async execute(channel, handler, input) {
      const note: AuditNote = {};
      try {
        return await run(ws, channel, handler, input, note);
      } catch (error) {
        await recordFailure(ws, channel, note, input, isAppError(error) ? error.code : 'INTERNAL');
        if (typeof error === 'object' && error !== null) recorded.add(error);
        throw error;
      }
    },

    async failed(channel, error, input, original) {
      if (typeof original === 'object' && original !== null && recorded.has(original)) return;
      await recordFailure(ws, channel, {}, input, error.code);
    },
  };
}
