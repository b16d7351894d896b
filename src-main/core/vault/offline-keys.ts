// The key slots of the laptop's offline copies (issue 19; src-main/team/offline-store.ts): the
// embedded vault's building blocks for one account's copy. A copy's key is 32 random bytes; its slot
// is that key sealed (AES-256-GCM) under a key derived from the holder's password with the vault's
// scrypt parameters; the copy is a SQLCipher 4 file opened with the raw key, as the embedded
// database is (`applyCipher`). Without the password the slot opens nothing: revoking the lease and
// the account on the server leaves a file that only that password opens. The slot and the copy are
// put in place with core's crash-safe writes (fs/atomic.ts), which the team layer may not import.
import { randomBytes } from 'node:crypto';
import Driver from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { applyCipher } from '../db/database';
import { renameDurably, writeFileAtomic } from '../fs/atomic';
import { DecryptionError, seal, unseal } from './crypto';
import { deriveKey, newScryptParams, scryptParams } from './kdf';
import { DATABASE_KEY_BYTES } from './vault';

const AAD = 'cter-offline-kopie:key';

const slotSchema = z
  .object({ kdf: scryptParams, key: z.object({ iv: z.string(), data: z.string() }).strict() })
  .strict();

export interface OfflineKeySource {
  create(password: string): Promise<{ key: Buffer; slot: unknown }>;
  open(slot: unknown, password: string): Promise<Buffer | null>;
  database(path: string, key: Buffer): Driver.Database;
  writeFileAtomic(target: string, text: string): void;
  renameDurably(from: string, to: string): void;
}

export function offlineKeys(nativeBinding?: string): OfflineKeySource {
  return {
    async create(password) {
      const key = randomBytes(DATABASE_KEY_BYTES);
      const kdf = newScryptParams();
      const wrapping = await deriveKey(password, kdf);
      return { key, slot: { kdf, key: seal(wrapping, key, AAD) } };
    },
    async open(slot, password) {
      const parsed = slotSchema.safeParse(slot);
      if (!parsed.success) return null;
      try {
        return unseal(await deriveKey(password, parsed.data.kdf), parsed.data.key, AAD);
      } catch (error) {
        if (error instanceof DecryptionError) return null;
        throw error;
      }
    },
    database(path, key) {
      const handle = new Driver(path, nativeBinding ? { nativeBinding } : {});
      try {
        applyCipher(handle, key);
        // Proves the key (and that the file is a database) before anything is written.
        handle.prepare('SELECT count(*) FROM sqlite_master').get();
        return handle;
      } catch (error) {
        handle.close();
        throw error;
      }
    },
    writeFileAtomic: (target, text) => writeFileAtomic(target, text),
    renameDurably,
  };
}
