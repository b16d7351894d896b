import { describe, expect, it } from 'vitest';
import { dutchDay, paramsFromSelection, selectionFromParams } from './filter';

describe('the audit filter in the address', () => {
  it('survives the round trip through the search parameters', () => {
    const selection = {
      filter: {
        actorId: 3,
        kind: 'session',
        group: 'sessions',
        action: 'session:login',
        objectType: 'account',
        object: '2026-0012',
        from: '2026-01-05',
        to: '2026-02-01',
      },
      page: 2,
    } as const;
    const params = paramsFromSelection(selection);
    expect(params.toString()).toBe(
      'gebruiker=3&soort=session&groep=sessions&actie=session%3Alogin&objecttype=account&object=2026-0012&van=2026-01-05&tot=2026-02-01&pagina=3',
    );
    expect(selectionFromParams(params)).toEqual(selection);
  });

  it('ignores what it does not understand instead of sending it to core', () => {
    const params = new URLSearchParams('gebruiker=abc&soort=alles&groep=iets&object=%20&van=5-1-2026&pagina=-4');
    expect(selectionFromParams(params)).toEqual({ filter: {}, page: 0 });
  });

  it('writes a wire date as dd-mm-jjjj without going through a time zone', () => {
    expect(dutchDay('2026-01-05')).toBe('05-01-2026');
    expect(dutchDay(undefined)).toBe('');
  });
});
