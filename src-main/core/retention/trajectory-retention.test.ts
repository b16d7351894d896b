import { afterEach, describe, expect, it } from 'vitest';
import { trajectoryRetentionUntil } from './trajectory-retention';

const zoneBefore = process.env['TZ'];

describe('trajectRetentionUntil', () => {
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zoneBefore;
  });

  it('is the end date, years later, in every time zone', () => {
    for (const zone of [
      'Europe/Amsterdam',
      'America/New_York',
      'Pacific/Honolulu',
      'Pacific/Auckland',
      'Pacific/Kiritimati',
    ]) {
      process.env['TZ'] = zone;
      expect([zone, trajectoryRetentionUntil('2026-05-01', 5)]).toEqual([zone, '2031-05-01']);
      expect([zone, trajectoryRetentionUntil('2026-12-31', 5)]).toEqual([zone, '2031-12-31']);
      expect([zone, trajectoryRetentionUntil('2027-01-01', 1)]).toEqual([zone, '2028-01-01']);
    }
  });
});
