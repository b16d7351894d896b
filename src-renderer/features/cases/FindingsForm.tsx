// The findings of one monitoring moment: what was reviewed and concluded. Typed and not recorded,
// they outlive a lock with the moment's version the form was opened at (kit/heldDraft).
import { Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { contract } from '../../../src-shared/ipc/contract';
import type { MonitoringView } from '../../../src-shared/ipc/cases';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useDossierMutation, useDossierReload } from './editing';
import { findingsDraftKey } from './heldDrafts';

interface FindingsFormProps {
  caseId: number;
  moment: MonitoringView;
  onClose: () => void;
}

export function FindingsForm({ caseId, moment, onClose }: FindingsFormProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const draftKey = findingsDraftKey(caseId, moment.id);
  const held = useHeldDraft<Versioned<string>>(draftKey);
  const [bevindingen, setBevindingen] = useState(held?.values ?? '');
  const [version, setVersion] = useState(held ? held.version : moment.version);
  useDraftWork(draftKey, changedVersioned(bevindingen, '', version));
  const input = { id: caseId, monitoringId: moment.id, bevindingen, version };
  const stale = useStaleVersion({ bevindingen });
  const reload = useDossierReload(caseId);
  const { errors, form, passes, refused } = useFormCheck(validate(contract['cases:record-monitoring'].input, input));
  const record = useDossierMutation(
    caseId,
    () => call('cases:record-monitoring', input),
    () => {
      notice.success(t('cases.monitoring.recorded'));
      onClose();
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    record.reset();
    stale.clear();
    if (passes()) record.mutate(undefined, { onError: (error) => stale.caught(error) || refused(error) });
  };
  return (
    <Box
      component="form"
      onSubmit={submit}
      noValidate
      ref={form}
      aria-labelledby="bevindingen-kop"
      sx={{ mb: 3, p: 2, bgcolor: 'grey.50', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Typography variant="h3" id="bevindingen-kop" sx={{ mb: 1.5 }}>
        {t('cases.monitoring.findingsTitle', { date: formatDate(moment.gepland) })}
      </Typography>
      <StaleNotice
        stale={stale}
        labels={{ bevindingen: t('cases.monitoring.findings') }}
        show={(draft) => draft}
        onReload={async () => {
          const latest = (await reload()).monitoring.find((m) => m.id === moment.id);
          if (!latest) return;
          setBevindingen(latest.bevindingen);
          setVersion(latest.version);
        }}
        onReapply={(draft) => setBevindingen(draft.bevindingen)}
      />
      <FormAlert error={stale.state ? null : record.error} />
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
