// `rekey`: rotate the database key. A new random key is sealed into every slot (written first to
// "<key file>.nieuw"), then SQLite re-encrypts every page (PRAGMA rekey, which needs the rollback
// journal instead of WAL), then the new key file replaces the old one. If the process dies between
// those steps, login finds the database opening only with the ".nieuw" file and finishes the swap
// (see `finishInterruptedRekey`); if the database still opens with the key file, the ".nieuw" file
// is left over from a rotation that never reached the database and is removed (`discardStaleRekey`).
// The router audits the rotation (channel vault:rekey).
import { existsSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../src-shared/ipc/errors';
import type { Database } from '../db/database';
import type { SerialQueue } from '../db/serial';
import { DATABASE_KEY_BYTES, Vault } from './vault';

export function pendingKeyFile(vault: Vault): string {
  return `${vault.keyFile}.nieuw`;
}

/** What rekey uses of the workspace (a narrow view: credentials.ts imports this file, the workspace imports that). */
export interface RekeyHost {
  requireOpen(): { database: Database };
  vault(): Vault;
  readonly queue: SerialQueue;
  replaceKey(key: Buffer): void;
}

export async function rekeyDatabase(ws: RekeyHost): Promise<void> {
  const { database } = ws.requireOpen();
  // A PostgreSQL database has no key of ours: encryption at rest on the server is the DBA's.
  if (database.engine !== 'sqlcipher') throw new AppError('REKEY_ON_SERVER');
  const vault = ws.vault();
  const pending = pendingKeyFile(vault);
  const newKey = randomBytes(DATABASE_KEY_BYTES);
  try {
    vault.rewrapAll(newKey, pending);
    await ws.queue.run(async () => {
      const handle = database.handle;
      handle.pragma('wal_checkpoint(TRUNCATE)');
      if (handle.pragma('journal_mode=DELETE', { simple: true }) !== 'delete') throw new AppError('DATABASE_IN_USE');
      handle.pragma(`rekey="x'${newKey.toString('hex')}'"`);
      handle.pragma('journal_mode=WAL');
    });
    renameSync(pending, vault.keyFile);
    ws.replaceKey(newKey);
  } finally {
    newKey.fill(0);
  }
}

/**
 * After an interrupted rekey the database opens only with the new key. Tries the pending key file
 * with the same password; on success it becomes the key file. Returns the unlocked key or null.
 */
export async function finishInterruptedRekey(
  databasePath: string,
  username: string,
  password: string,
  tryOpen: (key: Buffer) => Promise<boolean>,
): Promise<{ databaseKey: Buffer; slotId: string } | null> {
  const vault = new Vault(databasePath);
  const pending = pendingKeyFile(vault);
  if (!existsSync(pending)) return null;
  const unlocked = await new Vault(databasePath, pending).unlock(username, password);
  if (!(await tryOpen(unlocked.databaseKey))) return null;
  renameSync(pending, vault.keyFile);
  return unlocked;
}

/**
 * Called after the database opened with the key from the key file itself: a ".nieuw" file beside
 * it belongs to a rotation that stopped before the database was re-encrypted. It is removed.
 */
export function discardStaleRekey(databasePath: string): boolean {
  const pending = pendingKeyFile(new Vault(databasePath));
  if (!existsSync(pending)) return false;
  rmSync(pending, { force: true });
  return true;
}
