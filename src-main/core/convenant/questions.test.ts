import { describe, expect, it } from 'vitest';
import { firstKeptDay } from './questions';

describe('the covenant questions kept', () => {
  // QUESTION_RETENTION_DAYS (90) back from today on the Dutch calendar, whatever the process's zone.
  it('keeps from 90 calendar days before the Dutch day, also near midnight across a DST change', () => {
    // 21-01-2027 23:30 (winter time): 90 days back is 23-10-2026, in summer time.
    expect(firstKeptDay(new Date('2027-01-21T22:30:00Z'))).toBe('2026-10-23');
    // 22-01-2027 00:30 (winter time), still 21-01 in UTC.
    expect(firstKeptDay(new Date('2027-01-21T23:30:00Z'))).toBe('2026-10-24');
  });
});
