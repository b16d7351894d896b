// Backups: an encrypted copy of the database (SQLite's VACUUM INTO writes it with the same key)
// with a copy of the key slot file beside it ("<backup>.sleutels"), so the backup opens with the
// passwords and the recovery key that were valid when it was made.
//
// Restore checks before it changes anything: the backup must open with the given account's
// password, pass quick_check (the full check: opening no longer runs it, database.ts), have a
// schema this version understands, and hold that account as an active beheerder. The replaced
// database is kept beside it ("<database>.voor-herstel-<time>"); the check of the backup becomes
// the restored database's last check (db/integrity-check.ts).
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity } from '../db/entities/account';
import { inUseByAnother, openDatabase, type Database } from '../db/database';
import { forgetCheckRecord } from '../db/integrity-check';
import { crashPoint } from '../fs/crash-points';
import { removeDurably, renameDurably, writeFileAtomic } from '../fs/atomic';
import { keyFilePath } from '../vault/keyfile';
import { normaliseUsername, Vault } from '../vault/vault';
import { completeRestore, stagedDatabase, stagedKeyFile, writeJournal } from './restore-journal';

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Writes an encrypted backup of the open database to `target` (and its key file beside it). */
export function writeBackup(database: Database, keyFile: string, target: string): void {
  // A PostgreSQL database is backed up on the server (pg_dump), not as a file by the application.
  if (database.engine !== 'sqlcipher') throw new AppError('BACKUP_ON_SERVER');
  const full = resolve(target);
  if (full === resolve(database.path) || full === resolve(keyFile) || full.startsWith(`${resolve(database.path)}-`)) {
    throw new AppError('FILE_FAILED');
  }
  const tmp = `${full}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    database.handle.exec(`VACUUM INTO ${sqlString(tmp)}`);
    fsyncFile(tmp);
    // Two files cannot be replaced in one step. An older backup of the same name loses its copy
    // first, so a crash before the new copy is in place leaves no backup under this name (and no
    // "made") rather than the older copy beside the new key file: a pair that does not open after
    // a rekey, or when the older backup was of another database.
    removeDurably(full);
    writeFileAtomic(keyFilePath(full), readFileSync(keyFile));
    // The folder fsynced too: a power cut after "made" must not lose the backup's name.
    renameDurably(tmp, full);
  } catch (error) {
    rmSync(tmp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_FAILED');
  }
}

export interface VerifiedBackup {
  file: string;
  key: Buffer;
  schemaVersion: number;
  account: { id: number; username: string };
}

/** Opens a backup read-only with an account's password and checks it can be restored. */
export async function verifyBackup(
  file: string,
  username: string,
  password: string,
  nativeBinding?: string,
): Promise<VerifiedBackup> {
  const vault = new Vault(file);
  if (!existsSync(file) || !existsSync(vault.keyFile)) throw new AppError('BACKUP_INVALID');
  let unlocked;
  try {
    unlocked = await vault.unlock(username, password);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'KEYFILE_DAMAGED' || error.code === 'KEYFILE_MISSING')) {
      throw new AppError('BACKUP_INVALID');
    }
    throw error;
  }
  let database: Database;
  try {
    database = await openDatabase({
      path: file,
      key: unlocked.databaseKey,
      mode: 'open',
      readonly: true,
      nativeBinding,
    });
  } catch (error) {
    unlocked.databaseKey.fill(0);
    if (error instanceof AppError && error.code === 'DATABASE_TOO_NEW') throw error;
    throw new AppError('BACKUP_INVALID');
  }
  try {
    // Every page and the structure of every table and index; seconds for a large file, but a
    // restore is rare and ends every session anyway.
    if (database.engine !== 'sqlcipher' || database.handle.pragma('quick_check', { simple: true }) !== 'ok') {
      unlocked.databaseKey.fill(0);
      throw new AppError('BACKUP_INVALID');
    }
    const account = await database.source
      .getRepository(AccountEntity)
      .findOne({ where: { username: normaliseUsername(username) } });
    if (!account || !account.active || !account.roles.includes('beheerder') || account.keySlotId !== unlocked.slotId) {
      unlocked.databaseKey.fill(0);
      throw new AppError('BACKUP_NOT_BEHEERDER');
    }
    return {
      file,
      key: unlocked.databaseKey,
      schemaVersion: database.schemaVersion,
      account: { id: account.id, username: account.username },
    };
  } finally {
    await database.source.destroy();
  }
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Puts a verified backup in the place of the database at `target` (which must be closed), under the
 * caller's restore lock (db/restore-lock.ts: one restore of a file at a time). The old
 * database and key file are kept as "<target>.voor-herstel-<time>"; returns that file's name. The
 * new files are staged in full and a journal written before anything moves (restore-journal.ts),
 * so a crash at any moment is finished at the next start.
 *
 * Whether another program has the database open is asked last, after the staging (seconds for a
 * large backup) and right before the journal and the renames: a program that opened it while the
 * backup was being copied is seen, and is DATABASE_IN_USE with nothing moved and nothing staged
 * left. Between that check and the first rename lie only the check record's removal, the journal
 * and the kept key file's copy (each written and fsynced): a program of this application that
 * opens the file then meets the restore lock and refuses (db/restore-lock.ts); another program
 * (a database tool) is still not seen.
 */
export function restoreBackup(
  backup: VerifiedBackup,
  target: string,
  now: Date,
  nativeBinding?: string,
): string | null {
  const staged = stagedDatabase(target);
  try {
    copyFileSync(backup.file, staged);
    fsyncFile(staged);
    writeFileAtomic(stagedKeyFile(target), readFileSync(keyFilePath(backup.file)));
    crashPoint('restore-staged');
    // Open in another program (the app beside `cter restore`): it would go on writing to the file
    // set aside, and what is done there after the restore would be gone from the database in use.
    if (inUseByAnother(target, nativeBinding)) throw new AppError('DATABASE_IN_USE');
    // A core's start takes staged files without a journal for a restore a crash cut off, and removes
    // them. Ours leave them alone while the restore lock is live (restore-journal.ts); a program that
    // does not know the lock (an earlier version) may not, and may be gone again already.
    if (!existsSync(staged) || !existsSync(stagedKeyFile(target))) throw new AppError('RESTORE_INTERRUPTED');
  } catch (error) {
    rmSync(staged, { force: true });
    rmSync(stagedKeyFile(target), { force: true });
    throw error;
  }
  const kept = existsSync(target) ? `${basename(target)}.voor-herstel-${stamp(now)}` : null;
  // What a check found in the database being replaced no longer holds (putInPlace records the
  // backup's check once it is in place; after a crash, the next log-in checks the file).
  forgetCheckRecord(target);
  const journal = {
    format: 'cter-herstel',
    version: 1,
    backup: basename(backup.file),
    kept,
    actor: backup.account,
  } as const;
  writeJournal(target, journal);
  // Not moved by this call: a core that started in the last milliseconds finished or removed it.
  if (!completeRestore(target, journal)) throw new AppError('DATABASE_IN_USE');
  return kept;
}
