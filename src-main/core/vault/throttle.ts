// Failed logins are throttled with a growing delay that survives restarts. The state lives in a
// small file next to the database ("<database>.pogingen"), because the database itself is closed
// until a login succeeds. It holds only salted username hashes and times. Failures are also kept
// there until the next successful unlock, which writes them into the (encrypted) audit log.
//
// Checking the wait and counting the attempt are one step (`reserve`): the attempt is counted as a
// failure *before* the slow password check, so parallel attempts cannot all pass the check first.
// Every change to the file is a read-modify-write under an exclusive lock file
// ("<database>.pogingen.lock"), so app and CLI processes sharing the file share one count. Within
// one process the steps are synchronous, so they cannot interleave either.
import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from '../fs/atomic';
import { withFileLock } from './file-lock';

const FREE_ATTEMPTS = 3;
const MAX_DELAY_SECONDS = 15 * 60;

const stateSchema = z.object({
  version: z.literal(1),
  accounts: z.record(z.string(), z.object({ failures: z.number().int().min(0), lastFailureAt: z.number() })),
  pending: z.array(
    z.object({
      at: z.number(),
      tag: z.string(),
      outcome: z.enum(['wrong-password', 'throttled', 'recovery-key-used']),
    }),
  ),
});
type ThrottleState = z.infer<typeof stateSchema>;
export type PendingFailure = ThrottleState['pending'][number];

/** The wait before the next attempt after `failures` failures in a row: 0, 0, 1 s, 2 s, 4 s, … 15 min. */
export function delaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

/** The result of `reserve`: go ahead (the attempt already counts as a failure), or wait. */
export type Reservation = { ok: true; failures: number } | { ok: false; seconds: number };

export class LoginThrottle {
  readonly file: string;

  constructor(databasePath: string) {
    this.file = `${databasePath}.pogingen`;
  }

  /** Seconds to wait before `tag` may try again (0: now). */
  waitSeconds(tag: string, now: number): number {
    return waitOf(this.load(), tag, now);
  }

  /**
   * Checks the wait and counts the attempt in one step. Refused: the refusal is recorded (for the
   * audit log when `pending`). Allowed: the attempt counts as a failure until `release` or
   * `recordSuccess`; `failures` is the count including it.
   */
  reserve(tag: string, now: number, pending = true): Reservation {
    return this.update((state) => {
      const seconds = waitOf(state, tag, now);
      if (seconds > 0) {
        if (pending) addPending(state, { at: now, tag, outcome: 'throttled' });
        return { ok: false, seconds };
      }
      const failures = (state.accounts[tag]?.failures ?? 0) + 1;
      state.accounts[tag] = { failures, lastFailureAt: now };
      return { ok: true, failures };
    });
  }

  /** A reserved attempt had the wrong password: it already counts; the wait runs from `now`. */
  reservedFailed(tag: string, now: number, pending = true): void {
    this.update((state) => {
      const entry = state.accounts[tag] ?? { failures: 1, lastFailureAt: now };
      state.accounts[tag] = { failures: entry.failures, lastFailureAt: Math.max(entry.lastFailureAt, now) };
      if (pending) addPending(state, { at: now, tag, outcome: 'wrong-password' });
    });
  }

  /** A reserved attempt did not test a wrong password (right password, or another error): uncount it. */
  release(tag: string): void {
    this.update((state) => {
      const entry = state.accounts[tag];
      if (!entry) return;
      if (entry.failures <= 1) delete state.accounts[tag];
      else state.accounts[tag] = { ...entry, failures: entry.failures - 1 };
    });
  }

  /**
   * `pending` false: the failure happened while the database was open and is already in the audit
   * log (leaving the kiosk); it only counts towards the delay.
   */
  recordFailure(tag: string, now: number, outcome: PendingFailure['outcome'], pending = true): void {
    this.update((state) => {
      const entry = state.accounts[tag] ?? { failures: 0, lastFailureAt: now };
      if (outcome === 'wrong-password') state.accounts[tag] = { failures: entry.failures + 1, lastFailureAt: now };
      if (pending) addPending(state, { at: now, tag, outcome });
    });
  }

  /** The recovery key was used while the database could not be opened: audit it later. */
  recordRecoveryKeyUse(now: number): void {
    this.recordFailure('', now, 'recovery-key-used');
  }

  recordSuccess(tag: string): void {
    this.update((state) => {
      delete state.accounts[tag];
    });
  }

  /** Failures not yet in the audit log; they are removed from the file. */
  takePending(): PendingFailure[] {
    return this.update((state) => {
      const pending = state.pending;
      state.pending = [];
      return pending;
    });
  }

  /** One read-modify-write under the lock file; written only when `change` changed something. */
  private update<T>(change: (state: ThrottleState) => T): T {
    return withFileLock(`${this.file}.lock`, () => {
      const state = this.load();
      const before = JSON.stringify(state);
      const result = change(state);
      const after = JSON.stringify(state);
      if (after !== before) writeFileAtomic(this.file, after);
      return result;
    });
  }

  private load(): ThrottleState {
    let raw: unknown;
    try {
      raw = readJsonIfExists(this.file);
    } catch {
      raw = undefined;
    }
    const parsed = stateSchema.safeParse(raw);
    // A damaged or missing file starts over; that weakens throttling only until the next failures.
    return parsed.success ? parsed.data : { version: 1, accounts: {}, pending: [] };
  }
}

function waitOf(state: ThrottleState, tag: string, now: number): number {
  const entry = state.accounts[tag];
  if (!entry) return 0;
  const until = entry.lastFailureAt + delaySeconds(entry.failures) * 1000;
  return Math.max(0, Math.ceil((until - now) / 1000));
}

function addPending(state: ThrottleState, failure: PendingFailure): void {
  // Keep the file small: at most the last 1,000 failures wait for the audit log.
  state.pending = [...state.pending, failure].slice(-1000);
}
