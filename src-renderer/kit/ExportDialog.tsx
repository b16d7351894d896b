// The dialog of every export that leaves the workstation as CSV or Excel (Cijfers, the mentor
// project's dataset): a file format, extra choices of the caller (a period) and the reason, which
// is required and stored with the export's audit entry. The caller says what to export and what to
// tell the user afterwards; the dialog checks the reason with the contract's rule (and the
// caller's fields with its `check`), puts core's per-field messages next to the fields and moves
// focus to the first field to fix.
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProps, FormAlert, reasonErrors, useFormCheck, type FieldErrors } from './forms';
import { useNotice } from './notices';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportResult {
  saved: boolean;
  fileName: string | null;
}

interface ExportDialogProps<R extends ExportResult> {
  title: string;
  intro: ReactNode;
  /** Saves the file (core opens the save dialog); the reason goes with the call. */
  run: (format: ExportFormat, reason: string) => Promise<R>;
  /** What to announce once the file is saved. */
  savedMessage: (result: R) => string;
  /** Fields of the caller's own, shown above the format; they receive the per-field errors. */
  children?: (errors: FieldErrors) => ReactNode;
  /** The caller's own check of its fields, run before the reason is checked. */
  check?: () => FieldErrors;
  /** The formats offered, in order, with their labels; the first is chosen. CSV, then Excel when left out. */
  formats?: readonly { value: ExportFormat; label: string }[];
  onClose: () => void;
}

export function ExportDialog<R extends ExportResult>({
  title,
  intro,
  run,
  savedMessage,
  children,
  check,
  formats,
  onClose,
}: ExportDialogProps<R>) {
  const { t } = useTranslation();
  const notice = useNotice();
  const titleId = useId();
  const offered = formats ?? [
    { value: 'csv', label: t('exportDialog.csv') },
    { value: 'xlsx', label: t('exportDialog.xlsx') },
  ];
  const [format, setFormat] = useState<ExportFormat>(offered[0]!.value);
  const [reason, setReason] = useState('');
  // From the first attempt on, the messages follow the values as they are now (a fixed field
  // clears at once), plus what core said about the last attempt.
  const { errors, form, passes, refused } = useFormCheck({ ...check?.(), ...reasonErrors(reason) });
  const save = useMutation({
    mutationFn: () => run(format, reason),
    onSuccess: (result) => {
      if (result.saved && result.fileName) {
        notice.success(savedMessage(result));
        onClose();
      } else {
        notice.info(t('exportDialog.cancelled'));
      }
    },
    onError: refused,
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    if (passes()) save.mutate();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>
          <FormAlert error={save.error} />
          {children?.(errors)}
          <FormControl component="fieldset" sx={{ mb: 2, display: 'block' }}>
            <FormLabel component="legend">{t('exportDialog.format')}</FormLabel>
            <RadioGroup row value={format} onChange={(event) => setFormat(event.target.value as ExportFormat)}>
              {offered.map((option) => (
                <FormControlLabel key={option.value} value={option.value} control={<Radio />} label={option.label} />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField
            label={t('exportDialog.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus={!children}
            {...fieldProps(t, errors, 'reason', t('printDialog.reasonHint'))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('exportDialog.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
