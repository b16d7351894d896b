// The autosave of one piece of text (the minutes of one agenda item, a questionnaire being built):
// changes are saved after a short pause in typing, one save at a time, always the newest value; a
// failed save keeps the value and is tried again with the next change or on `flush`, and by itself
// after `retryAfter` when the failure may pass (the server answering again): an idle lock comes
// from core and flushes nothing, so text that waited for a key would be dropped with the screen.
// Free of React so it can be tested with fake timers; the minutes screen wraps it in
// `useItemAutosaves`.

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveState {
  status: AutosaveStatus;
  /** When core last acknowledged a save (ISO), for "Opgeslagen hh:mm:ss". */
  savedAt: string | null;
  error: unknown;
}

export interface Autosave<T> {
  change(value: T): void;
  /** Saves what is waiting now (no pause), and waits for any save in flight. */
  flush(): Promise<void>;
  state(): AutosaveState;
  /** The newest value core has not acknowledged (waiting, refused or in flight), or null. */
  unsaved(): T | null;
  subscribe(listener: (state: AutosaveState) => void): () => void;
  /** Stops the timer; whatever is waiting is not saved (call flush first). */
  dispose(): void;
}

export interface AutosaveOptions<T> {
  /** Persists a value; resolves with core's acknowledgement time. */
  save(value: T): Promise<string>;
  /** The pause after the last change before saving (ms). */
  delay: number;
  /** The pause before a failed save is tried again by itself, or null to wait for a change. */
  retryAfter?: (error: unknown) => number | null;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export function createAutosave<T>(options: AutosaveOptions<T>): Autosave<T> {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: AutosaveState = { status: 'idle', savedAt: null, error: null };
  const listeners = new Set<(state: AutosaveState) => void>();
  let waiting: { value: T } | null = null;
  let sending: { value: T } | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const set = (next: Partial<AutosaveState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const schedule = (ms: number, quietly: boolean) => {
    stopTimer();
    timer = setTimer(() => {
      timer = null;
      void run(quietly);
    }, ms);
  };

  /** `quietly`: a retry of its own leaves the error on screen until it succeeds (no flashing). */
  const run = (quietly = false): Promise<void> => {
    stopTimer();
    if (inFlight) return inFlight;
    if (!waiting) return Promise.resolve();
    const { value } = waiting;
    sending = waiting;
    waiting = null;
    if (!quietly) set({ status: 'saving' });
    inFlight = options.save(value).then(
      (savedAt) => {
        inFlight = null;
        sending = null;
        if (waiting) {
          // Typed while saving: the newer text follows right away.
          set({ savedAt, error: null, status: 'pending' });
          return run();
        }
        set({ status: 'saved', savedAt, error: null });
      },
      (error: unknown) => {
        inFlight = null;
        sending = null;
        // Keep the value unless something newer is already waiting.
        waiting ??= { value };
        set({ status: 'error', error });
        const retry = options.retryAfter?.(error) ?? null;
        if (retry !== null && !disposed && timer === null) schedule(retry, true);
      },
    );
    return inFlight;
  };

  return {
    change(value) {
      waiting = { value };
      if (state.status !== 'saving') set({ status: state.status === 'error' ? 'error' : 'pending' });
      schedule(options.delay, false);
    },
    async flush() {
      // A save in flight may leave newer text waiting: run until nothing is left or a save fails.
      for (let round = 0; round < 3; round++) {
        await run();
        if (!waiting || state.status === 'error') return;
      }
    },
    state: () => state,
    unsaved: () => (waiting ?? sending)?.value ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    dispose() {
      disposed = true;
      stopTimer();
      listeners.clear();
    },
  };
}
