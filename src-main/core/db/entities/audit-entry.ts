// One line of the hash-chained audit log. Append-only: the application never deletes a row and
// changes one only once, to link it into the chain (on PostgreSQL a row is committed unlinked and
// linked right after the commit, audit/audit-log.ts): then `chainPosition` is its place in the
// chain and `hash` covers that position, the row's content and the previous row's hash.
import { EntitySchema } from 'typeorm';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  kind: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  reason: string | null;
  /** For disclosures: the covenant article (or other legal ground) that allows it. */
  legalGround: string | null;
  /** Extra facts as JSON, never personal data. */
  details: string | null;
  /**
   * The object's human name when the row was written (0024): a casusnummer, a meeting's title and
   * date, an account's display name; never a person's name (audit/object-labels.ts). Null before
   * 0024 and for objects without one; the hash covers it only when it is set.
   */
  objectLabel: string | null;
  /** The row's place in the chain (1, 2, …); null until linked. */
  chainPosition: number | null;
  /** Empty until linked. */
  prevHash: string;
  hash: string;
}

export const AuditEntryEntity = new EntitySchema<AuditEntry>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  columns: {
    id: { type: 'integer', primary: true },
    at: { type: 'text' },
    actorId: { type: 'integer', name: 'actor_id', nullable: true },
    actorName: { type: 'text', name: 'actor_name', nullable: true },
    action: { type: 'text' },
    kind: { type: 'text' },
    objectType: { type: 'text', name: 'object_type', nullable: true },
    objectId: { type: 'text', name: 'object_id', nullable: true },
    result: { type: 'text' },
    reason: { type: 'text', nullable: true },
    legalGround: { type: 'text', name: 'legal_ground', nullable: true },
    details: { type: 'text', nullable: true },
    objectLabel: { type: 'text', name: 'object_label', nullable: true },
    chainPosition: { type: 'integer', name: 'chain_position', nullable: true },
    prevHash: { type: 'text', name: 'prev_hash' },
    hash: { type: 'text' },
  },
});
