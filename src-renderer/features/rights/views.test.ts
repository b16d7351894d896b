import { describe, expect, it } from 'vitest';
import type { InzageEvent } from '../../../src-shared/ipc/rights';
import { groupViews } from './views';

const view = (at: string, door: string | null, action = 'cases:get'): InzageEvent => ({
  at,
  door,
  action,
  kind: 'view',
  reason: null,
  legalGround: null,
});

describe('groupViews', () => {
  it('takes together the same person and action on one day, only when they follow each other', () => {
    const groups = groupViews([
      view('2026-12-01T09:02:00', 'Rik'),
      view('2026-12-01T09:10:00', 'Rik'),
      view('2026-12-01T09:40:00', 'Rik'),
      view('2026-12-01T10:00:00', 'Eva'),
      view('2026-12-01T10:05:00', 'Rik'),
      view('2026-12-01T10:06:00', 'Rik', 'persons:get'),
      view('2026-12-02T08:00:00', 'Rik', 'persons:get'),
    ]);
    expect(groups.map(({ door, action, count }) => [door, action, count])).toEqual([
      ['Rik', 'cases:get', 3],
      ['Eva', 'cases:get', 1],
      ['Rik', 'cases:get', 1],
      ['Rik', 'persons:get', 1],
      ['Rik', 'persons:get', 1],
    ]);
    expect(groups[0]).toMatchObject({ first: '2026-12-01T09:02:00', last: '2026-12-01T09:40:00' });
  });

  it('gives nothing for nothing', () => {
    expect(groupViews([])).toEqual([]);
  });
});
