// The question before every print and export: a document that leaves the workstation needs a
// reason, which core keeps in the audit log with the print or export. The reason is checked with
// the contract's rule (the caller's own fields with its `check`); core opens the save or print
// dialog, and when the person cancels that, this dialog stays open and says nothing was saved.
import { TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog';
import { fieldProps, reasonErrors, useFormCheck, type FieldErrors } from './forms';
import { useNotice } from './notices';

export interface ReasonDialogProps<R> {
  title: string;
  intro: ReactNode;
  /** The reason's label; "Reden" when left out. */
  reasonLabel?: string;
  /** The hint under the reason (an example of a good one). */
  reasonHint?: string;
  submitLabel: string;
  /** Prints or saves the document; the reason goes with the call. */
  run: (reason: string) => Promise<R>;
  /** What to announce once the document has left (the dialog closes); null when the person cancelled. */
  doneMessage: (result: R) => string | null;
  /** What to announce when the person cancelled core's save or print dialog. */
  cancelledMessage: string;
  /** Fields of the caller's own, above the reason; they receive the per-field errors. */
  fields?: (errors: FieldErrors) => ReactNode;
  /** Choices below the reason (paper or PDF, the file format). */
  choices?: ReactNode;
  /** The caller's own check of its fields. */
  check?: () => FieldErrors;
  onClose: () => void;
}

export function ReasonDialog<R>({
  title,
  intro,
  reasonLabel,
  reasonHint,
  submitLabel,
  run,
  doneMessage,
  cancelledMessage,
  fields,
  choices,
  check,
  onClose,
}: ReasonDialogProps<R>) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [reason, setReason] = useState('');
  const form = useFormCheck({ ...check?.(), ...reasonErrors(reason) });
  const send = useMutation({
    mutationFn: () => run(reason),
    onSuccess: (result) => {
      const done = doneMessage(result);
      if (done) {
        notice.success(done);
        onClose();
      } else {
        notice.info(cancelledMessage);
      }
    },
  });
  return (
    <FormDialog title={title} intro={intro} submitLabel={submitLabel} check={form} send={send} onClose={onClose}>
      {fields?.(form.errors)}
      <TextField
        label={reasonLabel ?? t('printDialog.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        fullWidth
        multiline
        minRows={2}
        {...fieldProps(t, form.errors, 'reason', reasonHint ?? t('printDialog.reasonHint'))}
      />
      {choices}
    </FormDialog>
  );
}
