// Crypto-shredding of audit reasons. A reason given on a call about a casus, a person, a mentor
// trajectory or a whole meeting (a minutes print or a partner's uittreksel: "Notulen voor het
// dossier van …") is personal data, yet the audit row must stay in the hash chain. So such a
// reason is stored encrypted (AES-256-GCM) under a key kept per casus/person/trajectory/meeting
// in `audit_key`, and the chain covers the stored, encrypted form. Destruction deletes
// the key (secure_delete overwrites it; destroying a casus also shreds the key of every meeting
// that had an agenda item about it): the row, its hash and the chain stay intact and verifiable,
// while the text can no longer be read by anyone — also not with the database's recovery key.
//
// Stored form: "enc1:<scope>:<base64 of iv(12) | tag(16) | ciphertext>", the scope being e.g.
// "casus:12" (an id, no personal data).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { query } from '../db/sql';
import { deleteKeys, insertKey, keyOfScope } from './queries';

const PREFIX = 'enc1:';

/**
 * The object types whose free text can concern one casus, person or trajectory ('overleg': a
 * meeting, whose reason may name anyone on its agenda). Other reasons stay plain: those of exports
 * of anonymous figures, evaluations and the mentor project, and of the audit log export, are
 * about no one object (see README, Bewaartermijn).
 */
const SCOPED_TYPES = new Set(['casus', 'persoon', 'mentortraject', 'overleg']);

export function scopeOf(objectType: string | null | undefined, objectId: string | null | undefined): string | null {
  if (!objectType || !objectId || !SCOPED_TYPES.has(objectType) || !/^\d+$/.test(objectId)) return null;
  return `${objectType}:${objectId}`;
}

export function isSealed(stored: string | null): boolean {
  return stored !== null && stored.startsWith(PREFIX);
}

function scopeOfSealed(stored: string): string {
  const rest = stored.slice(PREFIX.length);
  return rest.slice(0, rest.lastIndexOf(':'));
}

export function sealWith(key: Buffer, scope: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(scope, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `${PREFIX}${scope}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

function openWith(key: Buffer, stored: string): string | null {
  const scope = scopeOfSealed(stored);
  const bytes = Buffer.from(stored.slice(PREFIX.length + scope.length + 1), 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(scope, 'utf8'));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

async function keyOf(manager: EntityManager, scope: string, create: boolean): Promise<Buffer | null> {
  const [row] = await query<{ key: string }>(manager, keyOfScope(scope));
  if (row) return Buffer.from(row.key, 'hex');
  if (!create) return null;
  // Two writers may add the first key of a scope at once (on PostgreSQL appends do not wait for each
  // other): the second's insert waits for the first's commit and adds nothing; both use the stored one.
  await query(manager, insertKey(scope, randomBytes(32).toString('hex')));
  const [stored] = await query<{ key: string }>(manager, keyOfScope(scope));
  return Buffer.from(stored!.key, 'hex');
}

/** The form in which a reason is stored: encrypted when it concerns a casus, person, trajectory or meeting. */
export async function sealReason(
  manager: EntityManager,
  objectType: string | null,
  objectId: string | null,
  reason: string | null,
): Promise<string | null> {
  const scope = scopeOf(objectType, objectId);
  if (reason === null || scope === null) return reason;
  return sealWith((await keyOf(manager, scope, true))!, scope, reason);
}

/** The readable reasons of stored entries; a shredded one (its key destroyed) reads as null. */
export async function revealReasons<T extends { reason: string | null }>(
  manager: EntityManager,
  entries: T[],
): Promise<T[]> {
  const keys = new Map<string, Buffer | null>();
  const out: T[] = [];
  for (const entry of entries) {
    if (!isSealed(entry.reason)) {
      out.push(entry);
      continue;
    }
    const scope = scopeOfSealed(entry.reason!);
    if (!keys.has(scope)) keys.set(scope, await keyOf(manager, scope, false));
    const key = keys.get(scope)!;
    out.push({ ...entry, reason: key ? openWith(key, entry.reason!) : null });
  }
  return out;
}

/** Destroys the keys of the given scopes: every reason sealed under them becomes unreadable. */
export async function shredScopes(manager: EntityManager, scopes: string[]): Promise<void> {
  for (let i = 0; i < scopes.length; i += 500) {
    await query(manager, deleteKeys(scopes.slice(i, i + 500)));
  }
}
