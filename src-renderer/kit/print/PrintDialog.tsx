// Printing from the application is a disclosure: the user gives a reason (kept in the audit log)
// and chooses paper or PDF. Core prints the print view that is on screen (`print:view`).
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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PRINT_TARGETS } from '../../../src-shared/ipc/print';
import { call } from '../bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  reasonErrors,
  useFocusFirstInvalid,
  type FieldErrors,
} from '../forms';
import { useNotice } from '../notices';

type Target = (typeof PRINT_TARGETS)[number];

interface PrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** An identifier for the audit log, e.g. "audit-log". */
  document: string;
  /** The title in the PDF's page header and its file name. */
  title: string;
  /** The casus or person the document is about: core checks access and names it in the audit log. */
  subject?: { type: 'casus' | 'persoon' | 'overleg'; id: number } | null;
}

export function PrintDialog({ open, onClose, document, title, subject = null }: PrintDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState<Target>('printer');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const print = useMutation({
    mutationFn: () => call('print:view', { document, title, reason, target, subject }),
    onSuccess: (result) => {
      if (result.done) {
        notice.success(
          result.fileName ? t('printView.savedAs', { fileName: result.fileName }) : t('printView.sentToPrinter'),
        );
        setReason('');
        onClose();
      } else {
        notice.info(t('printView.cancelled'));
      }
    },
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = reasonErrors(reason);
    setErrors(found);
    if (found['reason']) {
      setAttempt((n) => n + 1);
      return;
    }
    print.mutate();
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="afdrukken-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="afdrukken-titel">{t('printDialog.title', { title })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('printDialog.intro')}</DialogContentText>
          <FormAlert error={print.error} />
          <TextField
            label={t('printDialog.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              // A message already shown is checked again as the person types, so it clears when fixed.
              if (errors['reason']) setErrors(reasonErrors(event.target.value));
            }}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus
            {...fieldProps(t, errors, 'reason', t('printDialog.reasonHint'))}
          />
          <FormControl component="fieldset" sx={{ mt: 2 }}>
            <FormLabel component="legend">{t('printDialog.target')}</FormLabel>
            <RadioGroup value={target} onChange={(event) => setTarget(event.target.value as Target)}>
              <FormControlLabel value="printer" control={<Radio />} label={t('printDialog.printer')} />
              <FormControlLabel value="pdf" control={<Radio />} label={t('printDialog.pdf')} />
            </RadioGroup>
          </FormControl>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={print.isPending} loadingPosition="start">
            {target === 'pdf' ? t('printDialog.submitPdf') : t('printDialog.submitPrinter')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
