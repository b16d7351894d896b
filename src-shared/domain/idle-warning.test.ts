import { describe, expect, it } from 'vitest';
import { IDLE_CHECK_MS, idleWarningDue, idleWarningLeadMs } from './idle-warning';

const MINUTE = 60_000;

describe('idle warning', () => {
  it('is due in the last minute before a lock of ten minutes, not before and not after the lock', () => {
    expect(idleWarningDue(0, 9 * MINUTE - 1, 10)).toBeNull();
    expect(idleWarningDue(0, 9 * MINUTE, 10)).toBe(MINUTE);
    expect(idleWarningDue(0, 10 * MINUTE - 1, 10)).toBe(1);
    expect(idleWarningDue(0, 10 * MINUTE, 10)).toBeNull();
  });

  it('leaves at least the 20 seconds WCAG asks for at the shortest idle time the policy allows', () => {
    expect(idleWarningLeadMs(1)).toBe(30_000);
    expect(idleWarningLeadMs(2)).toBe(MINUTE);
    expect(idleWarningLeadMs(60)).toBe(MINUTE);
    expect(idleWarningDue(0, 29_999, 1)).toBeNull();
    expect(idleWarningDue(0, 30_000, 1)).toBe(30_000);
    // The desktop's timer may give it up to IDLE_CHECK_MS late.
    expect(idleWarningLeadMs(1) - IDLE_CHECK_MS).toBeGreaterThanOrEqual(20_000);
  });
});
