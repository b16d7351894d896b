import { describe, expect, it } from 'vitest';
import { mentorDashboard } from '../../../src-shared/domain/mentoring-dashboard';
import { activityRows, becameInzetbaar, formatHours, keyFigures, targetProgress, yearOptions } from './model';

const dashboard = mentorDashboard({
  year: 2026,
  today: '2026-11-29',
  target: 10,
  trajectories: [
    { mentee: 'a', aanmeldDatum: '2026-01-05', startDatum: '2026-01-10', eindDatum: null },
    { mentee: 'b', aanmeldDatum: '2025-03-01', startDatum: '2025-03-10', eindDatum: '2026-02-01' },
  ],
  mentors: [
    {
      id: 1,
      history: [
        { datum: '2025-01-01', status: 'in_opleiding' },
        { datum: '2026-03-01', status: 'inzetbaar' },
      ],
    },
    { id: 2, history: [{ datum: '2026-05-01', status: 'in_opleiding' }] },
  ],
  trainings: [
    { datum: '2026-02-01', soort: 'training', attendees: 4 },
    { datum: '2026-06-01', soort: 'intervisie', attendees: 3 },
  ],
  activities: [
    { datum: '2026-04-01', type: 'voorlichting', bereik: 1250, signalen: 2 },
    { datum: '2026-09-01', type: 'voorlichting', bereik: 50, signalen: 1 },
    { datum: '2025-09-01', type: 'netwerkbijeenkomst', bereik: 10, signalen: 0 },
  ],
  contacts: [{ datum: '2026-03-01', duurMinuten: 90 }],
  support: [{ datum: '2026-03-02' }],
});

describe('mentor project screen model', () => {
  it('offers the years from now back to 2016, newest first', () => {
    const years = yearOptions(2026);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2016);
    expect(years).toHaveLength(11);
  });

  it('gives the key figures in Dutch number forms', () => {
    const figures = Object.fromEntries(keyFigures(dashboard).map((f) => [f.id, f]));
    expect(figures['active']!.value).toBe('1');
    expect(figures['available']!.value).toBe('1');
    expect(figures['available']!.detail).toEqual({ inTraining: '1', notAvailable: '0' });
    expect(figures['trained']!.value).toBe('1');
    expect(figures['trainings']!.detail).toEqual({ training: '1', intervisie: '1', attendances: '7' });
    expect(figures['reach']!.value).toBe('1.300');
    expect(figures['activities']!.value).toBe('2');
    expect(figures['contacts']!.detail).toEqual({ hours: '1,5', support: '1' });
  });

  it('measures the mentees guided against the target, capped at 100', () => {
    expect(targetProgress(dashboard)).toBe(20);
    expect(targetProgress({ ...dashboard, mentees: { guided: 14, share: 1.4 } })).toBe(100);
    expect(targetProgress({ ...dashboard, target: 0 })).toBe(0);
    expect(formatHours(45)).toBe('0,8');
  });

  it('lists every activity type, also those without activities', () => {
    expect(activityRows(dashboard)).toEqual([
      { type: 'voorlichting', count: 2, reach: 1300, signals: 3 },
      { type: 'netwerkbijeenkomst', count: 0, reach: 0, signals: 0 },
      { type: 'training_professionals', count: 0, reach: 0, signals: 0 },
    ]);
  });

  it('names the attendees a training moved from in opleiding to inzetbaar', () => {
    const before = [
      { id: 1, status: 'in_opleiding' as const },
      { id: 2, status: 'in_opleiding' as const },
      { id: 3, status: 'niet_beschikbaar' as const },
      { id: 4, status: 'in_opleiding' as const },
    ];
    const after = [
      { id: 1, naam: 'Anna (fictief)', status: 'inzetbaar' as const },
      { id: 2, naam: 'Bram (fictief)', status: 'in_opleiding' as const },
      // Made available by hand elsewhere, not by this session.
      { id: 3, naam: 'Cas (fictief)', status: 'inzetbaar' as const },
      // Not at this session.
      { id: 4, naam: 'Dewi (fictief)', status: 'inzetbaar' as const },
      // New since: no earlier status.
      { id: 5, naam: 'Eva (fictief)', status: 'inzetbaar' as const },
    ];
    expect(becameInzetbaar(before, after, [1, 2, 3, 5])).toEqual(['Anna (fictief)']);
  });
});
