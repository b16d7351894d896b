// Failed log-ins on the CTER server slowed per network address (server-login.ts). The throttle per
// username (vault/throttle.ts, in the database) holds back guessing one account's password, but
// one common password tried once against each of many usernames never trips it. This adds a
// delay per address: after FREE_FAILURES failed log-ins from one address, each further attempt
// from it waits before its password is checked, 250 ms doubling to at most MAX_DELAY_MS.
//
// It slows, it never refuses: behind a load balancer without `trustedProxies`, or a NAT, every
// colleague has the same address, and a refusal would let an attacker lock them all out. A
// colleague with the right password waits at most MAX_DELAY_MS and gets in. A successful log-in
// does not clear the address's failures (else an attacker with one valid account of their own
// could clear them between guesses); they are forgotten FORGET_MS after the address's last
// failure. An IPv6 address counts by its /64, the block one machine is usually given.
//
// The attempt counts as a failure before its password is checked (`begin`), so attempts sent all
// at once see each other; `end` takes it back when the password was right (or the check did not
// run). The state is this process's memory: at most MAX_ADDRESSES addresses, the one whose last
// failure is oldest dropped first; several server processes each slow what they see.
import { isIPv6 } from 'node:net';

export const FREE_FAILURES = 10;
export const FIRST_DELAY_MS = 250;
export const MAX_DELAY_MS = 4_000;
export const FORGET_MS = 15 * 60_000;
export const MAX_ADDRESSES = 10_000;

interface AddressFailures {
  /** Failed attempts, and attempts whose password is being checked now. */
  failures: number;
  lastFailureAt: number;
  /** Whether the slowing of this run of failures has been audited. */
  audited: boolean;
}

/** What `begin` asks of the log-in: how long to wait first, and whether to audit the slowing. */
export interface AddressAttempt {
  key: string;
  delayMs: number;
  /** True once per run of failures: the first attempt that is slowed. */
  auditSlowing: boolean;
  /** The failures counted for the address before this attempt. */
  failures: number;
  /** When it began (a wrong password makes this the address's last failure). */
  at: number;
}

/** The wait before an attempt after `failures` failures from its address: 0 … 0, 250 ms, 500 ms, … 4 s. */
export function addressDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 16), MAX_DELAY_MS);
}

/** What one address counts as: an IPv4 address itself, an IPv6 address its first 64 bits. */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

export class AddressThrottle {
  /** In order of last failure, oldest first (an entry is moved to the end when it fails again). */
  private readonly addresses = new Map<string, AddressFailures>();

  constructor(private readonly maxAddresses = MAX_ADDRESSES) {}

  /** Counts an attempt from `address` as a failure until `end`; says how long it waits first. */
  begin(address: string, now: number): AddressAttempt {
    const key = addressKey(address);
    const known = this.current(key, now);
    const failures = known?.failures ?? 0;
    const delayMs = addressDelayMs(failures);
    const auditSlowing = delayMs > 0 && !(known?.audited ?? false);
    // Until it ends, the attempt counts; the time of the last failure is a failure's only.
    const lastFailureAt = known?.lastFailureAt ?? now;
    this.remember(key, { failures: failures + 1, lastFailureAt, audited: known?.audited || auditSlowing });
    return { key, delayMs, auditSlowing, failures, at: now };
  }

  /**
   * The attempt ended: a wrong password keeps its count and is the address's last failure;
   * anything else takes the count back (an address left with none is not kept).
   */
  end(attempt: AddressAttempt, wrongPassword: boolean): void {
    const entry = this.addresses.get(attempt.key);
    if (!entry) return;
    if (wrongPassword) entry.lastFailureAt = Math.max(entry.lastFailureAt, attempt.at);
    else if (entry.failures <= 1) this.addresses.delete(attempt.key);
    else entry.failures -= 1;
  }

  /** The wait itself (a method of its own, so a test can observe it without sleeping). */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** How many addresses are kept now (what the memory holds). */
  get size(): number {
    return this.addresses.size;
  }

  /** The address's failures, unless they are forgotten by now. */
  private current(key: string, now: number): AddressFailures | undefined {
    const entry = this.addresses.get(key);
    if (entry && now - entry.lastFailureAt >= FORGET_MS) {
      this.addresses.delete(key);
      return undefined;
    }
    return entry;
  }

  private remember(key: string, entry: AddressFailures): void {
    this.addresses.delete(key);
    while (this.addresses.size >= this.maxAddresses) {
      this.addresses.delete(this.addresses.keys().next().value as string);
    }
    this.addresses.set(key, entry);
  }
}
