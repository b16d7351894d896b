// Text typed in a form that saves on a button (an action of the plan van aanpak…) and not saved
// yet: the form registers it with pendingWork while it differs from what the form started with.
// A lock then holds it in this window's memory for the same account (the screens unmount on any
// lock), the form takes it back after the unlock, and the user still decides to save; a log-out
// asks first, as for the autosaving editors. Nothing is flushed: such a form saves only when asked.
// A form that changes a versioned record holds the version it was opened at with its values
// (`Versioned`): a colleague's save in between is refused after the unlock as it was before the
// lock, never overwritten. A form in a dialog or behind a button is opened again by its page when
// its key has values held (`isHeld`, `heldAmong`).
import { useEffect, useRef, useState } from 'react';
import { heldText, registerWork, releaseHeld, type PendingWork } from './pendingWork';

/** What a form's fields hold now, or undefined when it is what the form started with. */
export function changedValues<T>(values: T, start: T): T | undefined {
  return JSON.stringify(values) === JSON.stringify(start) ? undefined : values;
}

/** A form's values with the version of the record they were typed over (undefined for a new one). */
export interface Versioned<T> {
  values: T;
  version: number | undefined;
}

/** `values` with the form's `version`, or undefined when they are what the form started with. */
export function changedVersioned<T>(values: T, start: T, version: number | undefined): Versioned<T> | undefined {
  return changedValues(values, start) === undefined ? undefined : { values, version };
}

/** Whether a form left values under `key` at a lock: its page opens it again, to take them back. */
export function isHeld(key: string): boolean {
  return heldText(key) !== undefined;
}

/** An item's draft key, or its keys when it has more than one form (a profile and its status form). */
export type DraftKeys<T> = (item: T) => string | readonly string[];

/** The first of `items` with values held under any of its keys (its page opens that form again), or null. */
export function heldAmong<T>(items: readonly T[], keys: DraftKeys<T>): T | null {
  return items.find((item) => ([] as string[]).concat(keys(item)).some(isHeld)) ?? null;
}

/**
 * For a page whose records arrive after it mounts: once `items` first arrive, `open` is called
 * with the first whose form has values held (as `heldAmong`), so its form opens again. Set while
 * rendering, once, as React advises instead of an effect; `open` sets the caller's own state.
 */
export function useReopenHeld<T>(items: readonly T[] | undefined, keys: DraftKeys<T>, open: (item: T) => void): void {
  const [seen, setSeen] = useState(false);
  if (items && !seen) {
    setSeen(true);
    const held = heldAmong(items, keys);
    if (held) open(held);
  }
}

/** The pending work of a form under `key`: its unsaved values as `unsaved` reads them when asked. */
export function draftWork<T>(key: string, unsaved: () => T | undefined): PendingWork {
  return {
    flush: async () => {},
    unsaved: () => {
      const values = unsaved();
      return values === undefined ? [] : [[key, values]];
    },
  };
}

/**
 * The values held for `key` over a lock, read once for the form's first state (so call it before
 * the fields' useState), or undefined. Released at once: from then on they are the form's own
 * unsaved values, which `useDraftWork` registers again.
 */
export function useHeldDraft<T>(key: string): T | undefined {
  const [held] = useState(() => heldText<T>(key));
  useEffect(() => {
    if (held !== undefined) releaseHeld(key);
  }, [key, held]);
  return held;
}

/**
 * Registers the form's unsaved values under `key` while it is on screen: `unsaved` of the latest
 * render (undefined when nothing differs from the start, see `changedValues`) is what a lock holds
 * and what makes a log-out ask.
 */
export function useDraftWork<T>(key: string, unsaved: T | undefined): void {
  const latest = useRef(unsaved);
  useEffect(() => {
    latest.current = unsaved;
  });
  useEffect(() => registerWork(draftWork(key, () => latest.current)), [key]);
}
