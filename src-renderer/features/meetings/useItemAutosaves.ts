// One autosave per agenda item for the minutes screen: each change is saved through
// meetings:save-item after a short pause; what core answers is merged into the draft (casus
// actions made, wegingen); whatever waits is flushed when the screen closes, the page is hidden
// or reloaded, or the session is locked, and a save the server could not take (out of reach, busy)
// is tried again every few seconds by itself — so nothing typed is lost. What is still not saved
// when a lock comes is held over it (kit/pendingWork, with the version it was typed over) and
// taken back after the unlock (`heldItems`, `resume`).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItemView, Minutes } from '../../../src-shared/ipc/meetings';
import { staleVersionOf } from '../../../src-shared/ipc/version';
import { BridgeFailure, call, retryIfPassing } from '../../kit/bridge';
import { heldText, registerWork, releaseHeld } from '../../kit/pendingWork';
import { createAutosave, type Autosave, type AutosaveState } from '../../kit/autosave';

export interface ItemDraft {
  minutes: Minutes;
  spentSeconds: number;
}

/** An item's minutes held over a lock: the draft and the version it was typed over. */
export interface HeldItem {
  draft: ItemDraft;
  version: number | undefined;
}

const heldKey = (itemId: number) => `meetings:item:${itemId}`;

/** The minutes of these items that were typed here before a lock and not saved then, by item. */
export function heldItems(itemIds: number[]): Record<number, HeldItem> {
  return Object.fromEntries(
    itemIds.flatMap((itemId) => {
      const held = heldText<HeldItem>(heldKey(itemId));
      return held ? [[itemId, held]] : [];
    }),
  );
}

/** Within a second of the last key, as the issue asks; short enough to lose nothing, long enough to batch a word. */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * `versions`: the version of each item's minutes as the screen loaded them; every save sends it and
 * takes the version core answers. A save refused because someone else saved the item in between
 * (STALE_VERSION) keeps the draft and is reported through `onStale`; `setVersion` takes the newest
 * version once the screen has loaded it.
 */
export function useItemAutosaves(
  onSaved: (itemId: number, item: AgendaItemView) => void,
  versions: Record<number, number> = {},
  onStale?: (itemId: number, error: unknown, draft: ItemDraft) => void,
) {
  const saves = useRef(new Map<number, Autosave<ItemDraft>>());
  const loaded = useRef(new Map(Object.entries(versions).map(([id, version]) => [Number(id), version])));
  const stale = useRef(onStale);
  useEffect(() => {
    stale.current = onStale;
  }, [onStale]);
  const [states, setStates] = useState<Record<number, AutosaveState>>({});
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  const autosaveFor = useCallback((itemId: number) => {
    let autosave = saves.current.get(itemId);
    if (!autosave) {
      autosave = createAutosave<ItemDraft>({
        delay: AUTOSAVE_DELAY_MS,
        retryAfter: retryIfPassing,
        save: async (draft) => {
          try {
            const result = await call('meetings:save-item', {
              itemId,
              minutes: draft.minutes,
              spentSeconds: draft.spentSeconds,
              version: loaded.current.get(itemId),
            });
            loaded.current.set(itemId, result.item.version);
            saved.current(itemId, result.item);
            return result.savedAt;
          } catch (error) {
            if (error instanceof BridgeFailure && staleVersionOf(error.error)) stale.current?.(itemId, error, draft);
            throw error;
          }
        },
      });
      // A new state object only when something shows differently: every key reports "pending"
      // again, and a new object would render the whole screen once more for nothing.
      autosave.subscribe((state) =>
        setStates((current) => (sameState(current[itemId], state) ? current : { ...current, [itemId]: state })),
      );
      saves.current.set(itemId, autosave);
    }
    return autosave;
  }, []);

  const flushAll = useCallback(async () => {
    await Promise.allSettled([...saves.current.values()].map((autosave) => autosave.flush()));
  }, []);

  useEffect(() => {
    const all = saves.current;
    const unregister = registerWork({
      flush: flushAll,
      unsaved: () =>
        [...all].flatMap(([itemId, autosave]) => {
          const draft = autosave.unsaved();
          // Over the version it was typed over: a colleague's save in between is still refused.
          const held: HeldItem | null = draft && { draft, version: loaded.current.get(itemId) };
          return held ? [[heldKey(itemId), held] as [string, unknown]] : [];
        }),
    });
    const onHide = () => void flushAll();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      unregister();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      // Leaving the screen: what waits goes to core now (the call outlives the component).
      void flushAll().finally(() => all.forEach((autosave) => autosave.dispose()));
    };
  }, [flushAll]);

  /** Saves again what `heldItems` gave back, over the version it was typed over. */
  const resume = useCallback(
    (held: Record<number, HeldItem>) => {
      for (const [id, { draft, version }] of Object.entries(held)) {
        const itemId = Number(id);
        if (version === undefined) loaded.current.delete(itemId);
        else loaded.current.set(itemId, version);
        autosaveFor(itemId).change(draft);
        releaseHeld(heldKey(itemId));
      }
    },
    [autosaveFor],
  );

  // The functions keep their identity over renders: the screen's callbacks and its memoised rows
  // depend on them, so a key typed renders the row typed in, not every row (MinutesItemEditor).
  const change = useCallback((itemId: number, draft: ItemDraft) => autosaveFor(itemId).change(draft), [autosaveFor]);
  const flush = useCallback((itemId: number) => autosaveFor(itemId).flush(), [autosaveFor]);
  /** After the newest version of an item was loaded: the next save goes over that version. */
  const setVersion = useCallback((itemId: number, version: number) => void loaded.current.set(itemId, version), []);
  return { change, resume, flush, flushAll, states, setVersion };
}

function sameState(a: AutosaveState | undefined, b: AutosaveState): boolean {
  return a !== undefined && a.status === b.status && a.savedAt === b.savedAt && a.error === b.error;
}
