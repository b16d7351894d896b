import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, isoDay, parseDutchDate } from './format';

describe('Dutch formats', () => {
  it('writes dates as dd-mm-jjjj and times with a colon', () => {
    const date = new Date(2026, 0, 5, 9, 7, 3);
    expect(formatDate(date)).toBe('05-01-2026');
    expect(formatDateTime(date)).toBe('05-01-2026 09:07');
    expect(formatDateTime(date, true)).toBe('05-01-2026 09:07:03');
    expect(formatDate('geen datum')).toBe('');
  });

  it('writes a calendar date from the wire as it is, whatever the time zone', () => {
    expect(formatDate('2026-01-05')).toBe('05-01-2026');
    expect(formatDate('1999-12-31')).toBe('31-12-1999');
  });

  it('reads dd-mm-jjjj and refuses dates that do not exist', () => {
    expect(parseDutchDate('5-1-2026')).toBe('2026-01-05');
    expect(parseDutchDate(' 29-02-2024 ')).toBe('2024-02-29');
    expect(parseDutchDate('29-02-2026')).toBeNull();
    expect(parseDutchDate('2026-01-05')).toBeNull();
    expect(isoDay(new Date(2026, 10, 29))).toBe('2026-11-29');
  });

  it('uses Dutch number separators', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });
});
