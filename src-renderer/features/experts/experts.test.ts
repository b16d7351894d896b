import { describe, expect, it } from 'vitest';
import type { ExpertsByGemeente } from '../../../src-shared/ipc/experts';
import { gemeentenByRegion, gemeentenOf, topicsInOrder, yearChoices } from './experts';

describe('experts page rules', () => {
  it('offers this year and the five before it', () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('orders topics by count, ties in the order of the list', () => {
    expect(topicsInOrder({ beleid: 2, regierol: 1, signaal_duiding: 2, overig: 0 })).toEqual([
      ['signaal_duiding', 2],
      ['beleid', 2],
      ['regierol', 1],
    ]);
    expect(topicsInOrder({})).toEqual([]);
  });

  it('finds the municipalities of one expert', () => {
    const list: ExpertsByGemeente = {
      experts: [
        { accountId: 4, displayName: 'Eva', active: true, gemeenten: [{ id: 1, name: 'Aldervoort' }] },
        { accountId: 5, displayName: 'Erik', active: true, gemeenten: [] },
      ],
      perGemeente: [],
    };
    expect(gemeentenOf(list, 4)).toEqual([{ id: 1, name: 'Aldervoort' }]);
    expect(gemeentenOf(list, 5)).toEqual([]);
    expect(gemeentenOf(list, 9)).toEqual([]);
    expect(gemeentenOf(undefined, 4)).toEqual([]);
  });

  it('groups municipalities per region, by name', () => {
    const grouped = gemeentenByRegion(
      [
        { id: 1, name: 'Noord' },
        { id: 2, name: 'Zuid' },
      ],
      [
        { id: 3, name: 'Zeldervaart', regionId: 1 },
        { id: 1, name: 'Aldervoort', regionId: 1 },
        { id: 2, name: 'Berkenstein', regionId: 2 },
      ],
    );
    expect(grouped.map((g) => [g.region.name, g.gemeenten.map((x) => x.name)])).toEqual([
      ['Noord', ['Aldervoort', 'Zeldervaart']],
      ['Zuid', ['Berkenstein']],
    ]);
  });
});
