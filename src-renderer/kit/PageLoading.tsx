// What the content area shows while a page's code is still being fetched (see `onDemand` in
// routes.ts). It takes the page's place without moving anything around it, and says nothing for
// the first moments: a load that finishes quickly shows no flash at all. Only a slow one (an old
// laptop) shows a thin bar and a short text, in a live region so a screen reader announces it.
import { Box, LinearProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a load may take before the text appears (ms). */
export const LOADING_DELAY_MS = 400;

export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), LOADING_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Box
      role="status"
      aria-live="polite"
      data-page-loading
      sx={
        fullScreen
          ? { display: 'grid', placeItems: 'center', minHeight: '100vh' }
          : { minHeight: '60vh', maxWidth: 480, pt: 1 }
      }
    >
      {slow ? (
        <Box sx={{ width: fullScreen ? 320 : '100%' }}>
          <LinearProgress aria-hidden sx={{ mb: 1.5 }} />
          <Typography color="text.secondary">{t('pageLoading.text')}</Typography>
        </Box>
      ) : null}
    </Box>
  );
}
