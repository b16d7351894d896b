// A dialog that holds a form: the title, an optional introduction, the error of the last attempt,
// the fields (children) and the cancel/submit actions. Only the fields scroll, so the actions stay
// in view in a short window (1024×768). Enter in a field submits, Escape cancels (not while the
// values are being sent), focus starts in the first field, and a screen reader reads the title and
// introduction with the dialog. The form's own check (`useFormCheck`) runs before sending; core's
// per-field messages land next to the fields.
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  type Breakpoint,
} from '@mui/material';
import { useForkRef } from '@mui/material/utils';
import { useCallback, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, submitHandler, type FormCheck, type Sending } from './forms';
import type { StaleVersionGuard } from './StaleNotice';

/** The first field a person can type in or choose from: where focus goes when a form opens. */
const FIRST_FIELD = [
  'input:not([type="hidden"]):not([aria-hidden="true"]):not([tabindex="-1"]):not(:disabled)',
  'textarea:not([aria-hidden="true"]):not([tabindex="-1"]):not(:disabled)',
  'select:not(:disabled)',
  '[role="combobox"]:not([aria-disabled="true"])',
].join(', ');

/**
 * A ref for a form that moves focus to its first field when it appears, unless a field of it took
 * focus already (an `autoFocus` on another field wins).
 */
function useFocusFirstField(form: FormCheck['form']): React.Ref<HTMLFormElement> {
  const focusFirst = useCallback((node: HTMLFormElement | null) => {
    if (node && !node.contains(document.activeElement)) node.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
  }, []);
  return useForkRef(form, focusFirst);
}

export interface FormDialogProps {
  title: ReactNode;
  /** What the dialog is for, read out with the title. */
  intro?: ReactNode;
  children: ReactNode;
  /** Below the fields, still in the scrolling part (the history of earlier changes). */
  after?: ReactNode;
  submitLabel: string;
  /** The cancel button's text; "Annuleren" when left out. */
  cancelLabel?: string;
  /** `error` for a step that cannot be undone (ending a trajectory). */
  submitColor?: 'primary' | 'error';
  /** The form's check (`useFormCheck`), run before sending. */
  check: Pick<FormCheck, 'form' | 'passes' | 'refused'>;
  /** The call that sends the values; its error shows above the fields. */
  send: Sending;
  /** Another failure to show there when sending did not fail (a list that did not load). */
  error?: unknown;
  onClose: () => void;
  maxWidth?: Breakpoint;
  /** Only to look at (nothing may change now): no submit button, and cancelling is closing. */
  readOnly?: boolean;
  /** The caller decides where focus goes once the dialog has closed (a result it shows). */
  disableRestoreFocus?: boolean;
  /**
   * A record two people edit: a save refused as stale shows `staleNotice` (a `StaleNotice`) instead
   * of the error, and the form keeps what was typed.
   */
  stale?: Pick<StaleVersionGuard<unknown>, 'caught' | 'clear' | 'state'>;
  staleNotice?: ReactNode;
}

export function FormDialog({
  title,
  intro,
  children,
  after,
  submitLabel,
  cancelLabel,
  submitColor = 'primary',
  check,
  send,
  error,
  onClose,
  maxWidth = 'sm',
  readOnly = false,
  disableRestoreFocus = false,
  stale,
  staleNotice,
}: FormDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const introId = useId();
  const form = useFocusFirstField(check.form);
  const busy = send.isPending;
  const close = () => {
    if (!busy) onClose();
  };
  return (
    <Dialog
      open
      onClose={close}
      disableRestoreFocus={disableRestoreFocus}
      aria-labelledby={titleId}
      aria-describedby={intro ? introId : undefined}
      maxWidth={maxWidth}
      fullWidth
    >
      {/* The form is the dialog's column, so DialogContent scrolls between title and actions. */}
      <Box
        component="form"
        onSubmit={submitHandler(
          stale
            ? {
                passes: () => {
                  stale.clear();
                  return check.passes();
                },
                refused: (failure) => {
                  if (!stale.caught(failure)) check.refused(failure);
                },
              }
            : check,
          send,
        )}
        noValidate
        ref={form}
        sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        {/* Lines above and below the fields: where they scroll, a field cut at the edge reads as
            "more below", not as the end of the form (issue 21 item 4). */}
        <DialogContent dividers>
          {staleNotice}
          <FormAlert error={stale?.state ? error : (send.error ?? error)} />
          {intro ? (
            <DialogContentText id={introId} sx={{ mb: 2 }}>
              {intro}
            </DialogContentText>
          ) : null}
          <Stack spacing={2.5} sx={{ pt: intro ? 0 : 1 }}>
            {children}
          </Stack>
          {after}
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {readOnly ? t('actions.close') : (cancelLabel ?? t('actions.cancel'))}
          </Button>
          {readOnly ? null : (
            <Button type="submit" variant="contained" color={submitColor} loading={busy} loadingPosition="start">
              {submitLabel}
            </Button>
          )}
        </DialogActions>
      </Box>
    </Dialog>
  );
}
