import { afterEach, describe, expect, it } from 'vitest';
import { changedValues, draftWork, isHeld } from '../../kit/heldDraft';
import { discardUnsaved, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { move, newKey, valueRows } from './editing';
import { listDraftKey, REGIONS_DRAFT_KEY } from './heldDrafts';

const ERNST = [
  { code: 'laag', label: 'Laag', active: true, effect: null },
  { code: 'hoog', label: 'Hoog', active: true, effect: null },
];

afterEach(() => {
  discardUnsaved('beheer');
  resumeAs('nobody');
});

describe('the list and region editors over a lock', () => {
  it('hold nothing for a list as loaded, and a moved or added row as unsaved', () => {
    const start = valueRows(ERNST);
    expect(changedValues(valueRows(ERNST), start)).toBeUndefined();
    expect(changedValues(move(start, 1, 0), start)).toHaveLength(2);
    const added = [...start, { key: newKey('ernst'), label: 'Zeer hoog (fictief)', active: true, effect: null }];
    expect(changedValues(added, start)).toEqual(added);
  });

  it('keep each list and the regions under their own key, for the beheerder who edited them', () => {
    resumeAs('beheer');
    const stop = registerWork(draftWork(listDraftKey('ernst'), () => valueRows(ERNST)));
    holdUnsaved('beheer');
    stop(); // the lock unmounts the editors
    resumeAs('beheer');
    expect(isHeld(listDraftKey('ernst'))).toBe(true);
    expect(isHeld(listDraftKey('besluit'))).toBe(false);
    expect(isHeld(REGIONS_DRAFT_KEY)).toBe(false);
    resumeAs('sanne');
    expect(isHeld(listDraftKey('ernst'))).toBe(false);
  });
});
