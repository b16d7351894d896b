// Providers and the gate. The theme follows the UI language (MUI's own texts: nlNL or enUS) and
// the system's "no animations" setting (prefers-reduced-motion), both while the window is open.
// Order matters: the session needs the query cache (to clear it), the router (to go back to the
// start) and the notices; the commands need the session (Ctrl+L locks it).
import { CssBaseline, ThemeProvider, useMediaQuery } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { isLocale } from '../../src-shared/domain/locale';
import { Gate } from './Gate';
import { SessionProvider } from '../features/session';
import { CommandProvider } from './CommandProvider';
import { ErrorBoundary } from '../kit/ErrorBoundary';
import { NoticeProvider } from '../kit/notices';
import { createAppTheme, REDUCED_MOTION } from '../kit/theme';

export const queryClient = new QueryClient({
  defaultOptions: {
    // Data comes from the local database: no background refetching, no retries that hide errors.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export function App() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  const reduceMotion = useMediaQuery(REDUCED_MOTION, { noSsr: true });
  const theme = useMemo(() => createAppTheme(locale, { reduceMotion }), [locale, reduceMotion]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <NoticeProvider>
              <SessionProvider>
                <CommandProvider>
                  <Gate />
                </CommandProvider>
              </SessionProvider>
            </NoticeProvider>
          </HashRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
