// The order in which a process's database work runs.
// - `run`: exclusive. The task starts after everything queued before it ended and nothing else
//   runs meanwhile. Every transaction on SQLite (one connection, one writer: interleaved
//   transactions would fail or fork the audit chain), and on either engine what must have the
//   database to itself: opening and closing it, rekey, a file backup, vacuum.
// - `shared`: alongside other shared tasks (PostgreSQL transactions, each on a connection of its
//   own from the pool, DatabaseHolder.transaction), but never alongside an exclusive task: it waits
//   for the exclusive tasks queued before it, and an exclusive task waits for the shared tasks
//   queued before it. First come, first served: a stream of shared tasks cannot starve a close.
// Long waits for the user — file dialogs, printing — happen outside this queue.
export class SerialQueue {
  /** Settles when the last exclusive task queued so far has ended. */
  private exclusiveTail: Promise<unknown> = Promise.resolve();
  /** The shared tasks queued since that exclusive task (running or waiting for it). */
  private sharedSince = new Set<Promise<unknown>>();

  /** Runs `task` alone, after every task queued before it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const before = [this.exclusiveTail, ...this.sharedSince];
    const result = Promise.allSettled(before).then(() => task());
    this.exclusiveTail = result.catch(() => undefined);
    this.sharedSince = new Set();
    return result;
  }

  /** Runs `task` once the exclusive tasks queued before it ended, alongside other shared tasks. */
  shared<T>(task: () => Promise<T>): Promise<T> {
    const result = this.exclusiveTail.then(() => task());
    const settled = result.catch(() => undefined);
    const since = this.sharedSince;
    since.add(settled);
    void settled.then(() => since.delete(settled));
    return result;
  }
}
