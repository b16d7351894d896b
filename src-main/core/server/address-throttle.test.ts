import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addressDelayMs,
  addressKey,
  AddressThrottle,
  FORGET_MS,
  FREE_FAILURES,
  MAX_ADDRESSES,
  MAX_DELAY_MS,
} from './address-throttle';

/** `count` failed attempts from `address`, one after the other; the waits they were given. */
function fail(throttle: AddressThrottle, address: string, count: number, now = 0): number[] {
  const waits: number[] = [];
  for (let i = 0; i < count; i++) {
    const attempt = throttle.begin(address, now);
    waits.push(attempt.delayMs);
    throttle.end(attempt, true);
  }
  return waits;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the delay per address', () => {
  it('is free for the first failures, then grows from 250 ms and stops at the cap', () => {
    expect(addressDelayMs(0)).toBe(0);
    expect(addressDelayMs(FREE_FAILURES - 1)).toBe(0);
    expect(addressDelayMs(FREE_FAILURES)).toBe(250);
    expect(addressDelayMs(FREE_FAILURES + 1)).toBe(500);
    expect(addressDelayMs(FREE_FAILURES + 4)).toBe(MAX_DELAY_MS);
    expect(addressDelayMs(1_000_000)).toBe(MAX_DELAY_MS);
  });

  it('counts attempts sent at once before their passwords are checked; a right password takes its count back', () => {
    const throttle = new AddressThrottle();
    const atOnce = Array.from({ length: FREE_FAILURES + 2 }, () => throttle.begin('192.0.2.1', 0));
    expect(atOnce.map((attempt) => attempt.delayMs).slice(-3)).toEqual([0, 250, 500]);
    for (const attempt of atOnce) throttle.end(attempt, false);
    expect(throttle.begin('192.0.2.1', 0).delayMs).toBe(0);
  });

  it('forgets 15 minutes after the last failure: a success neither clears nor prolongs it, nor is kept', () => {
    const throttle = new AddressThrottle();
    fail(throttle, '192.0.2.4', FREE_FAILURES + 1);
    const success = throttle.begin('192.0.2.4', FORGET_MS - 60_000);
    expect(success.delayMs).toBeGreaterThan(0);
    throttle.end(success, false);
    expect(fail(throttle, '192.0.2.4', 1, FORGET_MS)).toEqual([0]);

    const fresh = throttle.begin('192.0.2.5', 0);
    throttle.end(fresh, false);
    expect(throttle.size).toBe(1);
  });

  it('audits the first slowed attempt of a run once, again after the address is forgotten', () => {
    const throttle = new AddressThrottle();
    fail(throttle, '192.0.2.2', FREE_FAILURES);
    const audited = () => {
      const attempt = throttle.begin('192.0.2.2', 0);
      throttle.end(attempt, true);
      return attempt.auditSlowing;
    };
    expect([audited(), audited(), audited()]).toEqual([true, false, false]);
    expect(fail(throttle, '192.0.2.2', 1, FORGET_MS)).toEqual([0]);
  });

  it('keeps at most so many addresses, dropping the one whose last failure is oldest', () => {
    const throttle = new AddressThrottle(100);
    fail(throttle, '192.0.2.3', FREE_FAILURES);
    for (let i = 0; i < 5_000; i++) fail(throttle, `10.0.${i >> 8}.${i & 255}`, 1, 1);
    expect(throttle.size).toBe(100);
    // 192.0.2.3 was the oldest: forgotten, it starts again free.
    expect(fail(throttle, '192.0.2.3', 1, 2)).toEqual([0]);
  });

  it('keeps at most MAX_ADDRESSES by default, however many addresses fail', () => {
    const throttle = new AddressThrottle();
    for (let i = 0; i < MAX_ADDRESSES * 2; i++) fail(throttle, `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 1);
    expect(throttle.size).toBe(MAX_ADDRESSES);
  });

  it('waits for real', async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = new AddressThrottle().wait(4_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(3_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });
});

describe('what counts as one address', () => {
  it('is an IPv4 address itself, an IPv6 address by its /64', () => {
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
