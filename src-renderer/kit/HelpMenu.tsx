// The help button in the app bar: keyboard shortcuts and "about", the same as the Help menu.
import HelpOutlineOutlined from '@mui/icons-material/HelpOutlineOutlined';
import { IconButton, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommands } from './commands';

/** What help offers, in its order: the help button's menu and the narrow window's "Meer" (shell/MoreMenu). */
export const HELP_ITEMS = [
  { action: 'shortcuts', label: 'shortcuts.title' },
  { action: 'about', label: 'about.title' },
] as const;

export function HelpMenu() {
  const { t } = useTranslation();
  const commands = useCommands();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const choose = (action: (typeof HELP_ITEMS)[number]['action']) => {
    setAnchor(null);
    commands.run(action);
  };
  return (
    <>
      <Tooltip title={t('help.label')}>
        <IconButton
          color="inherit"
          aria-label={t('help.label')}
          aria-haspopup="menu"
          aria-controls={anchor ? 'help-menu' : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <HelpOutlineOutlined />
        </IconButton>
      </Tooltip>
      <Menu id="help-menu" anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {HELP_ITEMS.map(({ action, label }) => (
          <MenuItem key={action} onClick={() => choose(action)}>
            {t(label)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
