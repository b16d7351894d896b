// The database cannot be opened. Say what is wrong in plain Dutch (the error code from
// vault:status, translated) and what can be done: a damaged database or key file is replaced by a
// backup; a database from a newer version needs that version; a store configuration or server
// that cannot be used is the IT department's to fix (no backup helps there).
import { Alert, AlertTitle, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { GateLayout } from '../../kit/GateLayout';
import { RestoreBackupForm } from './RestoreBackupForm';
import { useSession } from '../../kit/session';

export function ProblemScreen() {
  const { t } = useTranslation();
  const { status } = useSession();
  const damaged = status?.state === 'damaged';
  const noConnection = status?.state === 'no-connection';
  const problem =
    status?.problem ?? (damaged ? 'DATABASE_DAMAGED' : noConnection ? 'STORE_UNREACHABLE' : 'DATABASE_TOO_NEW');
  const [title, help] = damaged
    ? ['problem.damagedTitle', 'problem.damagedHelp']
    : noConnection
      ? ['problem.noConnectionTitle', 'problem.noConnectionHelp']
      : ['problem.tooNewTitle', 'problem.tooNewHelp'];
  return (
    <GateLayout width={640}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {t(title)}
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('problem.whatIsWrong')}</AlertTitle>
        {t(`common:errors.${problem}`)}
      </Alert>
      <Typography sx={{ mb: 3 }}>{t(help)}</Typography>
      {/* A file backup replaces the file; a database on the server is the DBA's to restore. */}
      {damaged && !status?.server ? (
        <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
          <RestoreBackupForm />
        </Paper>
      ) : null}
    </GateLayout>
  );
}
