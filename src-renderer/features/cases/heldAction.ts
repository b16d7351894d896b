// The plan van aanpak's dialog over a lock: its unsaved fields are held under the casus and the
// action (kit/heldDraft); after the unlock the dossier opens on the plan with the dialog open again.
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
