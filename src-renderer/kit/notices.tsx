// Short messages at the bottom of the screen: a saved change, a failed call. Errors are announced
// to screen readers (role="alert"); they stay until closed, successes disappear by themselves.
import { Alert, Snackbar } from '@mui/material';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './bridge';

interface Notice {
  id: number;
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
  const show = useCallback((severity: Notice['severity'], text: string) => {
    setNotice({ id: Date.now(), severity, text });
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
