// "Signaal registreren" in the app bar: the most frequent start of work, one click (or
// Ctrl+Shift+N) from every page. Only for whoever may register signals.
import AddCircleOutlined from '@mui/icons-material/AddCircleOutlined';
import { Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useSession } from '../session/session';

export function NewSignalButton() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canUse('signals:register', user)) return null;
  return (
    <Button
      component={RouterLink}
      to="/signalen/nieuw"
      variant="outlined"
      color="inherit"
      startIcon={<AddCircleOutlined aria-hidden />}
      aria-keyshortcuts="Control+Shift+N"
      sx={{ borderColor: 'rgba(255,255,255,0.7)' }}
    >
      {t('signals.register.action')}
    </Button>
  );
}
