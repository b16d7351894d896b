import { describe, expect, it } from 'vitest';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import type { TrajectorySummary } from '../../../src-shared/ipc/trajectories';
import { matchReasons, nextGoalId, statusSteps, timelineKind, trajectoryForAction } from './trajectory';

const summary = (id: number, status: TrajectorySummary['status'], caseActionId: number | null): TrajectorySummary => ({
  id,
  code: `MT-2026-00${id}`,
  status,
  bron: caseActionId === null ? 'aanmelding_partner' : 'casus_interventie',
  caseActionId,
  regionId: 1,
  gemeenteId: null,
  aanmeldDatum: '2026-01-01',
  startDatum: null,
  eindDatum: null,
  mentor: null,
});

describe('statusSteps', () => {
  it('leaves matching and ending to their own forms', () => {
    expect(statusSteps('aangemeld', false)).toEqual([]);
    expect(statusSteps('gematcht', true)).toEqual(['lopend', 'aangemeld']);
    expect(statusSteps('lopend', true)).toEqual(['gepauzeerd']);
    expect(statusSteps('gepauzeerd', true)).toEqual(['lopend']);
    expect(statusSteps('afgerond', true)).toEqual([]);
  });

  it('offers no start without a mentor', () => {
    expect(statusSteps('gematcht', false)).toEqual(['aangemeld']);
  });
});

describe('matchReasons', () => {
  const mentor: MentorSuggestion = {
    id: 1,
    naam: 'Anna (fictief)',
    status: 'inzetbaar',
    regionId: 1,
    capacity: 2,
    occupied: 1,
    free: 1,
    sameRegion: true,
  };
  it('names the region first, then the places left', () => {
    expect(matchReasons(mentor)).toEqual([{ key: 'sameRegion' }, { key: 'free', count: 1, capacity: 2 }]);
    expect(matchReasons({ ...mentor, sameRegion: false, free: 2, occupied: 0 })[0]).toEqual({ key: 'otherRegion' });
  });
});

describe('trajectForAction', () => {
  it('prefers the open trajectory of the intervention, else the newest ended one', () => {
    const list = [
      summary(1, 'afgerond', 7),
      summary(2, 'lopend', 7),
      summary(3, 'aangemeld', 8),
      summary(4, 'aangemeld', null),
    ];
    expect(trajectoryForAction(list, 7)?.id).toBe(2);
    expect(trajectoryForAction(list, 8)?.id).toBe(3);
    expect(trajectoryForAction([summary(1, 'afgerond', 7), summary(5, 'afgerond', 7)], 7)?.id).toBe(5);
    expect(trajectoryForAction(list, 9)).toBeNull();
  });
});

describe('nextGoalId', () => {
  it('skips ids in use', () => {
    expect(nextGoalId([])).toBe('d1');
    expect(nextGoalId([{ id: 'd2', tekst: 'x', behaald: false }])).toBe('d3');
    expect(
      nextGoalId([
        { id: 'd3', tekst: 'x', behaald: false },
        { id: 'd1', tekst: 'y', behaald: false },
      ]),
    ).toBe('d4');
  });
});

describe('timelineKind', () => {
  it('tells the aanmelding, a change of mentor and a status change apart', () => {
    expect(timelineKind({ from: null, to: 'aangemeld' })).toBe('opened');
    expect(timelineKind({ from: 'lopend', to: 'lopend' })).toBe('mentor');
    expect(timelineKind({ from: 'gematcht', to: 'lopend' })).toBe('status');
  });
});
