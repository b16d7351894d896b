// "Signaal registreren" in the app bar: the most frequent start of work, one click (or
// Ctrl+Shift+N) from every page. Only for whoever may register signals. In a narrow window only its
// icon shows; its name stays (accessible name and tooltip).
import AddCircleOutlined from '@mui/icons-material/AddCircleOutlined';
import { Button, IconButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { useNarrowWindow } from '../../kit/narrowWindow';
import { useSession } from '../../kit/session';

export function NewSignalButton() {
  const { t } = useTranslation();
  const { user } = useSession();
  const narrow = useNarrowWindow();
  if (!canUse('signals:register', user)) return null;
  if (narrow) {
    return (
      <Tooltip title={t('signals.register.action')}>
        <IconButton
          component={RouterLink}
          to="/signalen/nieuw"
          color="inherit"
          aria-label={t('signals.register.action')}
          aria-keyshortcuts="Control+Shift+N"
        >
          <AddCircleOutlined aria-hidden />
        </IconButton>
      </Tooltip>
    );
  }
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
