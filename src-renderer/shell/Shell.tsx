// The frame around every page once someone is logged in: a skip link, the app bar (the button that
// folds the navigation, name, demo banner, in team mode the connection to the CTER server, language,
// help, the user's menu), the main navigation (only what this user can use) and the content area,
// which waits calmly (PageLoading) while a page's code is fetched. In a narrow window (below
// 1280 px) the navigation starts folded to its icons, leaving the page the room; the button
// unfolds it, and the choice holds until the window's width class changes. Each entry, with its
// name beside the folded icon, is a NavigationItem. Below 600 px (WCAG 1.4.10 Reflow, down to
// 320 px) the bar keeps to the window: its buttons show their icons, language and help go into
// "Meer" (MoreMenu), and what still does not fit wraps; the spacers follow its real height
// (kit/AppBarSpacer).
import MenuOpenOutlined from '@mui/icons-material/MenuOpenOutlined';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import { AppBar, Box, Drawer, IconButton, Link, List, Toolbar, Typography, useMediaQuery } from '@mui/material';
import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../kit/session';
import { CaseSearchProvider } from '../features/search';
import { NewSignalButton } from '../features/signals';
import { AppBarSpacer, useAppBarHeight } from '../kit/AppBarSpacer';
import { DemoBanner } from '../kit/DemoBanner';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { HelpMenu } from '../kit/HelpMenu';
import { LanguageSwitch } from '../kit/LanguageSwitch';
import { NARROW_WINDOW, SHORT_WINDOW } from '../kit/narrowWindow';
import { PageLoading } from '../kit/PageLoading';
import { isCurrent, visibleNavigation } from '../kit/routes';
import { NAV_GROUPS, NAVIGATION } from './navigation';
import { skipToContent } from '../kit/skipToContent';
import { visuallyHidden } from '../kit/visuallyHidden';
import { ConnectionStatus } from './ConnectionStatus';
import { MoreMenu } from './MoreMenu';
import { NavigationItem } from './NavigationItem';
import { UserMenu } from './UserMenu';

const DRAWER_WIDTH = 248;
/** The folded navigation: its icons only. */
const DRAWER_FOLDED = 64;
/** From this width the navigation starts unfolded. */
const WIDE_WINDOW = '(min-width: 1280px)';

export function Shell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useSession();
  const entries = visibleNavigation(NAVIGATION, user);
  const wide = useMediaQuery(WIDE_WINDOW);
  // The user's choice for this width class (null: the class's default).
  const [choice, setChoice] = useState<{ wide: boolean; folded: boolean } | null>(null);
  const folded = choice && choice.wide === wide ? choice.folded : !wide;
  const drawerWidth = folded ? DRAWER_FOLDED : DRAWER_WIDTH;
  const shellRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLElement>(null);
  useAppBarHeight(barRef, shellRef);

  return (
    <Box
      ref={shellRef}
      sx={{ display: 'flex', minHeight: '100vh', [`@media ${SHORT_WINDOW}`]: { '--app-bar-cover': '0px' } }}
      className="app-shell"
    >
      <Link href="#inhoud" className="skip-link" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </Link>
      <AppBar
        ref={barRef}
        position="fixed"
        sx={{
          zIndex: (theme) => theme.zIndex.drawer + 1,
          // In a short window (256 px high at 400 % zoom) the bar and the demo banner scroll away
          // with the page, at its top, over the spacers (APP_BAR_COVER is 0 there).
          [`@media ${SHORT_WINDOW}`]: { position: 'absolute' },
          // White on the bar's dark blue (the theme's blue ring is 2.3:1 there). `&&` outweighs the
          // theme's own ring on icon buttons, whose styles come later at the same specificity.
          '&& .Mui-focusVisible, && :focus-visible': { outline: '3px solid #ffffff' },
        }}
      >
        {/* Below 600 px by CSS (NARROW_WINDOW, kit/narrowWindow.ts). A media-query hook here
            re-rendered the shell so that the About dialog's focus went to the page's body on
            closing (shell.spec's keyboard walk), cause not found. */}
        <Toolbar
          sx={{
            gap: 2,
            [`@media ${NARROW_WINDOW}`]: {
              gap: 0.5,
              px: 1,
              py: 0.5,
              flexWrap: 'wrap',
              '& > .app-bar-fold': { ml: 0 },
            },
          }}
        >
          <IconButton
            color="inherit"
            edge="start"
            aria-controls="hoofdnavigatie"
            aria-expanded={!folded}
            aria-label={t(folded ? 'nav.unfold' : 'nav.fold')}
            onClick={() => setChoice({ wide, folded: !folded })}
            className="no-print app-bar-fold"
          >
            {folded ? <MenuOutlined /> : <MenuOpenOutlined />}
          </IconButton>
          <Typography
            component="span"
            variant="h6"
            sx={{
              fontWeight: 700,
              flex: 1,
              minWidth: 0,
              [`@media ${NARROW_WINDOW}`]: { fontSize: '1rem', lineHeight: 1.25 },
            }}
          >
            {t('common:app.name')}
          </Typography>
          <ConnectionStatus />
          <NewSignalButton />
          <Box sx={{ display: 'none', [`@media ${NARROW_WINDOW}`]: { display: 'flex' } }}>
            <MoreMenu />
          </Box>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', [`@media ${NARROW_WINDOW}`]: { display: 'none' } }}>
            <LanguageSwitch />
            <HelpMenu />
          </Box>
          <UserMenu />
        </Toolbar>
        <DemoBanner />
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: drawerWidth,
          flexShrink: 0,
          '& .MuiDrawer-paper': {
            width: drawerWidth,
            boxSizing: 'border-box',
            overflowX: 'hidden',
            // With the bar gone the fixed navigation kept an empty strip as high as the bar: in a
            // short window it scrolls with the page too.
            [`@media ${SHORT_WINDOW}`]: { position: 'relative', height: '100%' },
          },
        }}
      >
        <AppBarSpacer />
        <Box component="nav" id="hoofdnavigatie" aria-label={t('nav.label')}>
          {NAV_GROUPS.map(({ group, label }) => {
            const inGroup = entries.filter((entry) => entry.group === group);
            if (inGroup.length === 0) return null;
            const headingId = `navigatie-${group}`;
            return (
              <Box key={group}>
                {label ? (
                  <Typography
                    component="h2"
                    id={headingId}
                    sx={
                      folded
                        ? visuallyHidden
                        : { px: 2, pt: 2, pb: 0.5, fontSize: '0.875rem', fontWeight: 600, color: 'text.secondary' }
                    }
                  >
                    {t(label)}
                  </Typography>
                ) : null}
                <List aria-labelledby={label ? headingId : undefined} sx={{ pt: label ? 0 : 1 }}>
                  {inGroup.map((entry) => (
                    <NavigationItem
                      key={entry.path}
                      entry={entry}
                      folded={folded}
                      current={isCurrent(entry, location.pathname)}
                      pathname={location.pathname}
                    />
                  ))}
                </List>
              </Box>
            );
          })}
        </Box>
      </Drawer>
      <Box
        component="main"
        id="inhoud"
        tabIndex={-1}
        sx={{ flex: 1, p: { xs: 1, sm: 2, md: 4 }, minWidth: 0, outline: 'none' }}
      >
        <AppBarSpacer />
        <ErrorBoundary resetKey={location.pathname}>
          {/* Here, not in a page: the search survives a visit to a dossier, not the session. */}
          <CaseSearchProvider>
            {/* A page's code loads on its first visit; the frame around it stays put meanwhile. */}
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </CaseSearchProvider>
        </ErrorBoundary>
      </Box>
    </Box>
  );
}
