// The key slot file next to the database ("<database>.sleutels"). It holds, per account and for the
// recovery key, an X25519 key pair whose private half is sealed under a key derived from the
// password (or recovery key), and an envelope with the database key sealed to the public half.
// It reveals nothing about the data: no names (accounts are found by a salted hash of the
// username), no counts beyond the number of slots. Written atomically; versioned.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../src-shared/ipc/errors';
import { writeFileAtomic } from '../fs/atomic';
import type { Envelope, Sealed } from './crypto';
import { scryptParams } from './kdf';

export const KEYFILE_FORMAT = 'cter-werkplaats-sleutels';
export const KEYFILE_VERSION = 1;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);
const sealed = z.object({ iv: base64, data: base64 }).strict();
const envelope = z.object({ ephemeral: base64, iv: base64, data: base64 }).strict();

const common = {
  id: z.uuid(),
  publicKey: base64,
  privateKey: sealed,
  envelope,
};

const passwordSlot = z
  .object({ ...common, kind: z.literal('password'), lookup: z.string().regex(/^[0-9a-f]{64}$/), kdf: scryptParams })
  .strict();

const recoverySlot = z
  .object({
    ...common,
    kind: z.literal('recovery'),
    kdf: z.object({ name: z.literal('hkdf-sha256'), salt: base64 }).strict(),
  })
  .strict();

const keyFileSchema = z
  .object({
    format: z.literal(KEYFILE_FORMAT),
    version: z.literal(KEYFILE_VERSION),
    databaseId: z.uuid(),
    demo: z.boolean(),
    lookupSalt: base64,
    slots: z.array(z.discriminatedUnion('kind', [passwordSlot, recoverySlot])),
  })
  .strict();

export type KeyFile = z.infer<typeof keyFileSchema>;
export type PasswordSlot = z.infer<typeof passwordSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;
export type Slot = KeyFile['slots'][number];
export type { Envelope, Sealed };

export function keyFilePath(databasePath: string): string {
  return `${databasePath}.sleutels`;
}

export function readKeyFile(path: string): KeyFile {
  if (!existsSync(path)) throw new AppError('KEYFILE_MISSING');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new AppError('KEYFILE_DAMAGED');
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > KEYFILE_VERSION) throw new AppError('DATABASE_TOO_NEW');
  const parsed = keyFileSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('KEYFILE_DAMAGED');
  return parsed.data;
}

export function writeKeyFile(path: string, file: KeyFile): void {
  writeFileAtomic(path, `${JSON.stringify(keyFileSchema.parse(file), null, 2)}\n`);
}
