// What a response row keeps of its time per anonymity setting, ISO weeks at year ends, the piles
// of the recommendation overview.
import { describe, expect, it } from 'vitest';
import { isLate, isoWeek, recommendationPile, responseTime } from './evaluations';

describe('response time by anonymity', () => {
  const at = new Date('2026-11-29T14:05:09Z');
  it('keeps the exact time only for named rounds', () => {
    expect(responseTime('op-naam', at, '2026-11-29')).toEqual({
      submittedOn: '2026-11-29',
      submittedAt: '2026-11-29T14:05:09.000Z',
    });
    expect(responseTime('anoniem-dag', at, '2026-11-29')).toEqual({ submittedOn: '2026-11-29', submittedAt: null });
    expect(responseTime('anoniem-week', at, '2026-11-29')).toEqual({ submittedOn: '2026-W48', submittedAt: null });
  });

  it('numbers ISO weeks across the turn of the year', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
  });
});

describe('recommendation piles', () => {
  it('is late only while open or running after the deadline', () => {
    expect(isLate('open', '2026-11-28', '2026-11-29')).toBe(true);
    expect(isLate('lopend', '2026-11-29', '2026-11-29')).toBe(false);
    expect(isLate('afgerond', '2026-01-01', '2026-11-29')).toBe(false);
    expect(isLate('open', null, '2026-11-29')).toBe(false);
    expect(recommendationPile('vervallen', '2026-01-01', '2026-11-29')).toBe('afgerond');
    expect(recommendationPile('lopend', '2026-01-01', '2026-11-29')).toBe('te-laat');
    expect(recommendationPile('open', '2027-01-01', '2026-11-29')).toBe('open');
  });
});
