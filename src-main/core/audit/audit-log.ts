// The hash-chained audit log. Each entry's hash covers its place in the chain, its content and the
// previous entry's hash, so changing, removing or reordering a row breaks the chain from that row on;
// `verify` reports the first row that does not fit.
//
// Appending and linking. On SQLite this process is the only writer: an entry is linked (given the
// next position and its hash) in the transaction that appends it. On PostgreSQL many cores append at
// once, and holding the chain's lock from the append to the commit made every audited transaction
// wait for the others' commits (8 writers: p99 ~30 ms, docs/benchmarks.md). So there an entry is
// inserted unlinked with its business transaction (atomic as before: both commit or neither), and
// right after that commit a short transaction of its own, under the chain's lock, links the committed
// unlinked rows in id order (`link`). One link runs at a time per AuditLog; a request while one runs
// joins the next. What a crash between the commit and the link leaves unlinked is linked when a core
// opens the store (`load`) and before `verify`. Ids come from a sequence and may have holes (a
// rolled-back append); the positions have none.
import { createHash } from 'node:crypto';
import {
  Between,
  In,
  IsNull,
  LessThanOrEqual,
  MoreThan,
  MoreThanOrEqual,
  type DataSource,
  type EntityManager,
  Raw,
  type FindOptionsWhere,
} from 'typeorm';
import { storedActionNames } from '../../../src-shared/ipc/former-names';
import { storedActionsOfGroup } from '../../../src-shared/ipc/audit-actions';
import type { AuditFilter, AuditVerification } from '../../../src-shared/ipc/audit';
import { asSystem } from '../access/row-security';
import type { AuditKind } from '../../../src-shared/ipc/channel';
import type { Clock } from '../clock';
import { AuditEntryEntity, type AuditEntry } from '../db/entities/audit-entry';
import { LOCK, lockForTransaction } from '../db/locks';
import { dialectOf, query, sql } from '../db/sql';
import { withCallOrigin } from '../workspace/call-session';
import {
  chainHead,
  insertEntry,
  insertUnlinked,
  linkEntries,
  unlinkedAmong,
  unlinkedEntries,
  type Link,
} from './queries';
import { objectLabel } from './object-labels';
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
  /**
   * The object's human name; when left out, read from the object in the entry's own transaction
   * (object-labels.ts). Never personal data.
   */
  objectLabel?: string | null;
}

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

function localDayStart(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

function localDayEnd(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString();
}

/** The actions a filter looks for: one action, a group's, or both (those in both); none: any. */
function actionsOf(filter: AuditFilter): string[] | null {
  const one = filter.action ? storedActionNames(filter.action) : null;
  const group = filter.group ? storedActionsOfGroup(filter.group) : null;
  if (one && group) return one.filter((action) => group.includes(action));
  return one ?? group;
}

/** `text` as a LIKE pattern for "contains", lower case, with `%`, `_` and `\` taken literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The ids (as stored in the log) of the casussen whose number matches, for rows written before 0024. */
async function casesNamed(manager: EntityManager, pattern: string): Promise<string[]> {
  const rows = await asSystem(manager, 'auditLabels', () =>
    query<{ id: number }>(
      manager,
      sql`SELECT id AS "id" FROM casus WHERE LOWER(number) LIKE ${pattern} ESCAPE '\\' ORDER BY id LIMIT 500`,
    ),
  );
  return rows.map((row) => String(row.id));
}

/** Rows linked per transaction of the linker. */
const LINK_BATCH = 500;

/**
 * How long the link after a commit waits for more commits (PostgreSQL). A run costs about six
 * statements (a look, then the lock, the head and the unlinked rows, the update, in a transaction)
 * however many rows it links: at 45 audited calls a second per process, 50 ms links about three
 * calls' entries per run instead of one (docs/benchmarks.md, "Round trips per call"). It widens the
 * window in which a committed entry is not yet covered by the chain by as much (team-store.md).
 */
export const LINK_DELAY_MS = 50;

type Head = { position: number; hash: string };

/** An unlinked entry as `unlinkedEntries` reads it, with the chain's head (null: nothing linked). */
type UnlinkedRow = Omit<AuditEntry, 'chainPosition' | 'prevHash' | 'hash'> & {
  position: number | null;
  hash: string | null;
};

const EMPTY: Head = { position: 0, hash: GENESIS_HASH };

export class AuditLog {
  /**
   * The chain's head as this process last saw it. On SQLite the table's; on PostgreSQL re-read under
   * the lock at each link, and never allowed to go back (rows removed from the end show in `verify`).
   */
  private last: Head = EMPTY;
  /** Transactions (their query runners) that appended on PostgreSQL and have not ended yet, with the ids. */
  private readonly appended = new WeakMap<object, number[]>();
  /** Ids committed by this process since the last link run started. */
  private committed: number[] = [];
  /** Whether the next run must look at every unlinked row (`link`), not only at `committed`. */
  private full = false;
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** The link after a commit, waiting `linkDelayMs` for the commits that follow it (`soon`). */
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * `linkDelayMs`: how long the link after a commit waits for more commits to link with it in the
   * same run (PostgreSQL; LINK_DELAY_MS, below).
   */
  constructor(
    private readonly source: DataSource,
    private readonly clock: Clock,
    private readonly linkDelayMs = LINK_DELAY_MS,
  ) {
    if (source.options.type === 'postgres') {
      // Link right after each commit that appended, from whatever path the transaction came.
      source.subscribers.push({
        afterTransactionCommit: ({ queryRunner }) => {
          const ids = queryRunner.isTransactionActive ? undefined : this.appended.get(queryRunner);
          if (!ids) return;
          this.appended.delete(queryRunner);
          this.committed.push(...ids);
          // Not awaited: the commit is done; what a failed link leaves is linked by the next one.
          this.soon();
        },
        afterTransactionRollback: ({ queryRunner }) => {
          if (!queryRunner.isTransactionActive) this.appended.delete(queryRunner);
        },
      });
    }
  }

  private get postgres(): boolean {
    return this.source.options.type === 'postgres';
  }

  /** Reads the chain's head (on PostgreSQL after linking what a crash left); after opening and a rollback. */
  async load(): Promise<void> {
    if (this.postgres) return this.link();
    const [head] = await query<Head>(this.source.manager, chainHead());
    this.last = head ? { position: Number(head.position), hash: head.hash } : EMPTY;
  }

  /**
   * Appends one entry inside the caller's transaction (so a change and its entry commit together).
   * On SQLite it is linked at once from the head kept in memory; on PostgreSQL it is inserted
   * unlinked and linked after the commit (see above). Returns the entry as stored.
   */
  async append(manager: EntityManager, given: AuditInput): Promise<AuditEntry> {
    // A server session's call: the details name the session and the workstation (call-session.ts).
    const input = withCallOrigin(given);
    const content = {
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
      objectLabel:
        input.objectLabel !== undefined
          ? input.objectLabel
          : await objectLabel(manager, { objectType: input.objectType ?? null, objectId: input.objectId ?? null }),
    };
    if (dialectOf(manager) === 'postgres') {
      const runner = manager.queryRunner;
      if (!runner?.isTransactionActive) throw new Error('AuditLog.append needs a transaction');
      const [row] = await query<{ id: number }>(manager, insertUnlinked(content));
      const ids = this.appended.get(runner) ?? [];
      ids.push(Number(row!.id));
      this.appended.set(runner, ids);
      return { ...content, id: Number(row!.id), chainPosition: null, prevHash: '', hash: '' };
    }
    const position = this.last.position + 1;
    const linked = { ...content, chainPosition: position, prevHash: this.last.hash };
    const entry: AuditEntry = { ...linked, id: position, hash: hashEntry(linked) };
    await query(manager, insertEntry(entry));
    this.last = { position, hash: entry.hash };
    return entry;
  }

  /**
   * Links every committed unlinked entry (PostgreSQL; nothing to do on SQLite). One run at a time:
   * a call while one runs joins the next run, which starts after it and sees what it could not.
   */
  link(): Promise<void> {
    if (!this.postgres) return Promise.resolve();
    this.full = true;
    // This run takes what the delayed one would have (`committed`).
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.request();
  }

  /**
   * The link after a commit: in `linkDelayMs`, so that the commits of that moment (this core's
   * other calls) are linked in one run, under the lock once, instead of a run each. `link`,
   * `settled` (closing) and `verify` do not wait for it.
   */
  private soon(): void {
    if (this.timer) return;
    if (this.linkDelayMs <= 0) {
      this.request().catch(() => undefined);
      return;
    }
    this.timer = setTimeout(() => this.fire(), this.linkDelayMs);
    // A process that ends meanwhile leaves the entries unlinked, as a crash would: the next link
    // of any core links them.
    this.timer.unref?.();
  }

  /** Starts the delayed link now (none waiting: nothing). */
  private fire(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.request().catch(() => undefined);
  }

  /**
   * A run of the linker: a new one, or the one after the running one. The run after a commit looks
   * first, without the lock, whether this process's entries are still unlinked; when another
   * core's link took them it has nothing to do (8 writers: most runs), and skips the lock.
   */
  private request(): Promise<void> {
    if (!this.running) {
      this.running = this.linkAll().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.next ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.request();
      });
    return this.next;
  }

  /** Resolves once the link running or waiting now is done (its failure is not this caller's). */
  async settled(): Promise<void> {
    this.fire();
    await (this.next ?? this.running)?.catch(() => undefined);
  }

  private async linkAll(): Promise<void> {
    const full = this.full;
    const ids = this.committed.splice(0);
    this.full = false;
    if (!full) {
      if (ids.length === 0) return;
      if (ids.length <= LINK_BATCH) {
        const unlinked = await query<{ id: number }>(this.source.manager, unlinkedAmong(ids));
        if (unlinked.length === 0) return;
      }
    }
    for (;;) {
      const linked = await this.source.transaction(async (manager) => {
        await lockForTransaction(manager, LOCK.auditChain);
        // The unlinked rows with the head beside each (one statement); the head alone when none.
        const rows = await query<UnlinkedRow>(manager, unlinkedEntries(LINK_BATCH));
        const [head] = rows.length > 0 ? [rows[0]!] : await query<Head>(manager, chainHead());
        const from: Head =
          head && head.position !== null ? { position: Number(head.position), hash: head.hash! } : EMPTY;
        // Rows removed from the end since this process saw them: link nothing onto the shortened
        // chain (`verify` reports where it ends).
        if (from.position < this.last.position) return null;
        if (rows.length === 0) return { head: from, count: 0 };
        const links: Link[] = [];
        let previous = from;
        for (const { position: _head, hash: _headHash, ...row } of rows) {
          const position = previous.position + 1;
          const hash = hashEntry({ ...row, chainPosition: position, prevHash: previous.hash });
          links.push({ id: Number(row.id), position, prevHash: previous.hash, hash });
          previous = { position, hash };
        }
        await query(manager, linkEntries(links));
        return { head: previous, count: rows.length };
      });
      if (!linked) return;
      // Only once committed: a head that did not commit must not count as seen.
      this.last = linked.head;
      if (linked.count < LINK_BATCH) return;
    }
  }

  /**
   * Checks the chain from its start. With `manager` (a transaction's, audit/handlers.ts) it reads on
   * that connection and links nothing (call `link` first, outside the transaction: linking takes a
   * connection of its own). Without one it links what was committed but is not linked yet (a crash
   * after a commit, or a moment ago) first, so the answer covers every entry committed before it.
   */
  async verify(manager?: EntityManager, batchSize = 5000): Promise<AuditVerification> {
    if (!manager) await this.link();
    const repository = (manager ?? this.source.manager).getRepository(AuditEntryEntity);
    let previous: Head = EMPTY;
    let checked = 0;
    for (;;) {
      const batch = await repository.find({
        where: { chainPosition: MoreThan(previous.position) },
        order: { chainPosition: 'ASC' },
        take: batchSize,
      });
      for (const entry of batch) {
        const { hash, id: _id, ...rest } = entry;
        const position = entry.chainPosition!;
        if (
          position !== previous.position + 1 ||
          entry.prevHash !== previous.hash ||
          hashEntry({ ...rest, chainPosition: position }) !== hash
        ) {
          return { ok: false, checked, firstBroken: { id: position, at: entry.at } };
        }
        previous = { position, hash };
        checked++;
      }
      if (batch.length < batchSize) break;
    }
    // Rows removed from the end cannot be seen in the chain itself; the head kept in memory since
    // opening can.
    if (previous.position < this.last.position) {
      return { ok: false, checked, firstBroken: { id: previous.position + 1, at: '' } };
    }
    return { ok: true, checked, firstBroken: null };
  }

  /**
   * The filter as TypeORM conditions (several: any of them). A filter on the object's name looks
   * in the names the rows kept (0024) and, for older rows of a casus, in today's casusnummers.
   */
  private async where(manager: EntityManager, filter: AuditFilter): Promise<FindOptionsWhere<AuditEntry>[]> {
    const where: FindOptionsWhere<AuditEntry> = {};
    if (filter.actorId !== undefined) where.actorId = filter.actorId;
    if (filter.kind) where.kind = filter.kind;
    const actions = actionsOf(filter);
    if (actions) where.action = In(actions);
    if (filter.objectType) where.objectType = filter.objectType;
    if (filter.objectId) where.objectId = filter.objectId;
    if (filter.from && filter.to) where.at = Between(localDayStart(filter.from), localDayEnd(filter.to));
    else if (filter.from) where.at = MoreThanOrEqual(localDayStart(filter.from));
    else if (filter.to) where.at = LessThanOrEqual(localDayEnd(filter.to));
    if (!filter.object) return [where];
    const pattern = likePattern(filter.object);
    const named = Raw((column) => `LOWER(${column}) LIKE :pattern ESCAPE '\\'`, { pattern });
    const older = await casesNamed(manager, pattern);
    return [
      { ...where, objectLabel: named },
      ...(older.length && (!filter.objectType || filter.objectType === 'casus')
        ? [{ ...where, objectLabel: IsNull(), objectType: 'casus', objectId: In(older) }]
        : []),
    ];
  }

  /** A page of entries, newest first, read in `manager`'s transaction. */
  async query(
    manager: EntityManager,
    filter: AuditFilter,
    offset: number,
    limit: number,
  ): Promise<{ total: number; entries: AuditEntry[] }> {
    const [entries, total] = await manager
      .getRepository(AuditEntryEntity)
      .findAndCount({ where: await this.where(manager, filter), order: { id: 'DESC' }, skip: offset, take: limit });
    return { total, entries: await revealReasons(manager, entries) };
  }

  /**
   * The entries with their reasons readable (a shredded reason reads as null); the hash stays the
   * stored one's. An export shows each entry's hash: the caller links first (`link`, outside the
   * transaction of `manager`).
   */
  async all(manager: EntityManager, filter: AuditFilter): Promise<AuditEntry[]> {
    const entries = await manager
      .getRepository(AuditEntryEntity)
      .find({ where: await this.where(manager, filter), order: { id: 'ASC' } });
    return revealReasons(manager, entries);
  }
}
