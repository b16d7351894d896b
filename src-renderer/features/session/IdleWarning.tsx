// The idle lock's warning (WCAG 2.1 success criterion 2.2.1, Timing adjustable). Core, or in team
// mode the CTER server, says the session locks for inactivity shortly (`idle-warning`, once per
// quiet spell: src-shared/domain/idle-warning.ts); this asks, as an alert dialog, whether the user
// is still at work and says at what time the screen locks. "Aan het werk blijven", Escape, or any
// key or click anywhere counts as activity at once (not after activity.ts's throttle) and closes
// it. It takes the focus, so a screen reader reads it out and the keyboard reaches its button. A
// key typed meanwhile (the notulist taking up her sentence) only closes it: the dialog has no
// other action, so no key can do anything else, and the focus goes back to where it was. If nobody
// reacts, the lock comes as before and the session's end takes the dialog away.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../src-shared/domain/format';
import { reportActivity } from './activity';

/** The warning while a session is open (`active`); render it once, below the session. */
export function useIdleWarning(active: boolean): ReactNode {
  const { t } = useTranslation();
  const [locksAt, setLocksAt] = useState<Date | null>(null);
  // The key or click that closes it may also click its button: one report of activity is enough.
  const open = useRef(false);

  useEffect(() => {
    if (!active) return;
    const stop = window.cter.onEvent((event) => {
      if (event.type !== 'idle-warning') return;
      open.current = true;
      setLocksAt(new Date(Date.now() + event.locksInMs));
    });
    return () => {
      stop();
      open.current = false;
      setLocksAt(null);
    };
  }, [active]);

  const keepWorking = useCallback(() => {
    if (!open.current) return;
    open.current = false;
    setLocksAt(null);
    // At once, not after the usual throttle; but not twice for one input (activity.ts's listener
    // may have reported it a moment ago).
    reportActivity(1_000);
  }, []);

  useEffect(() => {
    if (!locksAt) return;
    const options = { capture: true } as const;
    window.addEventListener('keydown', keepWorking, options);
    window.addEventListener('pointerdown', keepWorking, options);
    return () => {
      window.removeEventListener('keydown', keepWorking, options);
      window.removeEventListener('pointerdown', keepWorking, options);
    };
  }, [locksAt, keepWorking]);

  if (!locksAt) return null;
  return (
    <Dialog
      open
      role="alertdialog"
      onClose={keepWorking}
      aria-labelledby="inactief-titel"
      aria-describedby="inactief-tekst"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="inactief-titel">{t('idleWarning.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="inactief-tekst">
          {t('idleWarning.body', { time: formatTime(locksAt) })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        {/* Focused at once: the warning is read out and its one action is a key away. */}
        <Button onClick={keepWorking} variant="contained" autoFocus>
          {t('idleWarning.keepWorking')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
