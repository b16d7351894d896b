// The database cannot be opened. Say what is wrong in plain Dutch (the error code from
// vault:status, translated) and what can be done: a damaged database or key file is replaced by a
// backup; a database from a newer version needs that version; a store configuration or server
// that cannot be used is the IT department's to fix (no backup helps there). In team mode
// (status.team) the CTER server does not answer (or does not admit this workstation: problem.ts):
// its address, and a button to try again; with
// meetings kept on this workstation (issue 19) also `offlineLogin`, the session feature's log-in
// that opens only those (the shell passes it: a feature does not reach into another's insides),
// and a copy kept here that cannot be opened (DamagedCopiesNotice).
import { Alert, AlertTitle, Button, Paper, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAddress } from '../../../src-shared/domain/server-address';
import { DamagedCopiesNotice } from '../../kit/DamagedCopiesNotice';
import { GateLayout } from '../../kit/GateLayout';
import { usePageTitle } from '../../kit/usePageTitle';
import { problemTexts } from './problem';
import { RestoreBackupForm } from './RestoreBackupForm';
import { useSession } from '../../kit/session';

export function ProblemScreen({ offlineLogin = null }: { offlineLogin?: ReactNode }) {
  const { t } = useTranslation();
  const { status, refresh } = useSession();
  const [retrying, setRetrying] = useState(false);
  const damaged = status?.state === 'damaged';
  const noConnection = status?.state === 'no-connection';
  const team = noConnection ? (status?.team ?? null) : null;
  const { problem, title, help } = problemTexts(status);
  usePageTitle(t(title));
  const retry = () => {
    setRetrying(true);
    void refresh().finally(() => setRetrying(false));
  };
  return (
    <GateLayout width={640}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {t(title)}
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>{t('problem.whatIsWrong')}</AlertTitle>
        {t(`common:errors.${problem}`)}
      </Alert>
      <Typography sx={{ mb: 3 }}>{t(help, team ? { server: describeServerAddress(team) } : {})}</Typography>
      <DamagedCopiesNotice status={status} />
      {team ? (
        <Button variant="contained" onClick={retry} loading={retrying} loadingPosition="start">
          {t('problem.retry')}
        </Button>
      ) : null}
      {team?.offlineCopies && offlineLogin ? (
        <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 }, mt: 3 }}>
          {offlineLogin}
        </Paper>
      ) : null}
      {/* A file backup replaces the file; a database on the server is the DBA's to restore. */}
      {damaged && !status?.server ? (
        <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
          <RestoreBackupForm />
        </Paper>
      ) : null}
    </GateLayout>
  );
}
