// Handlers for backup:* (beheerder), and the restore behind vault:restore-backup (no database or
// a damaged one; the channel itself is in vault/handlers.ts).
import { basename } from 'node:path';
import { isoDay } from '../../../src-shared/domain/format';
import type { OutputOf, ParsedInputOf } from '../../../src-shared/ipc/contract';
import { AppError } from '../../../src-shared/ipc/errors';
import { plain, type Handlers } from '../handlers';
import type { SessionService } from '../session/session-service';
import type { Workspace } from '../workspace';
import { rememberBackup } from './copies';
import { restoreBackup, verifyBackup, writeBackup, type VerifiedBackup } from './backup-service';
import { backupStore, type PostgresStore } from '../db/store';
import { readCheckRecord, writeCheckRecord } from '../db/integrity-check';
import { takeRestoreLock, type RestoreLock } from '../db/restore-lock';
import { checkVerifier } from '../vault/credentials';
import { endSessionsAfterRestore } from '../server/after-restore';
import { backupPostgres, restorePostgres } from './pg-backup';

type BackupHandlers = Pick<Handlers, 'backup:create' | 'backup:restore' | 'backup:check-status'>;

/**
 * Puts the verified backup in place (the database must be closed) and records the restore in it,
 * ending any server session the file brought along in the same transaction.
 */
async function putInPlace(ws: Workspace, backup: VerifiedBackup): Promise<string | null> {
  const target = ws.databasePath();
  // One restore of the file at a time (RESTORE_IN_PROGRESS), held until the restored database is
  // opened, recorded and closed again: the other programs of this application do not open it meanwhile.
  let lock: RestoreLock;
  try {
    lock = takeRestoreLock(target, ws.clock.now());
  } catch (error) {
    backup.key.fill(0);
    throw error;
  }
  try {
    return await putInPlaceLocked(ws, backup, target);
  } finally {
    lock.release();
  }
}

async function putInPlaceLocked(ws: Workspace, backup: VerifiedBackup, target: string): Promise<string | null> {
  // Refused (DATABASE_IN_USE) when another program has the database open: asked after the staging,
  // right before the swap (backup-service.ts).
  let kept: string | null;
  try {
    kept = restoreBackup(backup, target, ws.clock.now(), ws.options.nativeBinding);
  } catch (error) {
    backup.key.fill(0);
    throw error;
  }
  // verifyBackup ran the full check on this very file: it is the restored database's last check.
  writeCheckRecord(target, { checkedAt: ws.clock.now().toISOString(), outcome: 'ok', trigger: 'herstel' });
  try {
    await ws.open(target, backup.key);
    await ws.transaction(async (manager, audit) => {
      // The desktop holds no server session, but the table is in the file: none comes back alive.
      const ended = await endSessionsAfterRestore(manager, ws.clock.now().getTime());
      await audit.append(manager, {
        actorId: backup.account.id,
        actorName: backup.account.username,
        action: 'backup:restore',
        kind: 'change',
        objectType: 'database',
        result: 'ok',
        details: { backup: basename(backup.file), bewaard: kept, ...(ended > 0 ? { sessiesBeeindigd: ended } : {}) },
      });
    });
  } finally {
    backup.key.fill(0);
    await ws.close(false);
  }
  ws.clearProblem();
  return kept;
}

/**
 * vault:restore-backup: a backup chosen on the login screen, when there is no database or a damaged
 * one. `cli`: the admin CLI's core, whose restore (`cter restore`) may also replace a database that
 * is not damaged, as long as nobody has it open here: whoever runs it has the files in hand anyway,
 * and the replaced database is kept. The app restores a working database only through
 * `backup:restore`, by a logged-in beheerder.
 */
export async function restoreFromLoginScreen(
  ws: Workspace,
  input: ParsedInputOf<'vault:restore-backup'>,
  cli: boolean,
): Promise<OutputOf<'vault:restore-backup'>> {
  const state = ws.status().state;
  if (state !== 'no-database' && state !== 'damaged' && !(cli && state === 'locked')) {
    throw new AppError('SETUP_NOT_ALLOWED');
  }
  const file = await ws.platform.files.chooseFile('backup');
  if (!file) return { restored: false, fileName: null, kept: null };
  const backup = await verifyBackup(file, input.username, input.password, ws.options.nativeBinding);
  const kept = await putInPlace(ws, backup);
  return { restored: true, fileName: basename(file), kept };
}

/**
 * vault:restore-backup on a PostgreSQL store, only by the admin CLI (`cter restore`): a pg_dump into
 * the configured database, which must be empty (pg-backup.ts checks version, beheerder and password
 * against the dump, restores in one transaction and records it in the restored audit log).
 */
export async function restoreOnServer(
  ws: Workspace,
  store: PostgresStore,
  input: ParsedInputOf<'vault:restore-backup'>,
): Promise<OutputOf<'vault:restore-backup'>> {
  const file = await ws.platform.files.chooseFile('backup');
  if (!file) return { restored: false, fileName: null, kept: null };
  await restorePostgres(store, file, {
    username: input.username,
    passwordMatches: (account) => checkVerifier(account.row['password_verifier'], input.password),
    clock: ws.clock,
  });
  return { restored: true, fileName: basename(file), kept: null };
}

/** `cli`: the admin CLI's core, the only one that makes a pg_dump of a PostgreSQL store. */
export function backupHandlers(ws: Workspace, sessions: SessionService, cli: boolean): BackupHandlers {
  return {
    // The full check of the database file: the last one kept, and whether one runs now.
    'backup:check-status': plain(async () => {
      const { database } = ws.requireOpen();
      if (database.engine !== 'sqlcipher') return { engine: 'postgres', last: null, running: false };
      return { engine: 'sqlcipher', last: readCheckRecord(database.path), running: ws.integrity.running() };
    }),

    'backup:create': plain(async (_input, ctx) => {
      const store = ws.storeConfig();
      if (store) {
        // A workstation holds no backup role: on the server, backups are `cter backup` or the DBA's.
        if (!cli) throw new AppError('BACKUP_ON_SERVER');
        const target = await ws.platform.files.chooseSaveLocation(
          `cter-werkplaats-backup-${isoDay(ws.clock.now())}.dump`,
          'backup',
        );
        if (!target) return { saved: false, fileName: null };
        await backupPostgres(backupStore(store), target);
        ctx.note({ objectType: 'database', details: { backup: basename(target), pgDump: true } });
        return { saved: true, fileName: basename(target) };
      }
      const target = await ws.platform.files.chooseSaveLocation(
        `cter-werkplaats-backup-${isoDay(ws.clock.now())}.db`,
        'backup',
      );
      if (!target) return { saved: false, fileName: null };
      const { database } = ws.requireOpen();
      await ws.queue.run(async () => writeBackup(database, ws.vault().keyFile, target));
      // Remembered (where and when) so a later destruction can name the copies that still hold it.
      // The backup itself is made; a registry that cannot be written must not turn it into a failure.
      try {
        rememberBackup(ws.databasePath(), target, ws.clock.now());
      } catch (error) {
        ws.options.logger.error('backup: could not remember the backup', error);
      }
      ctx.note({ objectType: 'database', details: { backup: basename(target) } });
      return { saved: true, fileName: basename(target) };
    }),

    'backup:restore': plain(async (input, ctx) => {
      const session = ws.requireSession();
      const file = await ws.platform.files.chooseFile('backup');
      if (!file) return { restored: false, fileName: null };
      const backup = await verifyBackup(file, session.user.username, input.password, ws.options.nativeBinding);
      ctx.note({ objectType: 'database', details: { backup: basename(file) } });
      // Recorded in the database being replaced (which is kept), then the swap.
      await ctx.commit(async () => undefined);
      await sessions.end('logout');
      await putInPlace(ws, backup);
      ws.emit({ type: 'session-ended', reason: 'restored' });
      return { restored: true, fileName: basename(file) };
    }),
  };
}
