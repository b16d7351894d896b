// A titled part of a page (a section with an h2), with an optional button next to its heading. The
// heading takes the focus when a SectionNav link or the page moves there (tabIndex -1), and stops
// below the fixed app bar when scrolled to.
import { Box, Typography, type SxProps, type Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { APP_BAR_CLEARANCE } from './AppBarSpacer';

export function Part({
  id,
  title,
  action,
  children,
  sx,
}: {
  id: string;
  title: string;
  action?: ReactNode;
  children: ReactNode;
  sx?: SxProps<Theme>;
}) {
  return (
    <Box
      component="section"
      aria-labelledby={`${id}-kop`}
      sx={[
        {
          p: 2.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          overflowX: 'auto',
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography
          variant="h2"
          id={`${id}-kop`}
          tabIndex={-1}
          sx={{ flex: 1, outline: 'none', scrollMarginTop: APP_BAR_CLEARANCE }}
        >
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
}
