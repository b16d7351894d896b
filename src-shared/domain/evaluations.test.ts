// What a response row keeps of its time per anonymity setting, ISO weeks at year ends, the piles
// of the recommendation overview, and the kiosk rule of the permission table.
import { describe, expect, it } from 'vitest';
import { isLate, isoWeek, recommendationPile, responseTime } from './evaluations';
import { decideAccess } from './permissions';

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

describe('kiosk access', () => {
  const caller = { roles: ['procesregisseur'] as const, mustChangePassword: false, kiosk: true };
  it('allows only the kiosk channels and locking, refuses the rest (public ones too)', () => {
    expect(decideAccess('evaluations:kiosk-submit', caller)).toBe('allowed');
    expect(decideAccess('evaluations:kiosk-exit', caller)).toBe('allowed');
    expect(decideAccess('session:lock', caller)).toBe('allowed');
    expect(decideAccess('evaluations:analysis', caller)).toBe('kiosk');
    expect(decideAccess('session:logout', caller)).toBe('kiosk');
    expect(decideAccess('vault:setup-demo', caller)).toBe('kiosk');
    expect(decideAccess('evaluations:analysis', { ...caller, kiosk: false })).toBe('allowed');
  });
});
