// The findings of one monitoring moment: what was reviewed and concluded.
import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { MonitoringView } from '../../../src-shared/ipc/cases';
import { fieldProps, FormAlert, submitHandler } from '../../kit/forms';
import { useDossierForm } from './editing';

interface FindingsFormProps {
  caseId: number;
  moment: MonitoringView;
  onClose: () => void;
}

export function FindingsForm({ caseId, moment, onClose }: FindingsFormProps) {
  const { t } = useTranslation();
  const [bevindingen, setBevindingen] = useState('');
  const input = { id: caseId, monitoringId: moment.id, bevindingen };
  const { check, send: record } = useDossierForm(
    caseId,
    'cases:record-monitoring',
    input,
    () => t('cases.monitoring.recorded'),
    onClose,
  );
  const { errors, form } = check;
  return (
    <Box
      component="form"
      onSubmit={submitHandler(check, record)}
      noValidate
      ref={form}
      aria-labelledby="bevindingen-kop"
      sx={{ mb: 3, p: 2, bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography variant="h3" id="bevindingen-kop" sx={{ mb: 1.5 }}>
        {t('cases.monitoring.findingsTitle', { date: formatDate(moment.gepland) })}
      </Typography>
      <FormAlert error={record.error} />
      <TextField
        label={t('cases.monitoring.findings')}
        value={bevindingen}
        onChange={(event) => setBevindingen(event.target.value)}
        required
        fullWidth
        multiline
        minRows={3}
        autoFocus
        {...fieldProps(t, errors, 'bevindingen', t('cases.monitoring.findingsHint'))}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
        <Button type="submit" variant="contained" loading={record.isPending} loadingPosition="start">
          {t('cases.monitoring.recordSubmit')}
        </Button>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
      </Box>
    </Box>
  );
}
