// The door of the application: vault:status decides what is shown. No database yet: the set-up
// wizard (but a damaged settings file is a problem, not a first run). Locked: login (or the lock screen for the person who locked it). Damaged or too new: an
// explanation and, where it helps, restoring a backup. Logged in: the shell, unless the person
// must first replace a temporary password, or the kiosk when core says it runs. The rarely shown
// screens (set-up, problem, kiosk) load on demand, below the Suspense boundary here.
import { Alert, Box, Button, CircularProgress, Paper } from '@mui/material';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskGate } from '../features/evaluations/routes';
import { ChangePasswordScreen, LoginForm, LoginScreen } from '../features/session';
import { ProblemScreen, SetupWizard } from '../features/vault';
import { FormAlert } from '../kit/forms';
import { GateLayout } from '../kit/GateLayout';
import { PageLoading } from '../kit/PageLoading';
import { useSession } from '../kit/session';
import { AppRoutes } from './AppRoutes';

export function Gate() {
  return (
    <Suspense fallback={<PageLoading fullScreen />}>
      <GateScreen />
    </Suspense>
  );
}

function GateScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const { status, statusError, user } = session;

  if (!status && statusError) {
    return (
      <GateLayout>
        <Paper variant="outlined" sx={{ p: 4 }}>
          <FormAlert error={statusError} />
          <Button variant="contained" onClick={() => void session.refresh()}>
            {t('gate.retry')}
          </Button>
        </Paper>
      </GateLayout>
    );
  }
  if (!status) {
    return (
      <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <CircularProgress aria-label={t('gate.loading')} />
      </Box>
    );
  }
  switch (status.state) {
    case 'no-database':
      return <SetupWizard />;
    case 'locked':
    case 'in-use':
      return <LoginScreen />;
    case 'damaged':
    case 'too-new':
    case 'not-updated':
    case 'settings-damaged':
      return <ProblemScreen />;
    case 'no-connection':
      // Team mode with meetings kept here: the log-in that opens only those (issue 19).
      return <ProblemScreen offlineLogin={<LoginForm offline />} />;
    case 'unlocked':
      if (!user) return <Alert severity="info">{t('gate.loading')}</Alert>;
      if (user.mustChangePassword) return <ChangePasswordScreen />;
      // The evaluations kiosk runs: it alone is shown, also after a reload.
      if (status.kiosk) return <KioskGate key={session.sessionKey} />;
      // A new key per login: nothing of an earlier session's component state survives.
      return <AppRoutes key={session.sessionKey} />;
  }
}
