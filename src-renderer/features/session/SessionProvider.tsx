// The renderer's view of the vault and the session: what `vault:status` says, who is logged in,
// and why the last session ended. When a session ends (lock, idle lock, logout, restore) every
// piece of data the renderer holds is dropped: the query cache is cleared, the shell unmounts
// (taking all component state with it) and the route goes back to the start. In team mode it also
// follows the connection to the CTER server (the `connection` event), and ends an offline session
// once the server answers again (`server-returned`), after saving what was typed. Text an editor
// could not save is never dropped without a word (kit/pendingWork): a lock holds it in memory for
// the same person, a log-out asks first (UnsavedQuestion).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { SessionUser, VaultStatus } from '../../../src-shared/ipc/session';
import { call, onSessionLost } from '../../kit/bridge';
import { discardUnsaved, flushPendingWork, holdUnsaved, resumeAs, unsavedCount } from '../../kit/pendingWork';
import { useNotice } from '../../kit/notices';
import { SessionContext, type DemoAccounts, type EndReason, type SessionApi } from '../../kit/session';
import { forgetDemoAccounts, readDemoAccounts, rememberDemoAccounts } from './demo-accounts';
import { useActivityReporter } from './activity';
import { useIdleWarning } from './IdleWarning';
import { useUnsavedQuestion } from './UnsavedQuestion';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const notice = useNotice();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [statusError, setStatusError] = useState<unknown>(null);
  const [ended, setEnded] = useState<EndReason | null>(null);
  const [sessionKey, setSessionKey] = useState(0);
  const [demoAccounts, setDemo] = useState<DemoAccounts | null>(readDemoAccounts);
  // Where a locked user was, so unlocking returns them there. Only the route, never data.
  const resume = useRef<{ username: string; path: string } | null>(null);
  // The account that chose to log out and discard what it had not saved: its text is not held.
  const leaving = useRef<string | null>(null);
  const { ask: askDiscard, dialog: unsavedDialog } = useUnsavedQuestion();
  // The latest status and route, for the event handlers below (which must not re-subscribe).
  const current = useRef({ status, path: location.pathname + location.search });
  useLayoutEffect(() => {
    current.current = { status, path: location.pathname + location.search };
  }, [status, location.pathname, location.search]);

  const refresh = useCallback(
    () =>
      call('vault:status', {}).then(
        (next) => {
          setStatus(next);
          setStatusError(null);
        },
        (error: unknown) => setStatusError(error),
      ),
    [],
  );

  const sessionEnded = useCallback(
    (reason: EndReason) => {
      const { status: before, path } = current.current;
      // Before the screens go: what they could not save stays in memory for this person — not
      // after a restore, whose database is another: text typed over the replaced one is not put in it.
      const account = before?.user?.username;
      if (account && reason !== 'restored' && leaving.current !== account) holdUnsaved(account);
      queryClient.clear();
      notice.clear();
      // Core ends a restore with "logged-out" and then "restored"; the restore is what to tell.
      setEnded((previous) => (previous === 'restored' && reason === 'logged-out' ? previous : reason));
      const locking = reason === 'locked' || reason === 'idle' || reason === 'reconnected';
      if (before?.user && locking) {
        resume.current = { username: before.user.username, path };
      } else if (!locking) {
        resume.current = null;
      }
      // Unmount the shell at once, before core's answer about the new state arrives.
      setStatus((previous) => previous && { ...previous, state: 'locked', user: null, kiosk: false });
      void navigate('/', { replace: true });
      void refresh();
    },
    [navigate, notice, queryClient, refresh],
  );

  // Team mode: the CTER server answers again during an offline session (a log-in without the
  // server, the meetings on this workstation only). What waits for its autosave goes into the copy
  // first; then the session ends as a lock that says why, and the password gets a server session.
  const serverReturned = useCallback(async () => {
    if (current.current.status?.state !== 'unlocked') return;
    await flushPendingWork();
    // Main may have ended the session itself meanwhile (it waits only so long): then this is a no-op.
    await window.cter.invoke('session:lock', {});
    sessionEnded('reconnected');
  }, [sessionEnded]);

  const signedIn = useCallback(
    async (user: SessionUser) => {
      // Before the screens mount: they take back what this person typed and could not save.
      resumeAs(user.username);
      leaving.current = null;
      setEnded(null);
      setSessionKey((key) => key + 1);
      const back = resume.current;
      resume.current = null;
      await refresh();
      if (back && back.username === user.username && back.path !== '/') void navigate(back.path, { replace: true });
    },
    [navigate, refresh],
  );

  useEffect(() => {
    void refresh();
    const stopEvents = window.cter.onEvent((event) => {
      if (event.type === 'session-ended') sessionEnded(event.reason);
      if (event.type === 'server-returned') void serverReturned();
      if (event.type === 'connection') {
        // Team mode: the status in the shell follows at once. A logged-in user stays where they
        // are (calls fail with NO_CONNECTION meanwhile); before log-in core's answer decides the
        // screen (the login screen, or "Geen verbinding" with a retry).
        const { connected } = event;
        setStatus((previous) => (previous?.team ? { ...previous, team: { ...previous.team, connected } } : previous));
        if (current.current.status?.state !== 'unlocked') void refresh();
      }
    });
    const stopLost = onSessionLost(() => void refresh());
    return () => {
      stopEvents();
      stopLost();
    };
  }, [refresh, sessionEnded, serverReturned]);

  useActivityReporter(status?.state === 'unlocked');
  const idleWarning = useIdleWarning(status?.state === 'unlocked');

  const api = useMemo<SessionApi>(
    () => ({
      status,
      statusError,
      user: status?.state === 'unlocked' ? status.user : null,
      ended,
      sessionKey,
      demoAccounts,
      refresh,
      signedIn,
      sessionEnded,
      async lock() {
        if (current.current.status?.state !== 'unlocked') return;
        // Typed minutes waiting for their autosave go to core before the screen is dropped.
        await flushPendingWork();
        await call('session:lock', {});
        sessionEnded('locked');
      },
      async logout() {
        await flushPendingWork();
        // Nobody comes back to a logged-out session: text still unsaved goes only if the user says so.
        if (unsavedCount() > 0 && !(await askDiscard())) return;
        const account = current.current.status?.user?.username ?? null;
        leaving.current = account;
        try {
          await call('session:logout', {});
        } catch (error) {
          leaving.current = null;
          throw error;
        }
        if (account) discardUnsaved(account);
        sessionEnded('logged-out');
      },
      setDemoAccounts(accounts) {
        if (accounts) rememberDemoAccounts(accounts);
        else forgetDemoAccounts();
        setDemo(accounts);
      },
    }),
    [status, statusError, ended, sessionKey, demoAccounts, refresh, signedIn, sessionEnded, askDiscard],
  );
  return (
    <SessionContext.Provider value={api}>
      {children}
      {unsavedDialog}
      {idleWarning}
    </SessionContext.Provider>
  );
}
