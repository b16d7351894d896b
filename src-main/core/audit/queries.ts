// The raw SQL of the audit log and its shredding keys (audit-log.ts, shred.ts), written once for
// SQLite and PostgreSQL (see db/sql.ts).
import type { AuditEntry } from '../db/entities/audit-entry';
import { list, sql, type Sql } from '../db/sql';

/** One plain INSERT on the hot path: an entry per call. */
export const insertEntry = (e: AuditEntry): Sql =>
  sql`INSERT INTO audit_entry
        (id, at, actor_id, actor_name, action, kind, object_type, object_id, result, reason, legal_ground, details,
         prev_hash, hash)
      VALUES (${e.id}, ${e.at}, ${e.actorId}, ${e.actorName}, ${e.action}, ${e.kind}, ${e.objectType}, ${e.objectId},
              ${e.result}, ${e.reason}, ${e.legalGround}, ${e.details}, ${e.prevHash}, ${e.hash})`;

/** The chain's last entry (`id`, `hash`), none when the log is empty. */
export const chainHead = (): Sql => sql`SELECT id AS "id", hash AS "hash" FROM audit_entry ORDER BY id DESC LIMIT 1`;

/** The key of one scope (`key`, hex). */
export const keyOfScope = (scope: string): Sql => sql`SELECT key AS "key" FROM audit_key WHERE scope = ${scope}`;

export const insertKey = (scope: string, keyHex: string): Sql =>
  sql`INSERT INTO audit_key (scope, key) VALUES (${scope}, ${keyHex})`;

/** Shreds the keys of the given scopes (the callers keep a list under the engines' parameter limits). */
export const deleteKeys = (scopes: readonly string[]): Sql => sql`DELETE FROM audit_key WHERE scope IN ${list(scopes)}`;
