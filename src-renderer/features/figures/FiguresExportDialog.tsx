// Exporting the figures (CSV or Excel) is a disclosure: the reason is required and stored with the
// export's audit entry. Core opens the save dialog and applies small-cell suppression to every
// table, so no count below 5 leaves the workstation.
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  DialogTitle,
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
import type { FigureSelection } from './filter';

type Format = 'csv' | 'xlsx';

export function FiguresExportDialog({ selection, onClose }: { selection: FigureSelection; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [format, setFormat] = useState<Format>('csv');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const save = useMutation({
    mutationFn: () => call('stats:export', { ...selection, format, reason }),
    onSuccess: (result) => {
      if (result.saved && result.fileName) {
        notice.success(t('figures.export.saved', { fileName: result.fileName }));
        onClose();
      } else {
        notice.info(t('figures.export.cancelled'));
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
    <Dialog open onClose={onClose} aria-labelledby="cijfers-export-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="cijfers-export-titel">{t('figures.export.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('figures.export.intro')}</DialogContentText>
          <FormAlert error={save.error} />
          <FormControl component="fieldset" sx={{ mb: 2 }}>
            <FormLabel component="legend">{t('figures.export.format')}</FormLabel>
            <RadioGroup row value={format} onChange={(event) => setFormat(event.target.value as Format)}>
              <FormControlLabel value="csv" control={<Radio />} label={t('figures.export.csv')} />
              <FormControlLabel value="xlsx" control={<Radio />} label={t('figures.export.xlsx')} />
            </RadioGroup>
          </FormControl>
          <TextField
            label={t('figures.export.reason')}
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
            {t('figures.export.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
