// The database cannot be opened. Say what is wrong in plain Dutch (the error code from
// vault:status, translated) and what can be done: a damaged database or key file is replaced by a
// backup; a database from a newer version needs that version.
import { Alert, AlertTitle, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { GateLayout } from '../../kit/GateLayout';
import { RestoreBackupForm } from './RestoreBackupForm';
import { useSession } from '../../kit/session';

export function ProblemScreen() {
  const { t } = useTranslation();
  const { status } = useSession();
  const damaged = status?.state === 'damaged';
  const problem = status?.problem ?? (damaged ? 'DATABASE_DAMAGED' : 'DATABASE_TOO_NEW');
  return (
    <GateLayout width={640}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {damaged ? t('problem.damagedTitle') : t('problem.tooNewTitle')}
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('problem.whatIsWrong')}</AlertTitle>
        {t(`common:errors.${problem}`)}
      </Alert>
      <Typography sx={{ mb: 3 }}>{damaged ? t('problem.damagedHelp') : t('problem.tooNewHelp')}</Typography>
      {damaged ? (
        <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
          <RestoreBackupForm />
        </Paper>
      ) : null}
    </GateLayout>
  );
}
