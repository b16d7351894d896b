// The heading of every page. It takes focus when the page opens, so keyboard and screen-reader
// users start at the top of the new content instead of somewhere in the old one. A page that is a
// step below another (a trajectory under the list, the minutes under their meeting) says where
// "back" goes in one way everywhere: a link with an arrow above the heading, as on the print pages.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Box, Button, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link as RouterLink, useLocation, type To } from 'react-router';
import { usePageTitle } from './usePageTitle';

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  /**
   * What counts as opening the page anew. By default every navigation (also to the page already
   * shown) has a new location key; a page whose tabs live in the address passes its path, so
   * choosing a tab leaves focus on the tab.
   */
  focusKey?: string;
  /** The page one step up, and what the link says ("Terug naar het overleg"). */
  back?: { to: To; label: string };
}

export function PageHeader({ title, intro, actions, focusKey, back }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  const opened = focusKey ?? key;
  usePageTitle(title);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [opened, title]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: { xs: '100%', sm: 280 } }}>
        {back ? (
          <Button
            component={RouterLink}
            to={back.to}
            size="small"
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ ml: -1, mb: 0.5 }}
          >
            {back.label}
          </Button>
        ) : null}
        <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ outline: 'none', mb: intro ? 1 : 0 }}>
          {title}
        </Typography>
        {intro ? (
          <Typography color="text.secondary" sx={{ maxWidth: '70ch' }}>
            {intro}
          </Typography>
        ) : null}
      </Box>
      {actions ? <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', maxWidth: '100%' }}>{actions}</Box> : null}
    </Box>
  );
}
