// Short messages at the bottom of the screen: a saved change, a failed call. Errors are announced
// to screen readers (role="alert"); they stay until closed, successes disappear by themselves.
// A success or info notice is drawn inside one live region (role="status") that is always in the
// window, empty between notices: a screen reader announces what is put into a region it already
// knows, and often not a status region that arrives with its text (WCAG 4.1.3, technique ARIA22).
// An error keeps its own role="alert", inserted with its text: alerts are announced on insertion,
// and putting one inside the polite region would have it read twice.
// A notice belongs to the page it was shown on: going to another page takes it away, unless that
// navigation follows within a second. A notice that announces the page the caller opens next
// (saved, then the new record's page) says so (`{ nextPage: true }`) and goes with that page,
// however long its code takes to load: the router only changes the address once the page is ready.
import { Alert, Box, Snackbar } from '@mui/material';
import type { SxProps, Theme } from '@mui/material/styles';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { describeError } from './bridge';

/** How soon after a notice a navigation still counts as the one it announces (ms). */
export const NOTICE_CARRIED_MS = 1000;

interface Notice {
  id: number;
  /** The page it belongs to; null while a navigation may still carry it. */
  path: string | null;
  /** For a notice about the next page: the page it was shown on, which it leaves with the user. */
  leaving: string | null;
  severity: 'success' | 'error' | 'info';
  text: string;
}

interface NoticeOptions {
  /** The notice is about the page the caller opens next: it goes with that navigation. */
  nextPage?: boolean;
}

interface NoticeApi {
  success(text: string, options?: NoticeOptions): void;
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
  // Set while rendering, so a notice is never drawn on a page it does not belong to: one about the
  // next page takes that page as its own once the user is there; any other leaves its own page.
  if (notice && notice.leaving !== null && notice.leaving !== pathname)
    setNotice({ ...notice, leaving: null, path: pathname });
  else if (notice && notice.path !== null && notice.path !== pathname) setNotice(null);
  const show = useCallback((severity: Notice['severity'], text: string, options: NoticeOptions = {}) => {
    const id = ++shownSoFar.current;
    if (options.nextPage) {
      setNotice({ id, path: null, leaving: here.current, severity, text });
      return;
    }
    setNotice({ id, path: null, leaving: null, severity, text });
    window.setTimeout(() => {
      setNotice((shown) => (shown?.id === id && shown.path === null ? { ...shown, path: here.current } : shown));
    }, NOTICE_CARRIED_MS);
  }, []);
  const api = useMemo<NoticeApi>(
    () => ({
      success: (text, options) => show('success', text, options),
      info: (text) => show('info', text),
      error: (error) => show('error', describeError(t, error)),
      clear: () => setNotice(null),
    }),
    [show, t],
  );
  const close = () => setNotice(null);
  const error = notice?.severity === 'error';
  const snackbar = notice ? (
    <Snackbar
      key={notice.id}
      open
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      autoHideDuration={error ? null : 5000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      // An error is placed as MUI places it; a status by the region around it (below), so the Snackbar
      // drops its own placing (`&&`: above MUI's rules for wider windows).
      sx={error ? { zIndex: (theme) => theme.zIndex.modal - 1 } : { '&&': { position: 'static', transform: 'none' } }}
    >
      {/* In the region the Alert is no live region of its own (role="none"): one announcement. */}
      <Alert severity={notice.severity} variant="filled" onClose={close} role={error ? 'alert' : 'none'}>
        {notice.text}
      </Alert>
    </Snackbar>
  ) : null;
  return (
    <NoticeContext.Provider value={api}>
      {children}
      <Box role="status" aria-live="polite" sx={statusRegion}>
        {error ? null : snackbar}
      </Box>
      {error ? snackbar : null}
    </NoticeContext.Provider>
  );
}

/** Where MUI's Snackbar puts itself at the bottom centre, for the region that holds it: empty it
 * takes no room (nothing under it is covered), holding a notice it is the notice's box. Under an
 * open dialog, never over its buttons: a dialog shows its own errors, and a notice of the page
 * behind it waits (dimmed) behind the backdrop (issue 21 item 4). */
const statusRegion: SxProps<Theme> = (theme) => ({
  position: 'fixed',
  zIndex: theme.zIndex.modal - 1,
  left: 8,
  right: 8,
  bottom: 8,
  display: 'flex',
  justifyContent: 'center',
  [theme.breakpoints.up('sm')]: { left: '50%', right: 'auto', bottom: 24, transform: 'translateX(-50%)' },
});

export function useNotice(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotice outside NoticeProvider');
  return api;
}
