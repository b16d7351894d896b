// The link step on PostgreSQL (team-store.md, "The audit log stays one hash chain with many
// writers"). Many cores append at once, and holding the chain's lock from the append to the commit
// made every audited transaction wait for the others' commits (8 writers: p99 ~30 ms,
// docs/benchmarks.md). So an entry is inserted unlinked with its business transaction (atomic as
// before: both commit or neither), and after that commit a short transaction of its own, under the
// chain's lock, links the committed unlinked rows in id order. One link runs at a time per linker
// (per AuditLog); a request while one runs joins the next. What a crash between the commit and the
// link leaves unlinked is linked by the next link of any core. Ids come from a sequence and may have
// holes (a rolled-back append); the positions have none.
import type { DataSource } from 'typeorm';
import type { AuditEntry } from '../db/entities/audit-entry';
import { transactionFor } from '../access/row-security';
import { chainLock, LOCK, tryLockForTransaction } from '../db/locks';
import { query } from '../db/sql';
import { readTogether } from '../db/kept';
import { atCommit } from '../workspace/round-trips';
import { EMPTY, hashEntry, type Head } from './chain';
import { chainHead, linkEntries, unlinkedAmong, unlinkedEntries, type Link } from './queries';

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

/** The wait before a run after a commit that found the lock taken looks again: its delay, 10–50 ms. */
const RETRY_MS = { min: 10, max: LINK_DELAY_MS };

/** An unlinked entry as `unlinkedEntries` reads it, with the chain's head (null: nothing linked). */
type UnlinkedRow = Omit<AuditEntry, 'chainPosition' | 'prevHash' | 'hash'> & {
  position: number | null;
  hash: string | null;
};

/** The chain's head as a process last saw it linked; never allowed to go back. */
export interface SeenHead {
  head: Head;
}

/** What the linker did since it was made (the engines bench prints them per variant). */
export interface LinkCounts {
  /** Runs with something to look at. */
  runs: number;
  /** Looks without the lock that found this process's entries linked by another run already. */
  skipped: number;
  /** Tries of the lock that found it taken (each a transaction of three round trips, no write). */
  busy: number;
  /** Transactions that linked at least one row (each a WAL flush at its commit). */
  links: number;
  /** Rows linked. */
  rows: number;
}

export class ChainLinker {
  /** Transactions (their query runners) that appended and have not ended yet, with the ids. */
  private readonly appended = new WeakMap<object, number[]>();
  /** Ids committed by this process since the last link run started. */
  private committed: number[] = [];
  /** Whether the next run must look at every unlinked row (`link`), not only at `committed`. */
  private full = false;
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  /** The link after a commit, waiting `delayMs` for the commits that follow it (`soon`). */
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** How long a run after a commit that found the lock taken waits before it looks again. */
  private readonly retryMs: number;
  readonly counts: LinkCounts = { runs: 0, skipped: 0, busy: 0, links: 0, rows: 0 };

  /**
   * `seen`: shared with the AuditLog (its `verify`). `delayMs`: how long the link after a commit
   * waits for more commits to link with it in the same run (LINK_DELAY_MS). `tryLock`: a run after
   * a commit only tries the chain's lock and, when it is taken, looks again `retryMs` later, as from
   * fb82a1a until 2026-12-05 evening (for comparison in the engines bench only: it made the 8
   * writers' p99 worse, docs/benchmarks.md).
   */
  constructor(
    private readonly source: DataSource,
    private readonly seen: SeenHead,
    private readonly delayMs: number,
    private readonly tryLock = false,
  ) {
    this.retryMs = Math.min(Math.max(delayMs, RETRY_MS.min), RETRY_MS.max);
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

  /** Notes an entry appended unlinked in the transaction of `runner`, to link after its commit. */
  appendedIn(runner: object, id: number): void {
    const ids = this.appended.get(runner) ?? [];
    ids.push(id);
    this.appended.set(runner, ids);
  }

  /** Notes an entry committed on its own (autocommit, `AuditLog.appendAlone`) and links it soon. */
  committedAlone(id: number): void {
    this.committed.push(id);
    this.soon();
  }

  /**
   * Links every committed unlinked entry. One run at a time: a call while one runs joins the next
   * run, which starts after it and sees what it could not.
   */
  link(): Promise<void> {
    this.full = true;
    // This run takes what the delayed one would have (`committed`).
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return this.request();
  }

  /** Resolves once the link running or waiting now is done (its failure is not this caller's). */
  async settled(): Promise<void> {
    this.fire();
    await (this.next ?? this.running)?.catch(() => undefined);
  }

  /**
   * The link after a commit: in `delayMs`, so that the commits of that moment (this core's other
   * calls) are linked in one run, under the lock once, instead of a run each. `link`, `settled`
   * (closing) and `verify` do not wait for it.
   */
  private soon(): void {
    if (this.timer) return;
    if (this.delayMs <= 0) {
      this.request().catch(() => undefined);
      return;
    }
    this.timer = setTimeout(() => this.fire(), this.delayMs);
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

  /**
   * Links in batches under the chain's lock, queueing for it when another run holds it (another
   * core's, or another AuditLog's): the run before it links what had committed before it read,
   * this one what committed since. A queued run holds one pooled connection and a backend that
   * waits in PostgreSQL at no cost to this process (one run at a time per AuditLog, so one per
   * core). Trying the lock instead and looking again later (`tryLock`, fb82a1a) took fewer link
   * transactions but moved the waiting into this process: a transaction per try, a timer and a
   * look per retry, on the event loop the appends share; the 8 writers' p99 was worse in every
   * quiet run (docs/benchmarks.md, "The link queues for the lock again").
   */
  private async linkAll(): Promise<void> {
    const full = this.full;
    const ids = this.committed.splice(0);
    this.full = false;
    if (!full && ids.length === 0) return;
    this.counts.runs++;
    let look = !full && ids.length <= LINK_BATCH;
    for (;;) {
      if (look) {
        const unlinked = await query<{ id: number }>(this.source.manager, unlinkedAmong(ids));
        if (unlinked.length === 0) {
          this.counts.skipped++;
          return;
        }
      }
      // Three round trips with the look: the BEGIN, the lock and the read in one (`transactionFor`
      // sends the BEGIN with the first statement, `readTogether` the two in order: the read's
      // snapshot is taken once the lock is held), the links with the COMMIT in another (`atCommit`).
      const linked = await transactionFor(this.source, null, async (manager) => {
        let rows: UnlinkedRow[];
        if (full || !this.tryLock) {
          // The unlinked rows with the head beside each (one statement); the head alone when none.
          ({ rows } = await readTogether<{ lock: unknown[]; rows: UnlinkedRow[] }>(manager, {
            lock: { rows: chainLock() },
            rows: { rows: unlinkedEntries(LINK_BATCH) },
          }));
        } else {
          if (!(await tryLockForTransaction(manager, LOCK.auditChain))) return 'busy' as const;
          rows = await query<UnlinkedRow>(manager, unlinkedEntries(LINK_BATCH));
        }
        const [head] = rows.length > 0 ? [rows[0]!] : await query<Head>(manager, chainHead());
        const from: Head =
          head && head.position !== null ? { position: Number(head.position), hash: head.hash! } : EMPTY;
        // Rows removed from the end since this process saw them: link nothing onto the shortened
        // chain (`verify` reports where it ends).
        if (from.position < this.seen.head.position) return null;
        if (rows.length === 0) return { head: from, count: 0 };
        const links: Link[] = [];
        let previous = from;
        for (const { position: _head, hash: _headHash, ...row } of rows) {
          const position = previous.position + 1;
          const hash = hashEntry({ ...row, chainPosition: position, prevHash: previous.hash });
          links.push({ id: Number(row.id), position, prevHash: previous.hash, hash });
          previous = { position, hash };
        }
        await atCommit(manager, linkEntries(links));
        this.counts.links++;
        this.counts.rows += links.length;
        return { head: previous, count: rows.length };
      });
      if (linked === 'busy') {
        this.counts.busy++;
        // Unref'd: a process that ends meanwhile leaves the entries to the next link, as a crash would.
        await new Promise((resolve) => setTimeout(resolve, this.retryMs).unref?.());
        look = ids.length <= LINK_BATCH;
        continue;
      }
      if (!linked) return;
      // Only once committed: a head that did not commit must not count as seen.
      this.seen.head = linked.head;
      if (linked.count < LINK_BATCH) return;
      look = false;
    }
  }
}
