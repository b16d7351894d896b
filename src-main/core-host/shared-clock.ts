// Core's clock shared between the main thread and the core worker: one 64-bit number in shared
// memory, the milliseconds of "now", which the host moves and the worker reads synchronously
// (Clock.now() is synchronous, so a message would come too late). The end-to-end harness moves
// it to test idle locking and throttling; the app uses the system clock and shares nothing.
import type { Clock } from '../core/clock';

export interface SharedClock extends Clock {
  readonly buffer: SharedArrayBuffer;
  advance(ms: number): void;
  set(date: Date): void;
}

/** A clock that stands still until moved, readable from the core worker (clockOf). */
export function sharedManualClock(start = new Date('2026-11-29T09:00:00.000Z')): SharedClock {
  const buffer = new SharedArrayBuffer(8);
  const value = new BigInt64Array(buffer);
  Atomics.store(value, 0, BigInt(start.getTime()));
  const read = () => Number(Atomics.load(value, 0));
  return {
    buffer,
    now: () => new Date(read()),
    advance(ms) {
      Atomics.store(value, 0, BigInt(read() + ms));
    },
    set(date) {
      Atomics.store(value, 0, BigInt(date.getTime()));
    },
  };
}

/** The worker's side: a Clock that reads the host's. */
export function clockOf(buffer: SharedArrayBuffer): Clock {
  const value = new BigInt64Array(buffer);
  return { now: () => new Date(Number(Atomics.load(value, 0))) };
}
