// The frame around every page: a skip link, the app bar (name, language, help), the main
// navigation and the content area.
import {
  AppBar,
  Box,
  Drawer,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { AboutDialog } from './AboutDialog';
import { useCommands } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { HelpMenu } from './HelpMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { NAVIGATION } from './navigation';
import { ShortcutsDialog } from './ShortcutsDialog';

const DRAWER_WIDTH = 248;

export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const commands = useCommands();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }} className="app-shell">
      <Link href="#inhoud" className="skip-link" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </Link>
      <AppBar
        position="fixed"
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          '& .Mui-focusVisible, & :focus-visible': { outline: '3px solid #ffffff' },
        }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700, flex: 1 }}>
            {t('common:app.name')}
          </Typography>
          <LanguageSwitch />
          <HelpMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label={t('nav.label')}>
          <List>
            {NAVIGATION.map((entry) => {
              const Icon = entry.icon;
              const current = location.pathname === entry.path;
              return (
                <ListItem key={entry.path} disablePadding>
                  <ListItemButton
                    component={RouterLink}
                    to={entry.path}
                    selected={current}
                    aria-current={current ? 'page' : undefined}
                  >
                    <ListItemIcon sx={{ minWidth: 40 }}>
                      <Icon aria-hidden />
                    </ListItemIcon>
                    <ListItemText primary={t(entry.label)} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </Box>
      </Drawer>
      <Box
        component="main"
        id="inhoud"
        tabIndex={-1}
        sx={{ flex: 1, p: { xs: 2, md: 4 }, minWidth: 0, outline: 'none' }}
      >
        <Toolbar />
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </Box>
      <ShortcutsDialog open={commands.dialog === 'shortcuts'} onClose={commands.closeDialog} />
      <AboutDialog open={commands.dialog === 'about'} onClose={commands.closeDialog} />
    </Box>
  );
}

function skipToContent(event: React.MouseEvent) {
  // With hash routing a plain #inhoud link would change the route; move focus instead.
  event.preventDefault();
  document.getElementById('inhoud')?.focus();
}
