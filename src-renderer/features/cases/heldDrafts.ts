// The dossier's forms over a lock: the unsaved fields of the plan van aanpak's dialog, of a
// monitoring moment's findings, of a signal's weging, of a status change, of a correction of the
// person's data and of a new note are held under the casus
// (kit/heldDraft). The tab is not in the address, so after the unlock the dossier opens on the tab
// of the form that held them, that form open again.
import type { ActionView, CaseDossier, MonitoringView } from '../../../src-shared/ipc/cases';
import { heldAmong, isHeld } from '../../kit/heldDraft';

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

export function noteDraftKey(caseId: number): string {
  return `cases:note:${caseId}`;
}

/**
 * The tab whose form has fields held over a lock, or null. Named here, not as DossierTabs' type:
 * the tabs import the plan's dialog, which imports this module.
 */
export function heldDossierTab(dossier: CaseDossier): 'signalen' | 'plan' | 'monitoring' | 'notities' | null {
  if (heldAmong(dossier.signals, (signal) => wegingDraftKey(dossier.id, signal.id)) !== null) return 'signalen';
  if (heldActionEditing(dossier) !== null) return 'plan';
  if (heldFindings(dossier) !== null) return 'monitoring';
  if (isHeld(noteDraftKey(dossier.id))) return 'notities';
  return null;
}
