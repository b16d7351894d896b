// Providers and routes. The theme follows the UI language (MUI's own texts: nlNL or enUS).
import { CssBaseline, ThemeProvider } from '@mui/material';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Route, Routes } from 'react-router';
import { isLocale } from '../../src-shared/domain/locale';
import { MijnWerkPage } from '../features/home/MijnWerkPage';
import { CommandProvider } from './commands';
import { ErrorBoundary } from './ErrorBoundary';
import { NoticeProvider } from './notices';
import { Shell } from './Shell';
import { createAppTheme } from './theme';

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
  const theme = useMemo(() => createAppTheme(locale), [locale]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <NoticeProvider>
              <CommandProvider>
                <Routes>
                  <Route element={<Shell />}>
                    <Route index element={<MijnWerkPage />} />
                    <Route path="*" element={<MijnWerkPage />} />
                  </Route>
                </Routes>
              </CommandProvider>
            </NoticeProvider>
          </HashRouter>
        </QueryClientProvider>
      </ErrorBoundary>
    </ThemeProvider>
  );
}
