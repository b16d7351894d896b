// A titled part of the round page. Its wide tables scroll sideways in a narrow window, so the
// section is a tab stop: a keyboard user can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box
      component="section"
      aria-labelledby={`${id}-titel`}
      tabIndex={0}
      sx={{ p: 3, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', overflowX: 'auto' }}
    >
      <Typography variant="h2" id={`${id}-titel`} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
