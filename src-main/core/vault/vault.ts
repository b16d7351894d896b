// The vault: everything about the database key. It is 32 random bytes, never derived from a
// password. Each account holds a key slot that opens it with that account's password; the
// recovery key holds one too. See keyfile.ts for the file and crypto.ts for the primitives.
//
// Why key pairs instead of wrapping the key directly under each password: `rekey` must give every
// remaining account the new database key without knowing their passwords. Each slot therefore
// keeps a private key (sealed under the password) and an envelope (the database key sealed to the
// slot's public key); rekey writes new envelopes. A password change makes a fresh key pair, so an
// old copy of the slot file with the old password opens nothing after the next rekey.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../src-shared/ipc/errors';
import { crashPoint } from '../fs/crash-points';
import { DecryptionError, generateKeyPair, hkdf, openEnvelope, seal, sealTo, unseal, type KeyPair } from './crypto';
import { deriveKey, newScryptParams, type ScryptParams } from './kdf';
import {
  keyFilePath,
  KEYFILE_FORMAT,
  KEYFILE_VERSION,
  readKeyFile,
  writeKeyFile,
  type KeyFile,
  type PasswordSlot,
  type RecoverySlot,
  type Slot,
} from './keyfile';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export const DATABASE_KEY_BYTES = 32;

const privateAad = (slotId: string) => `cter-slot:${slotId}:private`;
const envelopeAad = (slotId: string, databaseId: string) => `cter-slot:${slotId}:database:${databaseId}`;

export function normaliseUsername(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}

function lookupTag(file: Pick<KeyFile, 'lookupSalt'>, username: string): string {
  return createHash('sha256')
    .update(Buffer.from(file.lookupSalt, 'base64'))
    .update(`cter-lookup:${normaliseUsername(username)}`)
    .digest('hex');
}

function recoveryKek(recoveryBytes: Buffer, salt: string): Buffer {
  return hkdf(recoveryBytes, Buffer.from(salt, 'base64'), 'cter-werkplaats recovery key v1');
}

function buildSlot<K extends Slot['kind']>(
  kind: K,
  kek: Buffer,
  databaseKey: Buffer,
  databaseId: string,
  extra: K extends 'password' ? { lookup: string; kdf: ScryptParams } : { kdf: RecoverySlot['kdf'] },
): Slot {
  const id = randomUUID();
  const pair: KeyPair = generateKeyPair();
  return {
    id,
    kind,
    ...extra,
    publicKey: pair.publicKey.toString('base64'),
    privateKey: seal(kek, pair.privateKey, privateAad(id)),
    envelope: sealTo(pair.publicKey, databaseKey, envelopeAad(id, databaseId)),
  } as Slot;
}

/**
 * Opens a slot. A wrong secret fails on the private key (DecryptionError); once the private key
 * opens, a failing envelope means the file was changed (an edited databaseId, a broken envelope):
 * KEYFILE_DAMAGED, not "wrong password".
 */
function openSlot(slot: Slot, kek: Buffer, databaseId: string): Buffer {
  const privateKey = unseal(kek, slot.privateKey, privateAad(slot.id));
  try {
    const key = openEnvelope(
      privateKey,
      Buffer.from(slot.publicKey, 'base64'),
      slot.envelope,
      envelopeAad(slot.id, databaseId),
    );
    if (key.length !== DATABASE_KEY_BYTES) throw new DecryptionError();
    return key;
  } catch (error) {
    if (error instanceof DecryptionError) throw new AppError('KEYFILE_DAMAGED');
    throw error;
  } finally {
    privateKey.fill(0);
  }
}

export interface NewVault {
  databaseKey: Buffer;
  databaseId: string;
  slotId: string;
  recoveryKey: string;
}

export class Vault {
  readonly keyFile: string;

  /** `keyFile` defaults to "<database>.sleutels"; rekey uses a second file while it runs. */
  constructor(
    readonly databasePath: string,
    keyFile?: string,
  ) {
    this.keyFile = keyFile ?? keyFilePath(databasePath);
  }

  read(): KeyFile {
    return readKeyFile(this.keyFile);
  }

  /**
   * Creates the key file for a new database: a random database key, a slot for the first
   * account and one for the recovery key (`recoveryKey` as proposed to the user, or a new one).
   */
  async create(options: {
    username: string;
    password: string;
    demo: boolean;
    recoveryKey?: string;
  }): Promise<NewVault> {
    const databaseKey = randomBytes(DATABASE_KEY_BYTES);
    const databaseId = randomUUID();
    const recovery = options.recoveryKey
      ? { text: options.recoveryKey, bytes: parseRecoveryKey(options.recoveryKey) }
      : generateRecoveryKey();
    if (!recovery.bytes) throw new AppError('RECOVERY_KEY_INVALID');
    const file: KeyFile = {
      format: KEYFILE_FORMAT,
      version: KEYFILE_VERSION,
      databaseId,
      demo: options.demo,
      lookupSalt: randomBytes(16).toString('base64'),
      slots: [],
    };
    const passwordSlot = await this.passwordSlot(file, databaseKey, options.username, options.password);
    file.slots.push(passwordSlot, this.recoverySlot(file, databaseKey, recovery.bytes));
    writeKeyFile(this.keyFile, file);
    return { databaseKey, databaseId, slotId: passwordSlot.id, recoveryKey: recovery.text };
  }

  /**
   * The database key, opened with an account's password; WRONG_CREDENTIALS otherwise. An account
   * has two slots only between a password change and its database commit (see addPasswordSlot):
   * the newest that opens is returned, and the caller checks it against the database.
   */
  async unlock(
    username: string,
    password: string,
  ): Promise<{ databaseKey: Buffer; slotId: string; databaseId: string }> {
    const file = this.read();
    const tag = lookupTag(file, username);
    const slots = file.slots
      .filter(
        (s): s is PasswordSlot => s.kind === 'password' && timingSafeEqual(Buffer.from(s.lookup), Buffer.from(tag)),
      )
      .reverse();
    // An unknown username costs the same derivation as a known one: no timing oracle.
    if (slots.length === 0) {
      await deriveKey(password, newScryptParams());
      throw new AppError('WRONG_CREDENTIALS');
    }
    for (const slot of slots) {
      const kek = await deriveKey(password, slot.kdf);
      try {
        return { databaseKey: openSlot(slot, kek, file.databaseId), slotId: slot.id, databaseId: file.databaseId };
      } catch (error) {
        if (!(error instanceof DecryptionError)) throw error;
      } finally {
        kek.fill(0);
      }
    }
    throw new AppError('WRONG_CREDENTIALS');
  }

  /** The database key, opened with the recovery key. */
  unlockWithRecoveryKey(text: string): Buffer {
    const bytes = parseRecoveryKey(text);
    if (!bytes) throw new AppError('RECOVERY_KEY_INVALID');
    const file = this.read();
    const slot = file.slots.find((s): s is RecoverySlot => s.kind === 'recovery');
    if (!slot) throw new AppError('RECOVERY_KEY_WRONG');
    try {
      return openSlot(slot, recoveryKek(bytes, slot.kdf.salt), file.databaseId);
    } catch (error) {
      if (error instanceof DecryptionError) throw new AppError('RECOVERY_KEY_WRONG');
      throw error;
    }
  }

  /**
   * Adds a slot for an account (new account, new or temporary password) and returns its id. The
   * account's earlier slot stays until the database has recorded the new id (`commitSlot`): if the
   * process dies in between, the password the database knows still opens, and the other slot is
   * removed at the next login (`settleSlots`).
   */
  async addPasswordSlot(databaseKey: Buffer, username: string, password: string): Promise<string> {
    const slot = await this.passwordSlot(this.read(), databaseKey, username, password);
    const file = this.read();
    writeKeyFile(this.keyFile, { ...file, slots: [...file.slots, slot] });
    crashPoint('slot-added');
    return slot.id;
  }

  /** After the database recorded `slotId` for the account: its other slots go. */
  commitSlot(username: string, slotId: string): void {
    crashPoint('slot-recorded');
    this.settleSlots(username, slotId);
  }

  /** Keeps of `username`'s password slots only `keep` (none for null); returns whether any went. */
  settleSlots(username: string, keep: string | null): boolean {
    const file = this.read();
    const tag = lookupTag(file, username);
    const next = file.slots.filter((s) => s.kind !== 'password' || s.lookup !== tag || s.id === keep);
    if (next.length === file.slots.length) return false;
    writeKeyFile(this.keyFile, { ...file, slots: next });
    return true;
  }

  removeSlot(slotId: string): void {
    const file = this.read();
    const next = file.slots.filter((s) => s.id !== slotId || s.kind === 'recovery');
    if (next.length === file.slots.length) return;
    writeKeyFile(this.keyFile, { ...file, slots: next });
  }

  hasSlot(slotId: string): boolean {
    return this.read().slots.some((s) => s.id === slotId);
  }

  /** Writes to `target` this key file with a new database key sealed into every slot; no password needed. */
  rewrapAll(newKey: Buffer, target: string): void {
    const file = this.read();
    const slots = file.slots.map((slot) => ({
      ...slot,
      envelope: sealTo(Buffer.from(slot.publicKey, 'base64'), newKey, envelopeAad(slot.id, file.databaseId)),
    }));
    writeKeyFile(target, { ...file, slots });
  }

  private async passwordSlot(
    file: KeyFile,
    databaseKey: Buffer,
    username: string,
    password: string,
  ): Promise<PasswordSlot> {
    const kdf = newScryptParams();
    const kek = await deriveKey(password, kdf);
    return buildSlot('password', kek, databaseKey, file.databaseId, {
      lookup: lookupTag(file, username),
      kdf,
    }) as PasswordSlot;
  }

  private recoverySlot(file: KeyFile, databaseKey: Buffer, recoveryBytes: Buffer): RecoverySlot {
    const salt = randomBytes(16).toString('base64');
    return buildSlot('recovery', recoveryKek(recoveryBytes, salt), databaseKey, file.databaseId, {
      kdf: { name: 'hkdf-sha256', salt },
    }) as RecoverySlot;
  }
}

export { lookupTag };
