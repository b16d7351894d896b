// The user's name in the app bar, with what concerns their session: change the password, lock
// the screen (Ctrl+L) and log out. In a narrow window only its icon shows (the name stays its
// accessible name and its tooltip).
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import { Box, Button, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import PasswordOutlined from '@mui/icons-material/PasswordOutlined';
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../features/session';
import { useSession } from '../kit/session';
import { useNarrowWindow } from '../kit/narrowWindow';
import { useNotice } from '../kit/notices';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changing, setChanging] = useState(false);
  const narrow = useNarrowWindow();
  if (!session.user) return null;

  const close = () => setAnchor(null);
  const run = (action: () => Promise<void>) => {
    close();
    action().catch((error: unknown) => notice.error(error));
  };
  const opener = {
    color: 'inherit',
    'aria-haspopup': 'menu',
    'aria-controls': anchor ? 'gebruiker-menu' : undefined,
    'aria-expanded': anchor ? 'true' : undefined,
    'aria-label': t('userMenu.label', { name: session.user.displayName }),
    onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
  } as const;
  return (
    <>
      {narrow ? (
        <Tooltip title={session.user.displayName}>
          <IconButton {...opener}>
            <AccountCircleOutlined aria-hidden />
          </IconButton>
        </Tooltip>
      ) : (
        <Button {...opener} startIcon={<AccountCircleOutlined aria-hidden />}>
          {session.user.displayName}
        </Button>
      )}
      <Menu id="gebruiker-menu" anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem
          onClick={() => {
            close();
            setChanging(true);
          }}
        >
          <ListItemIcon>
            <PasswordOutlined aria-hidden fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.changePassword')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={() => run(session.lock)}>
          <ListItemIcon>
            <LockOutlined aria-hidden fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.lock')}</ListItemText>
          <Box component="span" aria-hidden sx={{ ml: 3, color: 'text.secondary', fontSize: '0.875rem' }}>
            {t('userMenu.lockKey')}
          </Box>
        </MenuItem>
        <MenuItem onClick={() => run(session.logout)}>
          <ListItemIcon>
            <LogoutOutlined aria-hidden fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t('userMenu.logout')}</ListItemText>
        </MenuItem>
      </Menu>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
