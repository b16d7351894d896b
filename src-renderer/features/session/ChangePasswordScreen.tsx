// After logging in with a temporary password, nothing else is possible until the person has
// chosen their own (core refuses every other channel with PASSWORD_CHANGE_REQUIRED).
import { Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotice } from '../../kit/notices';
import { ChangePasswordForm } from './ChangePasswordForm';
import { GateLayout } from '../../kit/GateLayout';
import { usePageTitle } from '../../kit/usePageTitle';
import { useSession } from '../../kit/session';

export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  usePageTitle(t('changePassword.forcedTitle'));
  return (
    <GateLayout>
      <Paper variant="outlined" sx={{ p: { xs: 3, md: 4 } }}>
        <Typography variant="h1" sx={{ mb: 1 }}>
          {t('changePassword.forcedTitle')}
        </Typography>
        <Typography sx={{ mb: 3 }}>
          {t('changePassword.forcedIntro', { name: session.user?.displayName ?? '' })}
        </Typography>
        <ChangePasswordForm
          autoFocus
          onDone={() => {
            notice.success(t('changePassword.done'));
            void session.refresh();
          }}
        />
      </Paper>
      <Button sx={{ mt: 2 }} onClick={() => session.logout().catch((error: unknown) => notice.error(error))}>
        {t('userMenu.logout')}
      </Button>
    </GateLayout>
  );
}
