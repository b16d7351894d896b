// Exporting a round's responses (CSV or Excel) is a disclosure: the reason is required and stored
// with the export's audit entry (the pattern of the other export dialogs). Core anonymises: no
// names, no times, small groups merged, rows in an order that says nothing about who answered.
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
import { call } from '../../app/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  reasonErrors,
  useFocusFirstInvalid,
  type FieldErrors,
} from '../../app/forms';
import { useNotice } from '../../app/notices';

type Format = 'csv' | 'xlsx';

export function EvaluationExportDialog({ roundId, onClose }: { roundId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [format, setFormat] = useState<Format>('xlsx');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const save = useMutation({
    mutationFn: () => call('evaluations:export', { roundId, format, reason }),
    onSuccess: (result) => {
      if (result.saved && result.fileName) {
        notice.success(t('evaluationReport.export.saved', { fileName: result.fileName }));
        onClose();
      } else {
        notice.info(t('evaluationReport.export.cancelled'));
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
      save.reset();
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="evaluatie-export-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="evaluatie-export-titel">{t('evaluationReport.export.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('evaluationReport.export.intro')}</DialogContentText>
          <FormAlert error={save.error} />
          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend">{t('evaluationReport.export.format')}</FormLabel>
            <RadioGroup row value={format} onChange={(event) => setFormat(event.target.value as Format)}>
              <FormControlLabel value="xlsx" control={<Radio />} label={t('evaluationReport.export.xlsx')} />
              <FormControlLabel value="csv" control={<Radio />} label={t('evaluationReport.export.csv')} />
            </RadioGroup>
          </FormControl>
          <TextField
            label={t('evaluationReport.export.reason')}
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
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('evaluationReport.export.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
