import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../src-shared/ipc/evaluations';
import { changedVersioned, draftWork, isHeld, type Versioned } from '../../kit/heldDraft';
import { discardUnsaved, heldText, holdUnsaved, registerWork, resumeAs } from '../../kit/pendingWork';
import { roundDraftKey } from './heldDrafts';
import { formOf, type RoundForm } from './roundForm';

const templates = [{ id: 7, latest: true }] as TemplateSummary[];

afterEach(() => {
  discardUnsaved('evaluator');
  resumeAs('nobody');
});

describe('the round set-up over a lock', () => {
  it('holds nothing for an untouched form, and a changed one with the version it was opened at', () => {
    const start = formOf(null, templates);
    expect(changedVersioned(formOf(null, templates), start, undefined)).toBeUndefined();
    const typed = { ...start, titel: 'Voorjaar (fictief)' };
    expect(changedVersioned(typed, start, 3)).toEqual({ values: typed, version: 3 });
  });

  it("keeps a round's changes apart from a new round, for the account that typed them", () => {
    const typed = { ...formOf(null, templates), titel: 'Voorjaar (fictief)' };
    resumeAs('evaluator');
    const stop = registerWork(draftWork(roundDraftKey(12), () => ({ values: typed, version: 3 })));
    holdUnsaved('evaluator');
    stop(); // the lock unmounts the page
    resumeAs('evaluator');
    expect(heldText<Versioned<RoundForm>>(roundDraftKey(12))).toEqual({ values: typed, version: 3 });
    expect(isHeld(roundDraftKey(null))).toBe(false);
    resumeAs('sanne');
    expect(isHeld(roundDraftKey(12))).toBe(false);
  });
});
