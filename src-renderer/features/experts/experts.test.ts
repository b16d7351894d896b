import { afterEach, describe, expect, it } from 'vitest';
import type { AdviesView, ExpertsByGemeente } from '../../../src-shared/ipc/experts';
import { draftWork, heldAmong, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { adviesDraftKey, gemeentenByRegion, gemeentenOf, topicsInOrder, yearChoices } from './experts';

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

describe("an advies's dialog over a lock", () => {
  afterEach(() => {
    discardUnsaved('eva');
    resumeAs('nobody');
  });

  /** The dialog under `key` with a toelichting unsaved, met by a lock of eva's session; eva is back. */
  function lockedWith(key: string): void {
    resumeAs('eva');
    const stop = registerWork(draftWork(key, () => ({ toelichting: 'Over de regierol (fictief).' })));
    holdUnsaved('eva');
    stop();
    resumeAs('eva');
  }

  const list = [{ id: 4 }, { id: 5 }] as AdviesView[];

  it('reopens the correction of the advies whose fields were held, not a new one', () => {
    lockedWith(adviesDraftKey(5));
    expect(heldAmong(list, (advies) => adviesDraftKey(advies.id))).toEqual({ id: 5 });
    expect(isHeld(adviesDraftKey(null))).toBe(false);
  });

  it('reopens a new advies, and no correction', () => {
    lockedWith(adviesDraftKey(null));
    expect(isHeld(adviesDraftKey(null))).toBe(true);
    expect(heldAmong(list, (advies) => adviesDraftKey(advies.id))).toBeNull();
  });
});
