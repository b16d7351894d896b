// The raw SQL of the audit log and its shredding keys (audit-log.ts, shred.ts), written once for
// SQLite and PostgreSQL (see db/sql.ts).
import type { AuditEntry } from '../db/entities/audit-entry';
import { join, list, sql, type Sql } from '../db/sql';

/** One plain INSERT on the hot path: an entry per call, linked (SQLite: id and position are the same). */
export const insertEntry = (e: AuditEntry): Sql =>
  sql`INSERT INTO audit_entry
        (id, at, actor_id, actor_name, action, kind, object_type, object_id, result, reason, legal_ground, details,
         object_label, chain_position, prev_hash, hash)
      VALUES (${e.id}, ${e.at}, ${e.actorId}, ${e.actorName}, ${e.action}, ${e.kind}, ${e.objectType}, ${e.objectId},
              ${e.result}, ${e.reason}, ${e.legalGround}, ${e.details}, ${e.objectLabel}, ${e.chainPosition},
              ${e.prevHash}, ${e.hash})`;

/** An unlinked entry (PostgreSQL): the id from the sequence, no position, the chain fields empty. */
export const insertUnlinked = (e: Omit<AuditEntry, 'id' | 'chainPosition' | 'prevHash' | 'hash'>): Sql =>
  sql`INSERT INTO audit_entry
        (at, actor_id, actor_name, action, kind, object_type, object_id, result, reason, legal_ground, details,
         object_label, chain_position, prev_hash, hash)
      VALUES (${e.at}, ${e.actorId}, ${e.actorName}, ${e.action}, ${e.kind}, ${e.objectType}, ${e.objectId},
              ${e.result}, ${e.reason}, ${e.legalGround}, ${e.details}, ${e.objectLabel}, NULL, '', '')
      RETURNING id AS "id"`;

/** The chain's last linked entry (`position`, `hash`), none when nothing is linked. */
export const chainHead = (): Sql =>
  sql`SELECT chain_position AS "position", hash AS "hash" FROM audit_entry
      WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1`;

/**
 * Committed entries not yet linked, in id order (all columns, as the entity names them), each with
 * the chain's head beside it (`position`, `hash`, as `chainHead` names them; null when nothing is
 * linked): the linker's one read under the lock. No row when nothing is unlinked.
 */
export const unlinkedEntries = (limit: number): Sql =>
  sql`SELECT u.id AS "id", u.at AS "at", u.actor_id AS "actorId", u.actor_name AS "actorName", u.action AS "action",
             u.kind AS "kind", u.object_type AS "objectType", u.object_id AS "objectId", u.result AS "result",
             u.reason AS "reason", u.legal_ground AS "legalGround", u.details AS "details",
             u.object_label AS "objectLabel", h.chain_position AS "position", h.hash AS "hash"
      FROM (SELECT * FROM audit_entry WHERE chain_position IS NULL ORDER BY id LIMIT ${limit}) u
      LEFT JOIN (SELECT chain_position, hash FROM audit_entry
                 WHERE chain_position IS NOT NULL ORDER BY chain_position DESC LIMIT 1) h ON 1 = 1
      ORDER BY u.id`;

/** Which of the given entries are not linked yet (one at most: whether any is). */
export const unlinkedAmong = (ids: readonly number[]): Sql =>
  sql`SELECT id AS "id" FROM audit_entry WHERE id IN ${list(ids)} AND chain_position IS NULL LIMIT 1`;

export interface Link {
  id: number;
  position: number;
  prevHash: string;
  hash: string;
}

/** Links entries in one statement; a row linked meanwhile is left alone (and the UNIQUE position refuses a double). */
export const linkEntries = (links: readonly Link[]): Sql =>
  sql`WITH v (id, position, prev_hash, hash) AS (VALUES ${join(
    links.map(
      (l) =>
        sql`(CAST(${l.id} AS integer), CAST(${l.position} AS integer), CAST(${l.prevHash} AS text), CAST(${l.hash} AS text))`,
    ),
    ', ',
  )})
      UPDATE audit_entry SET chain_position = v.position, prev_hash = v.prev_hash, hash = v.hash
      FROM v WHERE audit_entry.id = v.id AND audit_entry.chain_position IS NULL`;

/** The key of one scope (`key`, hex). */
export const keyOfScope = (scope: string): Sql => sql`SELECT key AS "key" FROM audit_key WHERE scope = ${scope}`;

/** Adds a scope's key unless another transaction added one first (then that one counts: read it again). */
export const insertKey = (scope: string, keyHex: string): Sql =>
  sql`INSERT INTO audit_key (scope, key) VALUES (${scope}, ${keyHex}) ON CONFLICT (scope) DO NOTHING`;

/** Shreds the keys of the given scopes (the callers keep a list under the engines' parameter limits). */
export const deleteKeys = (scopes: readonly string[]): Sql => sql`DELETE FROM audit_key WHERE scope IN ${list(scopes)}`;
