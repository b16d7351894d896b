// How many passwords the CTER server checks at once (issue 18). A log-in derives scrypt at the
// production cost (N = 2^17, r = 8: 128 MiB and about a CPU-second each on this machine). Started
// all together, a burst of log-ins (a team arriving at nine, every workstation reconnecting after a
// server restart) shares the cores among all of them: each finishes late, none early, libuv's four
// threads are all taken (node-postgres's SCRAM handshake and the file system queue behind them),
// and the memory is four derivations' at any moment. The gate lets `size` derivations run at once
// and queues the rest first come, first served: the first log-ins finish after one derivation, the
// memory is `size` × 128 MiB, and a thread of libuv stays free for the calls.
//
// A log-in that waited `maxWaitMs` for its turn is refused with SERVER_BUSY (the login screen says
// so in Dutch: try again in a moment) rather than left to the workstation's 30 s call timeout. Its
// place is given up; nothing of it has run.
import { availableParallelism } from 'node:os';
import { AppError } from '../../../src-shared/ipc/errors';

/** The default: the machine's cores, at most 3, so one of libuv's 4 threads is always free. */
export function defaultHashesAtOnce(cores = availableParallelism()): number {
  return Math.max(1, Math.min(3, cores));
}

/** How long a log-in waits for its turn at most: below the workstation's call timeout (30 s). */
export const HASH_WAIT_MS = 20_000;

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout | undefined;
}

export class HashGate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(
    private size: number = defaultHashesAtOnce(),
    private readonly maxWaitMs: number = HASH_WAIT_MS,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('a hash gate needs a size of at least 1');
  }

  /** How many may run at once. A larger size lets waiting ones start at once. */
  resize(size: number): void {
    if (!Number.isInteger(size) || size < 1) throw new RangeError('a hash gate needs a size of at least 1');
    this.size = size;
    this.next();
  }

  get limit(): number {
    return this.size;
  }

  /** Derivations running now, and log-ins waiting for their turn. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }

  /** Runs `work` when a place is free (first come, first served); SERVER_BUSY after `maxWaitMs` waiting. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.enter();
    try {
      return await work();
    } finally {
      this.running -= 1;
      this.next();
    }
  }

  private enter(): Promise<void> {
    if (this.running < this.size && this.queue.length === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { start: resolve, timer: undefined };
      waiter.timer = setTimeout(() => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        reject(new AppError('SERVER_BUSY'));
      }, this.maxWaitMs);
      this.queue.push(waiter);
    });
  }

  private next(): void {
    while (this.running < this.size && this.queue.length > 0) {
      const waiter = this.queue.shift()!;
      clearTimeout(waiter.timer);
      this.running += 1;
      waiter.start();
    }
  }
}
