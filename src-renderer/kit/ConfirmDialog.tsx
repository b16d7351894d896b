// A question before a consequential change, with the consequences spelled out and the error (if
// core refuses) shown in the dialog itself.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './forms';

interface ConfirmDialogProps {
  id: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The way back, when "Annuleren" does not say enough. */
  cancelLabel?: string;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  cancelLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-uitleg`}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={`${id}-titel`}>{title}</DialogTitle>
      <DialogContent>
        <FormAlert error={error} />
        <DialogContentText id={`${id}-uitleg`} component="div">
          {children}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {cancelLabel ?? t('actions.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} loading={busy} loadingPosition="start">
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
