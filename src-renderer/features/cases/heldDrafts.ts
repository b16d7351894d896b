// The dossier's forms over a lock: the unsaved fields of the plan van aanpak's dialog and of a new
// note are held under the casus (kit/heldDraft). The tab is not in the address, so after the unlock
// the dossier opens on the tab of the form that held them, the plan's dialog open again.
import type { ActionView, CaseDossier } from '../../../src-shared/ipc/cases';
import { heldText } from '../../kit/pendingWork';

export function actionDraftKey(caseId: number, actionId: number | null): string {
  return `cases:action:${caseId}:${actionId ?? 'nieuw'}`;
}

/** The action whose dialog had unsaved fields at a lock ('new' for a new one), or null. */
export function heldActionEditing(dossier: CaseDossier): ActionView | 'new' | null {
  if (heldText(actionDraftKey(dossier.id, null)) !== undefined) return 'new';
  return dossier.actions.find((action) => heldText(actionDraftKey(dossier.id, action.id)) !== undefined) ?? null;
}

export function noteDraftKey(caseId: number): string {
  return `cases:note:${caseId}`;
}

/**
 * The tab whose form has fields held over a lock, or null. Named here, not as DossierTabs' type:
 * the tabs import the plan's dialog, which imports this module.
 */
export function heldDossierTab(dossier: CaseDossier): 'plan' | 'notities' | null {
  if (heldActionEditing(dossier) !== null) return 'plan';
  if (heldText(noteDraftKey(dossier.id)) !== undefined) return 'notities';
  return null;
}
