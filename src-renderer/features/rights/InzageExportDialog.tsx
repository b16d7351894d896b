// The inzage as a JSON file for the person concerned: a disclosure, so with a reason that is kept
// in the audit log (and shows in the next inzage).
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, reasonErrors, useFormCheck } from '../../kit/forms';
import { useNotice } from '../../kit/notices';

interface InzageExportDialogProps {
  personId: number;
  excludeThirdParties: boolean;
  onClose: () => void;
}

export function InzageExportDialog({ personId, excludeThirdParties, onClose }: InzageExportDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const { errors, form, passes, refused } = useFormCheck(reasonErrors(reason));
  const save = useMutation({
    mutationFn: () => call('rights:inzage-export', { personId, excludeThirdParties, reason }),
    onSuccess: (result) => {
      // The export is itself a disclosure: the sheet on screen lists it from now on.
      void queryClient.invalidateQueries({ queryKey: ['rights:inzage'] });
      if (result.saved) {
        notice.success(t('printView.savedAs', { fileName: result.fileName ?? '' }));
        onClose();
      } else notice.info(t('rights.exportCancelled'));
    },
    onError: refused,
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    if (passes()) save.mutate();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="inzage-export-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="inzage-export-titel">{t('rights.exportTitle')}</DialogTitle>
        <DialogContent>
          <FormAlert error={save.error} />
          <DialogContentText sx={{ mb: 2 }}>
            {excludeThirdParties ? t('rights.exportIntroWithout') : t('rights.exportIntro')}
          </DialogContentText>
          <TextField
            label={t('printDialog.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus
            {...fieldProps(t, errors, 'reason', t('rights.reasonHint'))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('rights.exportSubmit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
