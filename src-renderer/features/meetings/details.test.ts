import { describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { invite, people } from './details';

describe('people to choose as chair or notulist', () => {
  const colleagues = [
    { id: 3, displayName: 'Niels Notulist', roles: ['notulist' as const] },
    { id: 2, displayName: 'Rik Regisseur', roles: ['procesregisseur' as const] },
  ];

  it('puts the user first, then the colleagues by name, and keeps whoever the meeting names', () => {
    const meeting = { voorzitter: { id: 9, displayName: 'Anna Afwezig' }, notulist: null } as unknown as MeetingView;
    expect(people({ id: 2, displayName: 'Rik Regisseur' }, meeting, colleagues)).toEqual([
      { id: 2, displayName: 'Rik Regisseur', roles: ['procesregisseur'], me: true },
      { id: 9, displayName: 'Anna Afwezig', roles: [], me: false },
      { id: 3, displayName: 'Niels Notulist', roles: ['notulist'], me: false },
    ]);
  });

  it('works before the colleagues are known', () => {
    expect(people({ id: 2, displayName: 'Rik Regisseur' }, null)).toEqual([
      { id: 2, displayName: 'Rik Regisseur', roles: [], me: true },
    ]);
  });
});

describe('inviting a colleague', () => {
  it('adds the name on its own line, once', () => {
    expect(invite('', 'Niels Notulist')).toBe('Niels Notulist');
    expect(invite('J. Jansen (gemeente)\n', 'Niels Notulist')).toBe('J. Jansen (gemeente)\nNiels Notulist');
    expect(invite('Niels Notulist\nJ. Jansen', 'Niels Notulist')).toBe('Niels Notulist\nJ. Jansen');
  });
});
