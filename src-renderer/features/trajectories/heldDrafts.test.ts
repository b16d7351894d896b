import { afterEach, describe, expect, it } from 'vitest';
import { draftWork } from '../../kit/heldDraft';
import { discardUnsaved, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { heldStep, trajectoryDraftKey } from './heldDrafts';

afterEach(() => {
  discardUnsaved('rik');
  resumeAs('nobody');
});

describe("the trajectory page's dialogs after an unlock", () => {
  it('opens the status step whose fields were held, on that trajectory only', () => {
    resumeAs('rik');
    const stop = registerWork(
      draftWork(trajectoryDraftKey(4, 'status'), () => ({ to: 'afgerond', toelichting: 'Doelen behaald (fictief).' })),
    );
    holdUnsaved('rik');
    stop();
    resumeAs('rik');
    expect(heldStep(4)).toBe('afgerond');
    expect(heldStep(5)).toBeNull();
  });

  it('keeps each form of a trajectory under its own key', () => {
    const keys = (['contact', 'evaluatie', 'ondersteuning', 'status', 'doelen'] as const).map((form) =>
      trajectoryDraftKey(4, form),
    );
    expect(new Set(keys).size).toBe(5);
    expect(trajectoryDraftKey(4, 'contact')).not.toBe(trajectoryDraftKey(5, 'contact'));
  });
});
