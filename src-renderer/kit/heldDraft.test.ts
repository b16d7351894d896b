import { afterEach, describe, expect, it } from 'vitest';
import { changedValues, changedVersioned, draftWork, heldAmong, isHeld } from './heldDraft';
import { discardUnsaved, heldText, holdUnsaved, registerWork, resumeAs, unsavedCount } from './pendingWork';

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  discardUnsaved('rik');
  discardUnsaved('nora');
  resumeAs('nobody');
});

describe('a form that saves on a button, over a lock', () => {
  const start = { omschrijving: '', deadline: '20-12-2026' };

  it('counts nothing unsaved while the fields are as the form started', () => {
    resumeAs('rik');
    stops.push(registerWork(draftWork('cases:action:1:nieuw', () => changedValues({ ...start }, start))));
    expect(unsavedCount()).toBe(0);
    holdUnsaved('rik');
    resumeAs('rik');
    expect(heldText('cases:action:1:nieuw')).toBeUndefined();
  });

  it('holds the typed values for the same account only, as the fields were at the lock', () => {
    resumeAs('rik');
    let fields = { ...start };
    stops.push(registerWork(draftWork('cases:action:1:nieuw', () => changedValues(fields, start))));
    fields = { ...fields, omschrijving: 'Mentor koppelen (fictief).' };
    expect(unsavedCount()).toBe(1); // the log-out asks
    holdUnsaved('rik');
    stops.splice(0).forEach((stop) => stop()); // the lock unmounts the form

    resumeAs('nora');
    expect(heldText('cases:action:1:nieuw')).toBeUndefined();
    holdUnsaved('nora');
    resumeAs('rik');
    expect(heldText('cases:action:1:nieuw')).toEqual({
      omschrijving: 'Mentor koppelen (fictief).',
      deadline: '20-12-2026',
    });
  });

  it('has nothing to flush: such a form saves only when asked', async () => {
    let asked = 0;
    const work = draftWork('k', () => {
      asked++;
      return 'tekst';
    });
    await work.flush();
    expect(asked).toBe(0);
    expect(work.unsaved()).toEqual([['k', 'tekst']]);
  });
});

describe('a form over a versioned record, and the page that reopens it', () => {
  it('holds the version the form was opened at with the values, and nothing while they are untouched', () => {
    expect(changedVersioned('', '', 4)).toBeUndefined();
    expect(changedVersioned('Gesprek gehad (fictief).', '', 4)).toEqual({
      values: 'Gesprek gehad (fictief).',
      version: 4,
    });
    expect(changedVersioned('Nieuw (fictief).', '', undefined)).toEqual({
      values: 'Nieuw (fictief).',
      version: undefined,
    });
  });

  it('finds the item whose form was held, for the account that held it', () => {
    resumeAs('rik');
    stops.push(registerWork(draftWork('m:2', () => 'tekst')));
    holdUnsaved('rik');
    stops.splice(0).forEach((stop) => stop());
    resumeAs('nora');
    expect(isHeld('m:2')).toBe(false);
    expect(heldAmong([{ id: 1 }, { id: 2 }], (item) => `m:${item.id}`)).toBeNull();
    holdUnsaved('nora');
    resumeAs('rik');
    expect(isHeld('m:2')).toBe(true);
    expect(heldAmong([{ id: 1 }, { id: 2 }], (item) => `m:${item.id}`)).toEqual({ id: 2 });
    expect(heldAmong([{ id: 1 }], (item) => `m:${item.id}`)).toBeNull();
  });

  it('finds an item held under any of its keys', () => {
    resumeAs('rik');
    stops.push(registerWork(draftWork('s:2', () => 'tekst')));
    holdUnsaved('rik');
    stops.splice(0).forEach((stop) => stop());
    resumeAs('rik');
    const keys = (item: { id: number }) => [`m:${item.id}`, `s:${item.id}`];
    expect(heldAmong([{ id: 1 }, { id: 2 }], keys)).toEqual({ id: 2 });
    expect(heldAmong([{ id: 1 }, { id: 2 }], (item) => `m:${item.id}`)).toBeNull();
  });
});
