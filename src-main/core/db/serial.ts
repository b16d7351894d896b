// One database connection, one writer: every transaction runs after the previous one finished.
// (SQLite has a single connection here; interleaved transactions would fail or fork the audit
// chain.) Long waits for the user — file dialogs, printing — happen outside this queue.
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
