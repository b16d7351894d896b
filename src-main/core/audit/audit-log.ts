// The hash-chained audit log: appending, the filters of the Auditlog page and the export, and the
// check. The chain itself (each entry's hash covers its place, its content and the previous entry's
// hash) is chain.ts; `verify` reports the first row that does not fit (chain-verify.ts).
//
// Appending and linking. On SQLite this process is the only writer: an entry is linked (given the
// next position and its hash) in the transaction that appends it. On PostgreSQL many cores append at
// once: there an entry is inserted unlinked with its business transaction and linked right after
// that commit by a short transaction of its own under the chain's lock (chain-linker.ts). What a
// crash between the commit and the link leaves unlinked is linked when a core opens the store
// (`load`) and before `verify`.
import {
  Between,
  In,
  IsNull,
  LessThanOrEqual,
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
import { dialectOf, query, sql } from '../db/sql';
import { withCallOrigin } from '../workspace/call-session';
import { atCommit } from '../workspace/round-trips';
import { EMPTY, hashEntry, type Head } from './chain';
import { ChainLinker, LINK_DELAY_MS, type LinkCounts, type SeenHead } from './chain-linker';
import { verifyChain } from './chain-verify';
import { chainHead, insertEntry, insertUnlinked } from './queries';
import { isLabelled, objectLabel } from './object-labels';
import { revealReasons, scopeOf, sealReason } from './shred';

export { GENESIS_HASH, hashEntry } from './chain';
export { LINK_DELAY_MS } from './chain-linker';

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

export class AuditLog {
  /**
   * The chain's head as this process last saw it. On SQLite the table's; on PostgreSQL re-read under
   * the lock at each link, and never allowed to go back (rows removed from the end show in `verify`).
   */
  private readonly seen: SeenHead = { head: EMPTY };
  /** The link after the commit (PostgreSQL only). */
  private readonly linker: ChainLinker | null;

  /**
   * `linkDelayMs`: how long the link after a commit waits for more commits to link with it in the
   * same run (PostgreSQL; LINK_DELAY_MS, chain-linker.ts). `linkerTries`: that link only tries the
   * chain's lock and looks again later when it is taken (the engines bench's comparison only).
   */
  constructor(
    private readonly source: DataSource,
    private readonly clock: Clock,
    linkDelayMs = LINK_DELAY_MS,
    linkerTries = false,
  ) {
    this.linker =
      source.options.type === 'postgres' ? new ChainLinker(source, this.seen, linkDelayMs, linkerTries) : null;
  }

  /** What this log's linker did so far (PostgreSQL; null on SQLite, where nothing links later). */
  get linkCounts(): Readonly<LinkCounts> | null {
    return this.linker?.counts ?? null;
  }

  /** Reads the chain's head (on PostgreSQL after linking what a crash left); after opening and a rollback. */
  async load(): Promise<void> {
    if (this.linker) return this.link();
    const [head] = await query<Head>(this.source.manager, chainHead());
    this.seen.head = head ? { position: Number(head.position), hash: head.hash } : EMPTY;
  }

  /** The entry's stored fields: its label read and its reason sealed in `manager`'s transaction. */
  private async content(manager: EntityManager, given: AuditInput) {
    // A server session's call: the details name the session and the workstation (call-session.ts).
    const input = withCallOrigin(given);
    return {
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
  }

  /**
   * Whether `appendAlone` can append this entry: on PostgreSQL, when it goes with no other change
   * (a read call's entry, DatabaseHolder.audit) and needs nothing read first (no object label to
   * look up, no reason to seal: a list, a search, a log-in). Otherwise it takes a transaction
   * (`append`), as on SQLite.
   */
  appendsAlone(given: AuditInput): boolean {
    const objectType = given.objectType ?? null;
    const objectId = given.objectId ?? null;
    const reads =
      (given.objectLabel === undefined && isLabelled(objectType) && objectId !== null) ||
      ((given.reason ?? null) !== null && scopeOf(objectType, objectId) !== null);
    return this.linker !== null && !reads;
  }

  /**
   * Appends one entry as a statement on its own, its own transaction (autocommit, `manager` not in
   * a transaction; only when `appendsAlone`): one round trip instead of BEGIN, INSERT, COMMIT,
   * with the same WAL flush at its commit, linked after it as any other entry.
   */
  async appendAlone(manager: EntityManager, given: AuditInput): Promise<AuditEntry> {
    if (!this.linker || !this.appendsAlone(given)) throw new Error('AuditLog.appendAlone: use append');
    if (manager.queryRunner?.isTransactionActive) throw new Error('AuditLog.appendAlone: not in a transaction');
    const content = await this.content(manager, given);
    const [row] = await query<{ id: number }>(manager, insertUnlinked(content));
    this.linker.committedAlone(Number(row!.id));
    return { ...content, id: Number(row!.id), chainPosition: null, prevHash: '', hash: '' };
  }

  /**
   * Appends one entry inside the caller's transaction (so a change and its entry commit together).
   * On SQLite it is linked at once from the head kept in memory; on PostgreSQL it is inserted
   * unlinked and linked after the commit (see above). Returns the entry as stored.
   */
  async append(manager: EntityManager, given: AuditInput): Promise<AuditEntry> {
    const content = await this.content(manager, given);
    if (dialectOf(manager) === 'postgres') {
      const runner = manager.queryRunner;
      if (!runner?.isTransactionActive) throw new Error('AuditLog.append needs a transaction');
      const [row] = await query<{ id: number }>(manager, insertUnlinked(content));
      this.linker?.appendedIn(runner, Number(row!.id));
      return { ...content, id: Number(row!.id), chainPosition: null, prevHash: '', hash: '' };
    }
    const position = this.seen.head.position + 1;
    const linked = { ...content, chainPosition: position, prevHash: this.seen.head.hash };
    const entry: AuditEntry = { ...linked, id: position, hash: hashEntry(linked) };
    await query(manager, insertEntry(entry));
    this.seen.head = { position, hash: entry.hash };
    return entry;
  }

  /**
   * Appends the entry as the last write of the caller's transaction (a call's own entry,
   * execute.ts): as `append`, but on PostgreSQL its INSERT goes with the transaction's COMMIT in
   * one round trip (workspace/round-trips.ts `atCommit`), its id noted for the link as it comes
   * back, before the commit's subscribers hear of it. Its label is read and its reason sealed now,
   * in the transaction, as `append` does; the entry is not returned (its id is known only at the
   * COMMIT). When the transaction does not commit, the entry is not written, as with `append`. On
   * SQLite, and where the values have no literal, it is `append`.
   */
  async appendAtCommit(manager: EntityManager, given: AuditInput): Promise<void> {
    const runner = manager.queryRunner;
    if (dialectOf(manager) !== 'postgres' || !this.linker) {
      await this.append(manager, given);
      return;
    }
    if (!runner?.isTransactionActive) throw new Error('AuditLog.appendAtCommit needs a transaction');
    const content = await this.content(manager, given);
    const linker = this.linker;
    await atCommit(manager, insertUnlinked(content), (rows) => linker.appendedIn(runner, Number(rows[0]!['id'])));
  }

  /**
   * Links every committed unlinked entry (PostgreSQL; nothing to do on SQLite). One run at a time:
   * a call while one runs joins the next run, which starts after it and sees what it could not.
   */
  link(): Promise<void> {
    return this.linker ? this.linker.link() : Promise.resolve();
  }

  /** Resolves once the link running or waiting now is done (its failure is not this caller's). */
  async settled(): Promise<void> {
    await this.linker?.settled();
  }

  /**
   * Checks the chain from its start. With `manager` (a transaction's, audit/handlers.ts) it reads on
   * that connection and links nothing (call `link` first, outside the transaction: linking takes a
   * connection of its own). Without one it links what was committed but is not linked yet (a crash
   * after a commit, or a moment ago) first, so the answer covers every entry committed before it.
   */
  async verify(manager?: EntityManager, batchSize = 5000): Promise<AuditVerification> {
    if (!manager) await this.link();
    // Rows removed from the end cannot be seen in the chain itself; the head kept in memory since
    // opening can.
    return verifyChain(manager ?? this.source.manager, this.seen.head, batchSize);
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
