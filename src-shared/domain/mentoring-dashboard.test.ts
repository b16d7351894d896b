import { describe, expect, it } from 'vitest';
import { mentorDashboard, referenceDay, type DashboardFacts } from './mentoring-dashboard';

const facts = (extra: Partial<DashboardFacts> = {}): DashboardFacts => ({
  year: 2025,
  today: '2026-03-15',
  target: 10,
  trajectories: [],
  mentors: [],
  trainings: [],
  activities: [],
  contacts: [],
  support: [],
  ...extra,
});

describe('reference day', () => {
  it('is 31 December for a past year, today for this year, and none for a later year', () => {
    expect(referenceDay(2025, '2026-03-15')).toBe('2025-12-31');
    expect(referenceDay(2026, '2026-03-15')).toBe('2026-03-15');
    expect(referenceDay(2027, '2026-03-15')).toBeNull();
    expect(referenceDay(2026, '2026-01-01')).toBe('2026-01-01');
  });
});

describe('trajectories and mentees', () => {
  const trajectories: DashboardFacts['trajectories'] = [
    // Ends on the first day of 2025: it ran in 2025 (one day), not active on 31 December.
    { mentee: 'a', aanmeldDatum: '2024-05-01', startDatum: '2024-06-01', eindDatum: '2025-01-01' },
    // Ends on the last day of 2024: not in 2025.
    { mentee: 'b', aanmeldDatum: '2024-05-01', startDatum: '2024-06-01', eindDatum: '2024-12-31' },
    // Starts on 31 December 2025: ran in 2025 and active on its last day.
    { mentee: 'c', aanmeldDatum: '2025-12-01', startDatum: '2025-12-31', eindDatum: null },
    // Starts on 1 January 2026.
    { mentee: 'd', aanmeldDatum: '2025-12-20', startDatum: '2026-01-01', eindDatum: null },
    // The same mentee twice in 2025: counted once.
    { mentee: 'e', aanmeldDatum: '2025-01-05', startDatum: '2025-02-01', eindDatum: '2025-05-01' },
    { mentee: 'e', aanmeldDatum: '2025-08-01', startDatum: '2025-09-01', eindDatum: null },
    // Never started (no match): not guided, but aangemeld and ended in 2025.
    { mentee: 'f', aanmeldDatum: '2025-03-01', startDatum: null, eindDatum: '2025-04-01' },
    // Ends on the reference day: no longer active on it.
    { mentee: 'g', aanmeldDatum: '2025-01-01', startDatum: '2025-01-02', eindDatum: '2025-12-31' },
  ];

  it('counts guided mentees against the target and active trajectories on the reference day', () => {
    const out = mentorDashboard(facts({ trajectories }));
    expect(out.mentees).toEqual({ guided: 4, share: 0.4 });
    expect(out.trajectories).toEqual({ active: 2, aangemeld: 6, started: 4, ended: 4 });
  });

  it('counts the current year up to today, and nothing active in a year to come', () => {
    const now = mentorDashboard(facts({ year: 2026, trajectories }));
    expect(now.mentees.guided).toBe(3);
    expect(now.trajectories.active).toBe(3);
    const later = mentorDashboard(facts({ year: 2027, trajectories }));
    expect(later.trajectories.active).toBe(0);
    expect(later.referenceDay).toBeNull();
  });

  it('has no share without a target', () => {
    expect(mentorDashboard(facts({ target: 0 })).mentees.share).toBeNull();
  });
});

describe('mentors, trainings, activities', () => {
  it('counts mentors trained in the year and their status on the reference day', () => {
    const out = mentorDashboard(
      facts({
        mentors: [
          {
            id: 1,
            history: [
              { datum: '2024-10-01', status: 'in_opleiding' },
              { datum: '2025-01-01', status: 'inzetbaar' },
            ],
          },
          {
            id: 2,
            history: [
              { datum: '2025-02-01', status: 'in_opleiding' },
              { datum: '2025-12-31', status: 'inzetbaar' },
              { datum: '2026-01-01', status: 'niet_beschikbaar' },
            ],
          },
          // Back from niet beschikbaar: available, but not newly trained.
          {
            id: 3,
            history: [
              { datum: '2023-01-01', status: 'in_opleiding' },
              { datum: '2023-03-01', status: 'inzetbaar' },
              { datum: '2024-03-01', status: 'niet_beschikbaar' },
              { datum: '2025-06-01', status: 'inzetbaar' },
            ],
          },
          { id: 4, history: [{ datum: '2025-11-01', status: 'in_opleiding' }] },
          { id: 5, history: [{ datum: '2026-01-05', status: 'in_opleiding' }] },
        ],
      }),
    );
    expect(out.mentors).toEqual({ trained: 2, available: 3, inTraining: 1, notAvailable: 0 });
  });

  it('counts sessions, activities with reach and signals, contacts and support within the year', () => {
    const out = mentorDashboard(
      facts({
        trainings: [
          { datum: '2024-12-31', soort: 'training', attendees: 9 },
          { datum: '2025-01-01', soort: 'training', attendees: 4 },
          { datum: '2025-12-31', soort: 'intervisie', attendees: 3 },
        ],
        activities: [
          { datum: '2025-01-01', type: 'voorlichting', bereik: 40, signalen: 1 },
          { datum: '2025-06-01', type: 'voorlichting', bereik: 25, signalen: 0 },
          { datum: '2025-12-31', type: 'netwerkbijeenkomst', bereik: 12, signalen: 2 },
          { datum: '2026-01-01', type: 'training_professionals', bereik: 30, signalen: 5 },
        ],
        contacts: [
          { datum: '2025-03-01', duurMinuten: 60 },
          { datum: '2026-03-01', duurMinuten: 45 },
        ],
        support: [{ datum: '2025-05-05' }, { datum: '2024-05-05' }],
      }),
    );
    expect(out.trainings).toEqual({ sessions: 2, training: 1, intervisie: 1, attendances: 7 });
    expect(out.activities).toEqual({
      count: 3,
      reach: 77,
      signals: 3,
      perType: {
        voorlichting: { count: 2, reach: 65, signals: 1 },
        netwerkbijeenkomst: { count: 1, reach: 12, signals: 2 },
        training_professionals: { count: 0, reach: 0, signals: 0 },
      },
    });
    expect(out.contacts).toEqual({ count: 1, minutes: 60 });
    expect(out.support).toBe(1);
  });
});
