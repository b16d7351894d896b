// The default end of a lease: the end of the next calendar day in Europe/Amsterdam, whatever the
// zone of the process, also across the changes to and from summer time.
import { describe, expect, it } from 'vitest';
import { endOfNextDay, formatInZone } from './lease';

describe('endOfNextDay', () => {
  it.each([
    ['2026-11-29T09:00:00.000Z', '2026-11-30T22:59:59.999Z'], // winter time
    ['2026-11-29T23:30:00.000Z', '2026-12-01T22:59:59.999Z'], // already the 30th in Amsterdam
    ['2026-06-10T21:59:00.000Z', '2026-06-11T21:59:59.999Z'], // summer time, 23:59 there
    ['2026-03-28T12:00:00.000Z', '2026-03-29T21:59:59.999Z'], // the next day starts summer time
    ['2026-10-24T12:00:00.000Z', '2026-10-25T22:59:59.999Z'], // the next day ends it
  ])('from %s ends at %s', (now, end) => {
    expect(endOfNextDay(new Date(now)).toISOString()).toBe(end);
  });

  it('is shown as Amsterdam time', () => {
    expect(formatInZone('2026-11-30T22:59:59.999Z')).toBe('30-11-2026 23:59');
    expect(formatInZone('2026-06-11T21:59:59.999Z')).toBe('11-06-2026 23:59');
  });
});
