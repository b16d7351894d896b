// Keeps keyboard focus on the control the user was using when its row moves (up, down, to another
// region): React moves the row's DOM nodes, which drops focus, so the control is found again by its
// data-focus-id after the render.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useFollowFocus(): (focusId: string | null) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(id)}"]`)?.focus();
  });
  // The same function every render, so a memoised row that takes it is not rendered again for it.
  return useCallback((focusId) => {
    pending.current = focusId;
  }, []);
}

/** The data-focus-id of the focused control, if it has one. */
export function focusedId(): string | null {
  return document.activeElement?.getAttribute('data-focus-id') ?? null;
}
