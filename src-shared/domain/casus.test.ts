import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn';
import {
  canTransition,
  CASE_STATES,
  caseNumber,
  effectTransition,
  isClosed,
  suggestedActionDeadline,
  suggestedMonitoringDay,
  TRANSITIONS,
} from './casus';

describe('casus state machine', () => {
  it('follows the integrated approach forwards', () => {
    const path = ['aangemeld', 'in_weging', 'casusoverleg', 'plan_van_aanpak', 'monitoring', 'afgeschaald'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!), path[i]).toBe(true);
  });

  it('never skips from registration straight to a plan, and re-opens only to aangemeld', () => {
    expect(canTransition('aangemeld', 'plan_van_aanpak')).toBe(false);
    expect(canTransition('aangemeld', 'monitoring')).toBe(false);
    expect(canTransition('afgesloten', 'monitoring')).toBe(false);
    expect(TRANSITIONS.afgesloten).toEqual(['aangemeld']);
    expect(TRANSITIONS.afgeschaald).toEqual(['aangemeld']);
  });

  it('lets every open state close, and no state transition to itself', () => {
    for (const state of CASE_STATES) {
      expect(canTransition(state, state)).toBe(false);
      if (!isClosed(state)) expect(canTransition(state, 'afgesloten'), state).toBe(true);
    }
  });

  it('maps weging decisions onto transitions', () => {
    expect(effectTransition('casusoverleg')).toEqual({ to: 'casusoverleg' });
    expect(effectTransition('strafrechtelijk')).toEqual({ to: 'afgesloten', outcome: 'strafrechtelijk' });
    expect(effectTransition('sluiten')).toEqual({ to: 'afgesloten', outcome: 'geen_actie' });
  });

  it('numbers cases per year', () => {
    expect(caseNumber(2026, 42)).toBe('CTER-2026-0042');
  });
});

describe('BSN elfproef', () => {
  it('accepts valid numbers and refuses the rest', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
  });
});

describe('age at signal', async () => {
  const { ageAt, ageBand } = await import('./age');
  it('counts whole years, with the birthday on the day itself', () => {
    expect(ageAt('2008-03-15', null, '2026-03-14')).toBe(17);
    expect(ageAt('2008-03-15', null, '2026-03-15')).toBe(18);
    expect(ageAt(null, 2008, '2026-01-01')).toBe(18);
    expect(ageAt(null, null, '2026-01-01')).toBeNull();
  });
  it('puts ages in the bands of the figures', () => {
    expect([12, 17, 18, 22, 23, 29, 30, null].map(ageBand)).toEqual([
      '<18',
      '<18',
      '18-22',
      '18-22',
      '23-29',
      '23-29',
      '30+',
      'onbekend',
    ]);
  });
});

describe('the days the forms suggest', () => {
  // Each moment is given in UTC; the comment says the time on a Dutch clock.
  it('suggests a deadline two weeks ahead on the Dutch calendar, also near midnight across a DST change', () => {
    // 27-03-2027 23:30 and 00:30 (winter time), the evening and night before the spring change.
    expect(suggestedActionDeadline(new Date('2027-03-27T22:30:00Z'))).toBe('2027-04-10');
    expect(suggestedActionDeadline(new Date('2027-03-26T23:30:00Z'))).toBe('2027-04-10');
    // 25-10-2026 00:30 (summer time), the night of the autumn change.
    expect(suggestedActionDeadline(new Date('2026-10-24T22:30:00Z'))).toBe('2026-11-08');
  });

  it('suggests a monitoring moment six weeks ahead on the Dutch calendar, likewise', () => {
    expect(suggestedMonitoringDay(new Date('2027-03-27T22:30:00Z'))).toBe('2027-05-08');
    expect(suggestedMonitoringDay(new Date('2027-03-26T23:30:00Z'))).toBe('2027-05-08');
    expect(suggestedMonitoringDay(new Date('2026-10-24T22:30:00Z'))).toBe('2026-12-06');
  });
});
