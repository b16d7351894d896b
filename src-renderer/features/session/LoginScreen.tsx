// Login, or the lock screen when someone locked the session. Above the form: why the previous
// session ended (idle lock, logout, a restored backup), a restore that a crash had cut off and the
// start finished or undid, for a database another program holds what to do, and in team mode an
// offline copy kept here that cannot be opened. In a demo environment the fictitious accounts are
// listed below.
import { Alert, Paper } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoPanel } from '../vault';
import { DamagedCopiesNotice } from '../../kit/DamagedCopiesNotice';
import { GateLayout } from '../../kit/GateLayout';
import { LoginForm } from './LoginForm';
import { useSession, type EndReason } from '../../kit/session';
import { UnlockForm } from './UnlockForm';

const ENDED_MESSAGES: Record<EndReason, { key: string; severity: 'info' | 'success' } | null> = {
  locked: null,
  idle: { key: 'login.ended.idle', severity: 'info' },
  'logged-out': { key: 'login.ended.loggedOut', severity: 'info' },
  restored: { key: 'login.ended.restored', severity: 'success' },
  reconnected: { key: 'login.ended.reconnected', severity: 'info' },
};

export function LoginScreen() {
  const { t } = useTranslation();
  const { status, ended } = useSession();
  const [otherUser, setOtherUser] = useState(false);
  const locked = status?.lockedUser && !otherUser ? status.lockedUser : null;
  const message = ended ? ENDED_MESSAGES[ended] : null;
  return (
    <GateLayout>
      {message ? (
        <Alert severity={message.severity} role="status" sx={{ mb: 2 }}>
          {t(message.key)}
        </Alert>
      ) : null}
      {status?.interruptedRestore ? (
        <Alert
          severity={status.interruptedRestore.outcome === 'finished' ? 'success' : 'warning'}
          role="status"
          sx={{ mb: 2 }}
        >
          {status.interruptedRestore.outcome === 'finished'
            ? t('login.interruptedRestore.finished', { backup: status.interruptedRestore.backup })
            : t('login.interruptedRestore.undone')}
          {status.interruptedRestore.kept
            ? ` ${t('login.interruptedRestore.kept', { kept: status.interruptedRestore.kept })}`
            : null}
        </Alert>
      ) : null}
      <DamagedCopiesNotice status={status} />
      {status?.state === 'in-use' ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {/* Why the database is closed: another program has it, or a restore is under way. */}
          {t(`common:errors.${status.problem ?? 'DATABASE_IN_USE'}`)}
        </Alert>
      ) : null}
      <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
        {locked ? <UnlockForm user={locked} onOtherUser={() => setOtherUser(true)} /> : <LoginForm />}
      </Paper>
      {status?.demo ? <DemoPanel /> : null}
    </GateLayout>
  );
}
