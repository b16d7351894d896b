import { afterEach, describe, expect, it } from 'vitest';
import type { ActionView, CaseDossier, MonitoringView, SignalView } from '../../../src-shared/ipc/cases';
import { isHeld } from '../../kit/heldDraft';
import { forgetHeld, lockedWith } from '../../kit/heldDraftTesting';
import { discardUnsaved, resumeAs } from '../../kit/pendingWork';
import { openingDraftKey } from '../trajectories';
import {
  accessDraftKey,
  actionDraftKey,
  correctDraftKey,
  findingsDraftKey,
  heldActionEditing,
  heldDossierTab,
  heldFindings,
  noteDraftKey,
  restrictDraftKey,
  wegingDraftKey,
} from './heldDrafts';

/** A dossier with only what these functions read: its id and the ids of its actions, moments and signals. */
function dossier(id: number, actionIds: number[], momentIds: number[] = [], signalIds: number[] = []): CaseDossier {
  return {
    id,
    actions: actionIds.map((actionId) => ({ id: actionId }) as ActionView),
    monitoring: momentIds.map((momentId) => ({ id: momentId }) as MonitoringView),
    signals: signalIds.map((signalId) => ({ id: signalId }) as SignalView),
  } as CaseDossier;
}

afterEach(() => forgetHeld());

describe("the dossier's forms after an unlock", () => {
  it('opens on the plan with the dialog of the action whose fields were held', () => {
    lockedWith(actionDraftKey(7, 3), { omschrijving: 'Mentor koppelen (fictief).' });
    expect(heldDossierTab(dossier(7, [2, 3]))).toBe('plan');
    expect(heldActionEditing(dossier(7, [2, 3]))).toEqual({ id: 3 });
    // Another casus has nothing held.
    expect(heldDossierTab(dossier(8, [3]))).toBeNull();
  });

  it("opens a new action's dialog, and on the notes for a note typed and not added", () => {
    lockedWith(actionDraftKey(7, null), { omschrijving: 'Nieuw (fictief).' });
    expect(heldActionEditing(dossier(7, []))).toBe('new');
    discardUnsaved('rik');
    lockedWith(noteDraftKey(7), 'Gebeld met school (fictief).');
    expect(heldDossierTab(dossier(7, []))).toBe('notities');
    expect(heldActionEditing(dossier(7, []))).toBeNull();
  });

  it('opens on the monitoring with the moment whose findings were held, and on the signals for a weging', () => {
    lockedWith(findingsDraftKey(7, 5), { values: 'Gesprek met school (fictief).', version: 2 });
    expect(heldDossierTab(dossier(7, [3], [4, 5], [9]))).toBe('monitoring');
    expect(heldFindings(dossier(7, [3], [4, 5], [9]))).toEqual({ id: 5 });
    expect(heldDossierTab(dossier(8, [3], [5], [9]))).toBeNull();
    discardUnsaved('rik');
    lockedWith(wegingDraftKey(7, 9), { motivering: 'Zorgen van school (fictief).' });
    expect(heldDossierTab(dossier(7, [3], [4, 5], [9]))).toBe('signalen');
    expect(heldFindings(dossier(7, [3], [4, 5], [9]))).toBeNull();
  });

  it("reopens a correction of the person's data in the header, on the tab the link says", () => {
    lockedWith(correctDraftKey(7, 4), { form: { naam: 'Mo de Vries (fictief)' }, reden: 'Paspoort gezien.' });
    expect(isHeld(correctDraftKey(7, 4))).toBe(true);
    // The same person in another casus, or another person here: not this dialog.
    expect(isHeld(correctDraftKey(8, 4))).toBe(false);
    expect(isHeld(correctDraftKey(7, 5))).toBe(false);
    expect(heldDossierTab(dossier(7, [3], [5], [9]))).toBeNull();
  });

  it("reopens a restriction's reason for the step it was typed for, not the other one", () => {
    lockedWith(restrictDraftKey(7, { id: 4, restricted: false }), 'Betrokkene betwist de juistheid (fictief).');
    expect(isHeld(restrictDraftKey(7, { id: 4, restricted: false }))).toBe(true);
    // A colleague set the restriction meanwhile: the dialog now lifts it, and the reason is not its.
    expect(isHeld(restrictDraftKey(7, { id: 4, restricted: true }))).toBe(false);
    expect(isHeld(restrictDraftKey(8, { id: 4, restricted: false }))).toBe(false);
    expect(isHeld(correctDraftKey(7, 4))).toBe(false);
    expect(heldDossierTab(dossier(7, [3], [5], [9]))).toBeNull();
  });

  it('opens on Partners en toegang when its choices were held, after the forms of the other tabs', () => {
    lockedWith(accessDraftKey(7), { values: { afgeschermd: true, named: [2] }, version: 3 });
    expect(heldDossierTab(dossier(7, [3]))).toBe('toegang');
    expect(heldDossierTab(dossier(8, [3]))).toBeNull();
    lockedWith(noteDraftKey(7), 'Gebeld met school (fictief).');
    expect(heldDossierTab(dossier(7, [3]))).toBe('notities');
  });

  it('opens on the plan when a trajectory was being opened from one of its interventions', () => {
    lockedWith(openingDraftKey({ bron: 'casus_interventie', caseActionId: 3 }), { roepnaam: 'Sam (fictief)' });
    expect(heldDossierTab(dossier(7, [2, 3]))).toBe('plan');
    // Not the action's own dialog, and not a casus without that intervention.
    expect(heldActionEditing(dossier(7, [2, 3]))).toBeNull();
    expect(heldDossierTab(dossier(8, [4]))).toBeNull();
  });

  it('opens as the link says when nothing is held', () => {
    resumeAs('rik');
    expect(heldDossierTab(dossier(7, [3]))).toBeNull();
  });
});
