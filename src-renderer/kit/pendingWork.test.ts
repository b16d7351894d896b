import { afterEach, describe, expect, it } from 'vitest';
import {
  discardUnsaved,
  flushPendingWork,
  heldText,
  holdUnsaved,
  registerWork,
  releaseHeld,
  resumeAs,
  unsavedCount,
  type PendingWork,
} from './pendingWork';

/** An editor whose save core keeps refusing: the text stays unsaved whatever the flush does. */
function refusedEditor(key: string, text: string): PendingWork & { flushes: number } {
  const editor = {
    flushes: 0,
    flush: async () => {
      editor.flushes++;
    },
    unsaved: (): [string, unknown][] => [[key, text]],
  };
  return editor;
}

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  discardUnsaved('rik');
  discardUnsaved('nora');
  resumeAs('nobody');
});

describe('pendingWork', () => {
  it('flushes every editor on screen and counts what is still not saved', async () => {
    const refused = refusedEditor('meetings:item:1', 'Mijn duiding');
    const saved: PendingWork = { flush: async () => {}, unsaved: () => [] };
    stops.push(registerWork(refused), registerWork(saved));
    await flushPendingWork();
    expect(refused.flushes).toBe(1);
    expect(unsavedCount()).toBe(1);
  });

  it('holds unsaved text over a lock for the same account only, in memory', () => {
    resumeAs('rik');
    stops.push(registerWork(refusedEditor('meetings:item:1', 'Mijn duiding')));
    holdUnsaved('rik');
    stops.splice(0).forEach((stop) => stop()); // the lock unmounts the screen

    resumeAs('nora');
    expect(heldText('meetings:item:1')).toBeUndefined();
    expect(unsavedCount()).toBe(0);

    resumeAs('rik');
    expect(heldText('meetings:item:1')).toBe('Mijn duiding');
    expect(unsavedCount()).toBe(1);
    releaseHeld('meetings:item:1');
    expect(heldText('meetings:item:1')).toBeUndefined();
    expect(unsavedCount()).toBe(0);
  });

  it('counts held text that no screen took back, and drops it only when the account discards it', () => {
    resumeAs('rik');
    stops.push(registerWork(refusedEditor('evaluations:template:nieuw', 'Vragenlijst')));
    holdUnsaved('rik');
    stops.splice(0).forEach((stop) => stop());
    resumeAs('rik');
    expect(unsavedCount()).toBe(1);
    discardUnsaved('rik');
    expect(unsavedCount()).toBe(0);
    expect(heldText('evaluations:template:nieuw')).toBeUndefined();
  });

  it('hands out nothing while nobody is logged in', () => {
    resumeAs('rik');
    stops.push(registerWork(refusedEditor('meetings:item:2', 'Tekst')));
    holdUnsaved('rik');
    expect(heldText('meetings:item:2')).toBeUndefined();
  });
});
