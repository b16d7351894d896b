// Work the renderer still has to hand to core: text typed in an autosaving editor (the live
// minutes, a questionnaire being built) that core has not acknowledged yet — waiting for its pause,
// or refused (a colleague saved first, the input refused, the server out of reach).
//
// Nothing of it is dropped without the user's choice. Before a lock or log-out on request every
// registered flush runs. What is still unsaved after that:
// - a log-out asks first (SessionProvider): back to the text, or discard it and log out;
// - a lock of any kind (Ctrl+L, the idle lock core decides, the server's return) cannot ask, so the
//   text is held here, in this window's memory only (never on disk, never shown on the lock
//   screen), for the same person: after they unlock, the editor takes it back and saves it again,
//   so a refusal that still holds is shown with their text as before the lock.
// Another person logging in on this window meanwhile never sees it: held text is kept per account.

export interface PendingWork {
  /** Saves what waits now, and waits for saves in flight. */
  flush(): Promise<void>;
  /** What is not saved, under keys of the editor's own ('meetings:item:12'); empty when all is in. */
  unsaved(): [key: string, value: unknown][];
}

const works = new Set<PendingWork>();
/** Text held over a lock: account -> key -> value. */
const held = new Map<string, Map<string, unknown>>();
/** The account now logged in: only its held text is handed out. */
let owner: string | null = null;

/** Registers an editor while it is on screen; returns the unregister function. */
export function registerWork(work: PendingWork): () => void {
  works.add(work);
  return () => {
    works.delete(work);
  };
}

/** Runs every flush; a failed one does not stop the others (its screen shows the error). */
export async function flushPendingWork(): Promise<void> {
  await Promise.allSettled([...works].map((work) => work.flush()));
}

/** How many pieces of text of the account logged in are not saved: on screen or held over a lock. */
export function unsavedCount(): number {
  const onScreen = [...works].reduce((count, work) => count + work.unsaved().length, 0);
  return onScreen + (owner === null ? 0 : (held.get(owner)?.size ?? 0));
}

/** At the end of a session, before its screens go: keeps what they have not saved for `account`. */
export function holdUnsaved(account: string): void {
  const mine = held.get(account) ?? new Map<string, unknown>();
  for (const work of works) for (const [key, value] of work.unsaved()) mine.set(key, value);
  if (mine.size > 0) held.set(account, mine);
  owner = null;
}

/** After a log-in: `account`'s held text (if any) is what editors may take back. */
export function resumeAs(account: string): void {
  owner = account;
}

/** The text held under `key` for the account logged in, or undefined. It stays held until `releaseHeld`. */
export function heldText<T>(key: string): T | undefined {
  return owner === null ? undefined : (held.get(owner)?.get(key) as T | undefined);
}

/** The editor has taken the text back into its own autosave. */
export function releaseHeld(key: string): void {
  if (owner === null) return;
  const mine = held.get(owner);
  mine?.delete(key);
  if (mine?.size === 0) held.delete(owner);
}

/** The account chose to discard what it had not saved (the log-out's question). */
export function discardUnsaved(account: string): void {
  held.delete(account);
}
