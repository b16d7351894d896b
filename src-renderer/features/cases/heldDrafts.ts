// The dossier's forms over a lock: the unsaved fields of the plan van aanpak's dialog, of a
// monitoring moment's findings, of a signal's weging, of a status change, of a correction of the
// person's data, of a restriction's reason, of a new note and of Partners en toegang are held under
// the casus (kit/heldDraft); a trajectory being opened from an intervention under that intervention
// (features/trajectories). The tab is not in the address, so after the unlock the dossier opens
// on the tab of the form that held them, that form open again.
import type { ActionView, CaseDossier, MonitoringView } from '../../../src-shared/ipc/cases';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { heldAmong, isHeld } from '../../kit/heldDraft';
import { openingDraftKey } from '../trajectories';

export function actionDraftKey(caseId: number, actionId: number | null): string {
  return `cases:action:${caseId}:${actionId ?? 'nieuw'}`;
}

/** The action whose dialog had unsaved fields at a lock ('new' for a new one), or null. */
export function heldActionEditing(dossier: CaseDossier): ActionView | 'new' | null {
  if (isHeld(actionDraftKey(dossier.id, null))) return 'new';
  return heldAmong(dossier.actions, (action) => actionDraftKey(dossier.id, action.id));
}

export function findingsDraftKey(caseId: number, monitoringId: number): string {
  return `cases:findings:${caseId}:${monitoringId}`;
}

/** The monitoring moment whose findings were typed and not recorded at a lock, or null. */
export function heldFindings(dossier: CaseDossier): MonitoringView | null {
  return heldAmong(dossier.monitoring, (moment) => findingsDraftKey(dossier.id, moment.id));
}

export function wegingDraftKey(caseId: number, signalId: number): string {
  return `cases:weging:${caseId}:${signalId}`;
}

/** The status change's dialog: in the dossier's header, on every tab, so no tab to open for it. */
export function statusDraftKey(caseId: number): string {
  return `cases:status:${caseId}`;
}

/** Persoonsgegevens corrigeren: in the dossier's header (the person menu), on every tab too. */
export function correctDraftKey(caseId: number, personId: number): string {
  return `cases:correct:${caseId}:${personId}`;
}

/**
 * Beperking van verwerking (the person menu): the reason, under the step it was typed for. Had a
 * colleague set or lifted the restriction meanwhile, the dialog now offers the other step, so the
 * reason is not put in it (it stays held and the log-out asks, as for a removed record).
 */
export function restrictDraftKey(caseId: number, person: Pick<PersonView, 'id' | 'restricted'>): string {
  return `cases:restrict:${caseId}:${person.id}:${person.restricted ? 'opheffen' : 'beperken'}`;
}

export function noteDraftKey(caseId: number): string {
  return `cases:note:${caseId}`;
}

/** The intervention of the plan whose trajectory was being opened at a lock (its link's dialog), or null. */
function heldTrajectoryOpening(dossier: CaseDossier): ActionView | null {
  return heldAmong(dossier.actions, (action) =>
    openingDraftKey({ bron: 'casus_interventie', caseActionId: action.id }),
  );
}

/** Partners en toegang: one form per casus, on its own tab, saved over the dossier's version. */
export function accessDraftKey(caseId: number): string {
  return `cases:toegang:${caseId}`;
}

/**
 * The tab whose form has fields held over a lock, or null. Named here, not as DossierTabs' type:
 * the tabs import the plan's dialog, which imports this module.
 */
export function heldDossierTab(
  dossier: CaseDossier,
): 'signalen' | 'plan' | 'monitoring' | 'notities' | 'toegang' | null {
  if (heldAmong(dossier.signals, (signal) => wegingDraftKey(dossier.id, signal.id)) !== null) return 'signalen';
  if (heldActionEditing(dossier) !== null || heldTrajectoryOpening(dossier) !== null) return 'plan';
  if (heldFindings(dossier) !== null) return 'monitoring';
  if (isHeld(noteDraftKey(dossier.id))) return 'notities';
  if (isHeld(accessDraftKey(dossier.id))) return 'toegang';
  return null;
}
