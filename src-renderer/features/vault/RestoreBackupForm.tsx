// Restoring a backup where nobody can log in: on a new machine that replaces a lost one, or when
// the database is damaged. Core opens the file dialog and checks the backup with the username and
// password of a beheerder as they were when the backup was made, before anything is replaced.
import { Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../src-shared/ipc/session';
import { call } from '../../kit/bridge';
import { CredentialFields, EMPTY_CREDENTIALS } from '../../kit/CredentialFields';
import { useCheckOnSend, validate } from '../../kit/forms';
import { GateForm } from '../../kit/FormPanel';
import { useRestoreBackup } from './useRestoreBackup';

export function RestoreBackupForm({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const [credentials, setCredentials] = useState(EMPTY_CREDENTIALS);
  const check = useCheckOnSend(() => validate(loginInput, credentials));
  const restore = useRestoreBackup(() => call('vault:restore-backup', credentials));

  return (
    <GateForm
      headingId="terugzetten-titel"
      heading={t('restore.title')}
      level={headingLevel}
      intro={
        <>
          <Typography sx={{ mb: 1 }}>{t('restore.intro')}</Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {t('restore.credentials')}
          </Typography>
        </>
      }
      check={check}
      send={restore}
      submitLabel={t('restore.submit')}
    >
      <CredentialFields
        labels={{ username: t('restore.username'), password: t('restore.password') }}
        value={credentials}
        onChange={(next) => setCredentials((previous) => ({ ...previous, ...next }))}
        errors={check.errors}
      />
    </GateForm>
  );
}
