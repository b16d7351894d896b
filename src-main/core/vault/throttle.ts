// Failed logins are throttled with a growing delay that survives restarts. The state lives in a
// small file next to the database ("<database>.pogingen"), because the database itself is closed
// until a login succeeds. It holds only salted username hashes and times. Failures are also kept
// there until the next successful unlock, which writes them into the (encrypted) audit log.
import { z } from 'zod';
import { readJsonIfExists, writeFileAtomic } from '../fs/atomic';

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

export class LoginThrottle {
  readonly file: string;

  constructor(databasePath: string) {
    this.file = `${databasePath}.pogingen`;
  }

  /** Seconds to wait before `tag` may try again (0: now). */
  waitSeconds(tag: string, now: number): number {
    const entry = this.load().accounts[tag];
    if (!entry) return 0;
    const until = entry.lastFailureAt + delaySeconds(entry.failures) * 1000;
    return Math.max(0, Math.ceil((until - now) / 1000));
  }

  /**
   * `pending` false: the failure happened while the database was open and is already in the audit
   * log (leaving the kiosk); it only counts towards the delay.
   */
  recordFailure(tag: string, now: number, outcome: PendingFailure['outcome'], pending = true): void {
    this.recordPending(tag, now, outcome, pending);
  }

  private recordPending(tag: string, now: number, outcome: PendingFailure['outcome'], pending = true): void {
    const state = this.load();
    const entry = state.accounts[tag] ?? { failures: 0, lastFailureAt: now };
    if (outcome === 'wrong-password') state.accounts[tag] = { failures: entry.failures + 1, lastFailureAt: now };
    // Keep the file small: at most the last 1,000 failures wait for the audit log.
    if (pending) state.pending = [...state.pending, { at: now, tag, outcome }].slice(-1000);
    this.save(state);
  }

  /** The recovery key was used while the database could not be opened: audit it later. */
  recordRecoveryKeyUse(now: number): void {
    this.recordPending('', now, 'recovery-key-used');
  }

  recordSuccess(tag: string): void {
    const state = this.load();
    if (!(tag in state.accounts)) return;
    delete state.accounts[tag];
    this.save(state);
  }

  /** Failures not yet in the audit log; they are removed from the file. */
  takePending(): PendingFailure[] {
    const state = this.load();
    if (state.pending.length === 0) return [];
    this.save({ ...state, pending: [] });
    return state.pending;
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

  private save(state: ThrottleState): void {
    writeFileAtomic(this.file, JSON.stringify(state));
  }
}
