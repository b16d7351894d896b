// The heading of every page. It takes focus when the page opens, so keyboard and screen-reader
// users start at the top of the new content instead of somewhere in the old one.
import { Box, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

export function PageHeader({ title, intro, actions }: { title: string; intro?: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Every navigation (also to the page already shown) has a new location key.
  const { key } = useLocation();
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, [key, title]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 280 }}>
        <Typography variant="h1" ref={heading} tabIndex={-1} sx={{ outline: 'none', mb: intro ? 1 : 0 }}>
          {title}
        </Typography>
        {intro ? (
          <Typography color="text.secondary" sx={{ maxWidth: '70ch' }}>
            {intro}
          </Typography>
        ) : null}
      </Box>
      {actions ? <Box sx={{ display: 'flex', gap: 1 }}>{actions}</Box> : null}
    </Box>
  );
}
