// A dialog to read (the shortcuts, the version, a password shown once) or to look something up,
// with one button that closes it: "Sluiten" unless the caller names it otherwise.
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  type Breakpoint,
  type SxProps,
} from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface InfoDialogProps {
  /** The title's id: the dialog is labelled by it, and a table in it may be too. */
  titleId: string;
  title: ReactNode;
  children: ReactNode;
  onClose: () => void;
  /** False keeps the dialog mounted but hidden (a dialog the shell opens and closes). */
  open?: boolean;
  /** The id of the text that says what the dialog is for, read out with the title. */
  describedBy?: string;
  /** The button's text; "Sluiten" when left out. */
  closeLabel?: string;
  maxWidth?: Breakpoint;
  contentSx?: SxProps;
}

export function InfoDialog({
  titleId,
  title,
  children,
  onClose,
  open = true,
  describedBy,
  closeLabel,
  maxWidth = 'sm',
  contentSx,
}: InfoDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      maxWidth={maxWidth}
      fullWidth
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent sx={contentSx}>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {closeLabel ?? t('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
