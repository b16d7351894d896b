// Tells core the user is active (keys, pointer), so the idle lock counts from the last real
// input. At most one call per 30 seconds is plenty against a lock measured in minutes, and only
// while a session is open: on the login screen there is nothing to keep alive.
import { useEffect } from 'react';

const THROTTLE_MS = 30_000;

export function useActivityReporter(active: boolean) {
  useEffect(() => {
    if (!active) return;
    // Logging in counted as activity in core already.
    let last = Date.now();
    const onInput = () => {
      const now = Date.now();
      if (now - last < THROTTLE_MS) return;
      last = now;
      // Fire and forget: if the session has just ended, the session-ended event handles that.
      void window.cter.invoke('session:activity', {});
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', onInput, options);
    window.addEventListener('pointerdown', onInput, options);
    return () => {
      window.removeEventListener('keydown', onInput, options);
      window.removeEventListener('pointerdown', onInput, options);
    };
  }, [active]);
}
