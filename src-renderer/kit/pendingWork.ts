// Work the renderer still has to hand to core (typed minutes waiting for their autosave). Before
// the session is locked or ended on request, every registered flush runs, so nothing typed is lost
// when the screen and its state are dropped.

type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers a flush while a screen holds unsaved work; returns the unregister function. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Runs every flush; a failed one does not stop the others (its screen shows the error). */
export async function flushPendingWork(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
