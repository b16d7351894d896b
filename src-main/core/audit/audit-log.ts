// The hash-chained audit log. Each entry's hash covers its id, its content and the previous
// entry's hash, so changing, removing or reordering a row breaks the chain from that row on;
// `verify` reports the first row that does not fit.
import { createHash } from 'node:crypto';
import {
  Between,
  In,
  LessThanOrEqual,
  MoreThan,
  MoreThanOrEqual,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
} from 'typeorm';
import { storedActionNames } from '../../../src-shared/ipc/former-names';
import type { AuditEntryView, AuditFilter, AuditVerification } from '../../../src-shared/ipc/audit';
import type { AuditKind } from '../../../src-shared/ipc/channel';
import type { Clock } from '../clock';
import { AuditEntryEntity, type AuditEntry } from '../db/entities/audit-entry';
import { LOCK, lockForTransaction } from '../db/locks';
import { dialectOf, query } from '../db/sql';
import { withCallOrigin } from '../workspace/call-session';
import { chainHead, insertEntry } from './queries';
import { revealReasons, sealReason } from './shred';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actorId: number | null;
  actorName: string | null;
  action: string;
  kind: Exclude<AuditKind, 'none'>;
  objectType?: string | null;
  objectId?: string | null;
  /** 'ok' or an error code. */
  result: string;
  reason?: string | null;
  legalGround?: string | null;
  /** Extra facts, never personal data. */
  details?: Record<string, string | number | boolean | null> | null;
  /** Overrides the clock (failed logins recorded while the database was closed). */
  at?: Date;
}

export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const content = [
    entry.id,
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
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function localDayStart(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function localDayEnd(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}

export function toView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at,
    actorId: entry.actorId,
    actorName: entry.actorName,
    action: entry.action,
    kind: entry.kind as AuditKind,
    objectType: entry.objectType,
    objectId: entry.objectId,
    result: entry.result,
    reason: entry.reason,
  };
}

export class AuditLog {
  /** The chain's head as this process last saw it; on PostgreSQL re-read under the lock at each append. */
  private last: { id: number; hash: string } = { id: 0, hash: GENESIS_HASH };

  constructor(
    private readonly source: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Reads the chain's head; call after opening and after a rolled-back transaction. */
  async load(): Promise<void> {
    const [head] = await this.source.getRepository(AuditEntryEntity).find({ order: { id: 'DESC' }, take: 1 });
    this.last = head ? { id: head.id, hash: head.hash } : { id: 0, hash: GENESIS_HASH };
  }

  /**
   * Appends one entry inside the caller's transaction (so a change and its entry commit together).
   * On SQLite this process is the only writer and the head kept in memory is the table's. On
   * PostgreSQL other cores append too: the chain's lock, held until the caller's transaction ends,
   * lets one transaction at a time read the head from the table and add the next id.
   */
  async append(manager: EntityManager, given: AuditInput): Promise<AuditEntry> {
    // A server session's call: the details name the session and the workstation (call-session.ts).
    const input = withCallOrigin(given);
    if (dialectOf(manager) === 'postgres') {
      await lockForTransaction(manager, LOCK.auditChain);
      const [head] = await query<{ id: number; hash: string }>(manager, chainHead());
      this.last = head ? { id: Number(head.id), hash: head.hash } : { id: 0, hash: GENESIS_HASH };
    }
    const base: Omit<AuditEntry, 'hash'> = {
      id: this.last.id + 1,
      at: (input.at ?? this.clock.now()).toISOString(),
      actorId: input.actorId,
      actorName: input.actorName,
      action: input.action,
      kind: input.kind,
      objectType: input.objectType ?? null,
      objectId: input.objectId ?? null,
      result: input.result,
      // A reason about a casus, person or trajectory is stored encrypted under that object's key
      // (crypto-shredding, see shred.ts); the hash covers the stored form.
      reason: await sealReason(manager, input.objectType ?? null, input.objectId ?? null, input.reason ?? null),
      legalGround: input.legalGround ?? null,
      details: input.details ? JSON.stringify(input.details) : null,
      prevHash: this.last.hash,
    };
    const entry: AuditEntry = { ...base, hash: hashEntry(base) };
    await query(manager, insertEntry(entry));
    this.last = { id: entry.id, hash: entry.hash };
    return entry;
  }

  async verify(batchSize = 5000): Promise<AuditVerification> {
    const repository = this.source.getRepository(AuditEntryEntity);
    let previous = { id: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const batch = await repository.find({
        where: { id: MoreThan(previous.id) },
        order: { id: 'ASC' },
        take: batchSize,
      });
      for (const entry of batch) {
        const { hash, ...rest } = entry;
        if (entry.id !== previous.id + 1 || entry.prevHash !== previous.hash || hashEntry(rest) !== hash) {
          return { ok: false, checked, firstBroken: { id: entry.id, at: entry.at } };
        }
        previous = { id: entry.id, hash };
        checked++;
      }
      if (batch.length < batchSize) break;
    }
    // Rows removed from the end cannot be seen in the chain itself; the head kept in memory since
    // opening can.
    if (previous.id < this.last.id) return { ok: false, checked, firstBroken: { id: previous.id + 1, at: '' } };
    return { ok: true, checked, firstBroken: null };
  }

  private where(filter: AuditFilter): FindOptionsWhere<AuditEntry> {
    const where: FindOptionsWhere<AuditEntry> = {};
    if (filter.actorId !== undefined) where.actorId = filter.actorId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.action) where.action = In(storedActionNames(filter.action));
    if (filter.objectType) where.objectType = filter.objectType;
    if (filter.objectId) where.objectId = filter.objectId;
    if (filter.from && filter.to) where.at = Between(localDayStart(filter.from), localDayEnd(filter.to));
    else if (filter.from) where.at = MoreThanOrEqual(localDayStart(filter.from));
    else if (filter.to) where.at = LessThanOrEqual(localDayEnd(filter.to));
    return where;
  }

  async query(filter: AuditFilter, offset: number, limit: number): Promise<{ total: number; entries: AuditEntry[] }> {
    const [entries, total] = await this.source
      .getRepository(AuditEntryEntity)
      .findAndCount({ where: this.where(filter), order: { id: 'DESC' }, skip: offset, take: limit });
    return { total, entries: await revealReasons(this.source.manager, entries) };
  }

  /** The entries with their reasons readable (a shredded reason reads as null); the hash stays the stored one's. */
  async all(filter: AuditFilter): Promise<AuditEntry[]> {
    const entries = await this.source
      .getRepository(AuditEntryEntity)
      .find({ where: this.where(filter), order: { id: 'ASC' } });
    return revealReasons(this.source.manager, entries);
  }
}
