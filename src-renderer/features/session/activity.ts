// Tells core the user is active (keys, pointer), so the idle lock counts from the last real
// input. At most one call per 30 seconds is plenty against a lock measured in minutes, and only
// while a session is open: on the login screen there is nothing to keep alive. The idle lock's
// warning (IdleWarning.tsx) reports at once instead, through the same record of the last report,
// so one key press never makes two calls.
import { useEffect } from 'react';

const THROTTLE_MS = 30_000;

// When core was last told (the window has one session at a time).
let lastReport = Date.now();

/** Tells core of activity unless it was told within `throttleMs`. */
export function reportActivity(throttleMs: number): void {
  const now = Date.now();
  if (now - lastReport < throttleMs) return;
  lastReport = now;
  // Fire and forget: if the session has just ended, the session-ended event handles that.
  void window.cter.invoke('session:activity', {});
}

export function useActivityReporter(active: boolean) {
  useEffect(() => {
    if (!active) return;
    // Logging in counted as activity in core already.
    lastReport = Date.now();
    return onUserInput(() => reportActivity(THROTTLE_MS));
  }, [active]);
}

/**
 * Calls `onInput` on every key and pointer press anywhere in the window, before the page sees it
 * and without holding it up (passive): the input goes on to where it was aimed. Returns the undo.
 */
export function onUserInput(onInput: () => void): () => void {
  const options = { capture: true, passive: true } as const;
  window.addEventListener('keydown', onInput, options);
  window.addEventListener('pointerdown', onInput, options);
  return () => {
    window.removeEventListener('keydown', onInput, options);
    window.removeEventListener('pointerdown', onInput, options);
  };
}
