import { describe, expect, it } from 'vitest';
import {
  addDays,
  dutchDay,
  formatDate,
  formatDateTime,
  formatNumber,
  isCalendarDay,
  isoDay,
  parseDutchDate,
} from './format';

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

  it('holds a date to a day of the calendar between 1900 and 2100, typed or on the wire', () => {
    for (const day of [
      '2024-02-29',
      '2026-12-31',
      '2027-01-01',
      '2026-03-29',
      '2026-10-25',
      '1900-01-01',
      '2100-12-31',
    ]) {
      expect(isCalendarDay(day), day).toBe(true);
    }
    for (const day of [
      '2026-02-29',
      '2026-02-31',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '1899-12-31',
      '2101-01-01',
    ]) {
      expect(isCalendarDay(day), day).toBe(false);
    }
    expect(isCalendarDay('2026-1-5')).toBe(false);
    expect(isCalendarDay(' 2026-01-05')).toBe(false);
    expect(parseDutchDate('01-01-0126')).toBeNull();
    expect(parseDutchDate('31-04-2026')).toBeNull();
  });

  it('uses Dutch number separators', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });
});

describe('dutchDay and addDays: calendar days in the Netherlands', () => {
  it('names the Dutch day of a moment at the turn of the year and around both DST changes', () => {
    expect(dutchDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(dutchDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    // Summer time (UTC+2): 00:30 on 29-03-2027 is 22:30 UTC the day before.
    expect(dutchDay(new Date('2027-03-28T22:30:00Z'))).toBe('2027-03-29');
    // Winter time again (UTC+1) after 25-10-2026 03:00.
    expect(dutchDay(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
    expect(dutchDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('moves by calendar days across DST changes, month ends and leap days', () => {
    expect(addDays('2027-03-14', 14)).toBe('2027-03-28');
    expect(addDays('2026-10-12', 14)).toBe('2026-10-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});
