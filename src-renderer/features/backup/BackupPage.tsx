// Beheer > Back-up: how the last check of the database went (DatabaseCheck.tsx), make an encrypted
// copy of the database (core asks where to save it), or put an earlier backup back (which ends
// every session). A backup opens with the passwords and the
// recovery key that were valid when it was made.
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import { Alert, Button, Paper, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { PageHeader } from '../../kit/PageHeader';
import { DatabaseCheck } from './DatabaseCheck';
import { RestoreDialog } from './RestoreDialog';

export function BackupPage() {
  const { t } = useTranslation();
  const [restoring, setRestoring] = useState(false);
  const create = useMutation({ mutationFn: () => call('backup:create', {}) });
  const made = create.data;
  return (
    <>
      <PageHeader title={t('backup.title')} intro={t('backup.intro')} />
      <DatabaseCheck />
      <Paper variant="outlined" component="section" aria-labelledby="backup-maken" sx={{ p: 3, mb: 3, maxWidth: 760 }}>
        <Typography variant="h2" id="backup-maken" sx={{ mb: 1 }}>
          {t('backup.create.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('backup.create.body')}</Typography>
        <FormAlert error={create.error} />
        {made ? (
          <Alert severity={made.saved ? 'success' : 'info'} role="status" sx={{ mb: 2 }}>
            {made.saved && made.fileName
              ? t('backup.create.saved', { fileName: made.fileName })
              : t('backup.create.cancelled')}
          </Alert>
        ) : null}
        <Button
          variant="contained"
          startIcon={<SaveOutlined aria-hidden />}
          onClick={() => create.mutate()}
          loading={create.isPending}
          loadingPosition="start"
        >
          {t('backup.create.submit')}
        </Button>
      </Paper>
      <Paper variant="outlined" component="section" aria-labelledby="backup-terugzetten" sx={{ p: 3, maxWidth: 760 }}>
        <Typography variant="h2" id="backup-terugzetten" sx={{ mb: 1 }}>
          {t('backup.restore.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('backup.restore.body')}</Typography>
        <Button
          variant="outlined"
          color="error"
          startIcon={<RestoreOutlined aria-hidden />}
          onClick={() => setRestoring(true)}
        >
          {t('backup.restore.open')}
        </Button>
      </Paper>
      {restoring ? <RestoreDialog onClose={() => setRestoring(false)} /> : null}
    </>
  );
}
