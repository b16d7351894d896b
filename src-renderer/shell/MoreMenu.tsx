// "Meer" in the app bar of a narrow window (below 600 px: 1280 px at 200 % zoom and up, WCAG 1.4.10
// Reflow): the language switch and the help menu, which do not fit beside the user's menu there,
// in one menu. The languages are radio items, each named in itself; the help items are the help
// menu's own (keyboard shortcuts, about).
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import { Divider, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../src-shared/domain/locale';
import { useCommands } from '../kit/commands';
import { HELP_ITEMS } from '../kit/HelpMenu';
import { useLanguageChoice } from '../kit/LanguageSwitch';

export function MoreMenu() {
  const { t } = useTranslation();
  const commands = useCommands();
  const { language, managed, choose } = useLanguageChoice();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const open = (action: (typeof HELP_ITEMS)[number]['action']) => {
    close();
    commands.run(action);
  };
  return (
    <>
      <Tooltip title={t('shell.more')}>
        <IconButton
          id="meer-knop"
          color="inherit"
          aria-label={t('shell.more')}
          aria-haspopup="menu"
          aria-controls={anchor ? 'meer-menu' : undefined}
          aria-expanded={anchor ? 'true' : undefined}
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <MoreVertOutlined />
        </IconButton>
      </Tooltip>
      <Menu
        id="meer-menu"
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ list: { 'aria-labelledby': 'meer-knop' } }}
      >
        {LOCALES.map((locale) => (
          <MenuItem
            key={locale}
            role="menuitemradio"
            aria-checked={language === locale}
            lang={locale}
            disabled={managed}
            {...(managed ? { title: t('language.managed') } : {})}
            onClick={() => {
              close();
              if (language !== locale) choose(locale);
            }}
          >
            <ListItemIcon>{language === locale ? <CheckOutlined aria-hidden fontSize="small" /> : null}</ListItemIcon>
            <ListItemText>{t(`language.${locale}`)}</ListItemText>
          </MenuItem>
        ))}
        <Divider />
        {HELP_ITEMS.map(({ action, label }) => (
          <MenuItem key={action} onClick={() => open(action)}>
            <ListItemText inset>{t(label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
