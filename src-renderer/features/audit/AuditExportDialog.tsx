// Exporting the audit log (the current filter, every page) to CSV is a disclosure: the reason is
// required and stored with the export's own audit entry. Core opens the save dialog.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import type { AuditFilter } from '../../../src-shared/ipc/audit';
import { call } from '../../kit/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  reasonErrors,
  useFocusFirstInvalid,
  type FieldErrors,
} from '../../kit/forms';
import { useNotice } from '../../kit/notices';

export function AuditExportDialog({ filter, onClose }: { filter: AuditFilter; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const exportCsv = useMutation({
    mutationFn: () => call('audit:export', { filter, reason }),
    onSuccess: (result) => {
      if (result.saved && result.fileName) {
        notice.success(t('audit.exportDialog.saved', { fileName: result.fileName, count: formatNumber(result.count) }));
        onClose();
      } else {
        notice.info(t('audit.exportDialog.cancelled'));
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
      exportCsv.reset();
      setAttempt((n) => n + 1);
      return;
    }
    exportCsv.mutate();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="export-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="export-titel">{t('audit.exportDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('audit.exportDialog.intro')}</DialogContentText>
          <FormAlert error={exportCsv.error} />
          <TextField
            label={t('audit.exportDialog.reason')}
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={exportCsv.isPending} loadingPosition="start">
            {t('audit.exportDialog.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
