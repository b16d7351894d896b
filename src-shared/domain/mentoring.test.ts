import { describe, expect, it } from 'vitest';
import {
  canTrajectoryTransition,
  checkMentorStatus,
  missingModules,
  statusAfterTraining,
  statusOn,
  suggestMentors,
  trainingComplete,
  type MentorCandidate,
  type TrainingModule,
} from './mentoring';

const modules: TrainingModule[] = [
  { code: 'basis', label: 'Basis', required: true, active: true },
  { code: 'ideologie', label: 'Ideologie', required: true, active: true },
  { code: 'intervisie', label: 'Intervisie', required: false, active: true },
  { code: 'oud', label: 'Oude module', required: true, active: false },
];

describe('the inzetbaar rule', () => {
  it('needs every active required module; optional and inactive modules do not count', () => {
    expect(missingModules(modules, ['basis', 'intervisie'])).toEqual(['ideologie']);
    expect(trainingComplete(modules, ['basis'])).toBe(false);
    expect(trainingComplete(modules, ['basis', 'ideologie'])).toBe(true);
  });

  it('is never complete when no module is required', () => {
    expect(trainingComplete([{ code: 'x', label: 'X', required: false, active: true }], ['x'])).toBe(false);
    expect(trainingComplete([], [])).toBe(false);
  });

  it('makes a mentor in opleiding inzetbaar once complete, and leaves other statuses alone', () => {
    expect(statusAfterTraining('in_opleiding', modules, ['basis'])).toBe('in_opleiding');
    expect(statusAfterTraining('in_opleiding', modules, ['basis', 'ideologie'])).toBe('inzetbaar');
    expect(statusAfterTraining('niet_beschikbaar', modules, ['basis', 'ideologie'])).toBe('niet_beschikbaar');
    expect(statusAfterTraining('gestopt', modules, ['basis', 'ideologie'])).toBe('gestopt');
  });

  it('refuses inzetbaar by hand without the training, and transitions that do not exist', () => {
    expect(checkMentorStatus('niet_beschikbaar', 'inzetbaar', false)).toBe('training-incomplete');
    expect(checkMentorStatus('niet_beschikbaar', 'inzetbaar', true)).toBe('ok');
    expect(checkMentorStatus('gestopt', 'inzetbaar', true)).toBe('not-allowed');
    expect(checkMentorStatus('inzetbaar', 'inzetbaar', true)).toBe('not-allowed');
    expect(checkMentorStatus('inzetbaar', 'gestopt', true)).toBe('ok');
  });
});

describe('trajectory transitions', () => {
  it('allow ending from any open state and nothing after the end', () => {
    expect(canTrajectoryTransition('aangemeld', 'afgerond')).toBe(true);
    expect(canTrajectoryTransition('aangemeld', 'lopend')).toBe(false);
    expect(canTrajectoryTransition('gepauzeerd', 'lopend')).toBe(true);
    expect(canTrajectoryTransition('afgerond', 'lopend')).toBe(false);
  });
});

describe('matching', () => {
  const mentor = (id: number, naam: string, extra: Partial<MentorCandidate>): MentorCandidate => ({
    id,
    naam,
    status: 'inzetbaar',
    regionId: 1,
    capacity: 2,
    occupied: 0,
    ...extra,
  });

  it('suggests inzetbare mentors with a place left, own region first, then most places, then name', () => {
    const out = suggestMentors(
      [
        mentor(1, 'Vol', { occupied: 2 }),
        mentor(2, 'Opleiding', { status: 'in_opleiding' }),
        mentor(3, 'Bram', { regionId: 2, capacity: 5 }),
        mentor(4, 'Anna', { capacity: 1 }),
        mentor(5, 'Cas', { capacity: 3, occupied: 1 }),
        mentor(6, 'Dirk', { capacity: 2, occupied: 0 }),
        mentor(7, 'Gestopt', { status: 'gestopt' }),
      ],
      1,
    );
    expect(out.map((m) => [m.naam, m.free, m.sameRegion])).toEqual([
      ['Cas', 2, true],
      ['Dirk', 2, true],
      ['Anna', 1, true],
      ['Bram', 5, false],
    ]);
  });

  it('without a region orders by places left', () => {
    expect(suggestMentors([mentor(1, 'A', {}), mentor(2, 'B', { capacity: 4 })], null).map((m) => m.id)).toEqual([
      2, 1,
    ]);
  });
});

describe('statusOn', () => {
  it('reads the status on a day from a dated history, including the day itself', () => {
    const history = [
      { datum: '2025-01-10', status: 'in_opleiding' },
      { datum: '2025-03-01', status: 'inzetbaar' },
      { datum: '2026-02-01', status: 'niet_beschikbaar' },
    ] as const;
    expect(statusOn(history, '2025-01-09')).toBeNull();
    expect(statusOn(history, '2025-03-01')).toBe('inzetbaar');
    expect(statusOn(history, '2025-12-31')).toBe('inzetbaar');
    expect(statusOn(history, '2026-06-01')).toBe('niet_beschikbaar');
  });
});
