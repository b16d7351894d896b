// The hash chain's building blocks, shared by the append (audit-log.ts), the linker
// (chain-linker.ts) and the check (chain-verify.ts): each entry's hash covers its place in the
// chain, its content and the previous entry's hash, so changing, removing or reordering a row breaks
// the chain from that row on.
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../db/entities/audit-entry';

export const GENESIS_HASH = '0'.repeat(64);

/** The chain's last linked entry: its position and hash (EMPTY: nothing linked yet). */
export type Head = { position: number; hash: string };

export const EMPTY: Head = { position: 0, hash: GENESIS_HASH };

/** The hash of a linked entry. The position stands first, where the id stood before 0013 (then equal). */
export function hashEntry(
  entry: Omit<AuditEntry, 'id' | 'hash' | 'objectLabel'> & { chainPosition: number; objectLabel?: string | null },
): string {
  const content: unknown[] = [
    entry.chainPosition,
    entry.at,
    entry.actorId,
    entry.actorName,
    entry.action,
    entry.kind,
    entry.objectType,
    entry.objectId,
    entry.result,
    entry.reason,
    entry.legalGround,
    entry.details,
    entry.prevHash,
  ];
  // 0024: the object's name counts only when there is one, so every row written before it (none)
  // hashes as it did, and a label changed afterwards breaks the chain like any other field.
  if (entry.objectLabel !== null && entry.objectLabel !== undefined) content.push(entry.objectLabel);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
