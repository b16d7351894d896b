// "Status wijzigen": offers exactly the transitions the state machine allows from here.
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import { Button } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { isHeld } from '../../kit/heldDraft';
import { useCaseEditing } from './editing';
import { statusDraftKey } from './heldDrafts';
import { StatusDialog } from './StatusDialog';

export function StatusButton({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  // After an unlock the dialog is open again when it had unsaved fields at the lock.
  const [open, setOpen] = useState(() => isHeld(statusDraftKey(dossier.id)));
  if (!mayEdit) return null;
  return (
    <>
      <Button
        variant="contained"
        startIcon={<SwapHorizOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        disabled={!canEdit || dossier.allowedTransitions.length === 0}
      >
        {t('cases.status.action')}
      </Button>
      {open ? <StatusDialog dossier={dossier} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
