// The idle lock's warning (WCAG 2.1 success criterion 2.2.1, Timing adjustable). Core, or in team
// mode the CTER server, says the session locks for inactivity shortly (`idle-warning`, once per
// quiet spell: src-shared/domain/idle-warning.ts); this says so, and at what time the screen locks,
// in an alert at the top of the window. "Aan het werk blijven", or any key or click anywhere,
// counts as activity at once (not after activity.ts's throttle) and takes it away.
//
// It does not take the focus, on purpose: a key typed meanwhile (the notulist taking up her
// sentence) must reach the field she was typing in, never be swallowed by a dialog — nothing typed
// is ever lost. A screen reader reads it out as an alert (role="alert", a live region), and its
// text says that any key continues, so a keyboard user needs no way to its button. If nobody
// reacts, the lock comes as before and the session's end takes the alert away.
import { Button, Paper, Portal, Typography } from '@mui/material';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../src-shared/domain/format';
import { onUserInput, reportActivity } from './activity';

/** The warning while a session is open (`active`); render it once, below the session. */
export function useIdleWarning(active: boolean): ReactNode {
  const { t } = useTranslation();
  const [locksAt, setLocksAt] = useState<Date | null>(null);
  // The click that takes it away also clicks its button: one report of activity is enough.
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
    return onUserInput(keepWorking);
  }, [locksAt, keepWorking]);

  if (!locksAt) return null;
  // In a portal of its own, made when it appears: an open dialog hides the rest of the window from
  // screen readers (aria-hidden on its siblings), and the alert must be read out over a dialog too.
  return (
    <Portal>
      <Paper
        role="alert"
        aria-labelledby="inactief-titel"
        aria-describedby="inactief-tekst"
        elevation={8}
        sx={{
          position: 'fixed',
          top: 72,
          left: '50%',
          transform: 'translateX(-50%)',
          width: 'min(560px, calc(100vw - 32px))',
          p: 2,
          zIndex: (theme) => theme.zIndex.modal + 1,
          borderTop: 4,
          borderColor: 'warning.main',
        }}
      >
        <Typography id="inactief-titel" variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
          {t('idleWarning.title')}
        </Typography>
        <Typography id="inactief-tekst" sx={{ mt: 1 }}>
          {t('idleWarning.body', { time: formatTime(locksAt) })}
        </Typography>
        <Button onClick={keepWorking} variant="contained" sx={{ mt: 2 }}>
          {t('idleWarning.keepWorking')}
        </Button>
      </Paper>
    </Portal>
  );
}
