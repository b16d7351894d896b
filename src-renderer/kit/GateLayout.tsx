// The frame of every screen before the shell: set-up, login, lock, the forced password change and
// the damaged-database screen. Language and help are here too, so nobody is stuck at the door in
// the wrong language or without the list of keys.
import { AppBar, Box, Link, Toolbar, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from './DemoBanner';
import { HelpMenu } from './HelpMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { skipToContent } from './skipToContent';

export function GateLayout({ children, width = 560 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box className="app-shell" sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link href="#inhoud" className="skip-link" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </Link>
      <AppBar position="static" sx={{ '& .Mui-focusVisible, & :focus-visible': { outline: '3px solid #ffffff' } }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography component="span" variant="h6" sx={{ fontWeight: 700, flex: 1 }}>
            {t('common:app.name')}
          </Typography>
          <LanguageSwitch />
          <HelpMenu />
        </Toolbar>
        <DemoBanner />
      </AppBar>
      <Box component="main" id="inhoud" tabIndex={-1} sx={{ flex: 1, px: 2, py: { xs: 3, md: 5 }, outline: 'none' }}>
        <Box sx={{ maxWidth: width, mx: 'auto' }}>{children}</Box>
      </Box>
    </Box>
  );
}
