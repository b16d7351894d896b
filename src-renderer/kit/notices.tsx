// Short messages at the bottom of the screen: a saved change, a failed call. Errors are announced
// to screen readers (role="alert"); they stay until closed, successes disappear by themselves.
// A notice belongs to the page it was shown on: going to another page takes it away, unless that
// navigation is the one the notice announces (saved, then the new record's page opens at once).
import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from './bridge';

/** How soon after a notice a navigation still counts as the one it announces (ms). */
export const NOTICE_CARRIED_MS = 1000;

interface Notice {
  id: number;
  /** The page it belongs to; null for its first moment, while a navigation may still carry it. */
  path: string | null;
  severity: 'success' | 'error' | 'info';
  text: string;
}

interface NoticeApi {
  success(text: string): void;
  info(text: string): void;
  /** Shows the translated message for a failed bridge call (or any other error). */
  error(error: unknown): void;
  /** Removes the notice shown (when a session ends, nothing of it may stay on screen). */
  clear(): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const { pathname } = useLocation();
  const here = useRef(pathname);
  const shownSoFar = useRef(0);
  useEffect(() => {
    here.current = pathname;
  }, [pathname]);
  // Another page than the notice's own: it goes (set while rendering, so it is never drawn there).
  if (notice && notice.path !== null && notice.path !== pathname) setNotice(null);
  const show = useCallback((severity: Notice['severity'], text: string) => {
    const id = ++shownSoFar.current;
    setNotice({ id, path: null, severity, text });
    window.setTimeout(() => {
      setNotice((shown) => (shown?.id === id ? { ...shown, path: here.current } : shown));
    }, NOTICE_CARRIED_MS);
  }, []);
  const api = useMemo<NoticeApi>(
    () => ({
      success: (text) => show('success', text),
      info: (text) => show('info', text),
      error: (error) => show('error', describeError(t, error)),
      clear: () => setNotice(null),
    }),
    [show, t],
  );
  const close = () => setNotice(null);
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <Snackbar
        key={notice?.id}
        open={notice !== null}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        autoHideDuration={notice?.severity === 'error' ? null : 5000}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            variant="filled"
            onClose={close}
            role={notice.severity === 'error' ? 'alert' : 'status'}
          >
            {notice.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NoticeContext.Provider>
  );
}

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotice outside NoticeProvider');
  return api;
}
