// The timing of the workstation's questions whether the CTER server answers again (issue 19):
// first after `intervalMs` (15 s), then, while it stays out of reach, each pause half as long again
// up to `maxIntervalMs` (30 s). One question at a time: the next pause starts when the answer (or
// the connection's 5 s timeout) is in. The first answer stops the probe and calls `onReturn`. What
// is asked and what an answer means (an offline session, the problem screen before log-in) is the
// return watch's (return-watch.ts). Timing only, so it is unit-tested with fake timers
// (return-probe.test.ts).

/** The first pause before the server is asked whether it answers again. */
export const RETURN_PROBE_MS = 15_000;
/** The longest pause between two questions. */
export const RETURN_PROBE_MAX_MS = 30_000;
/**
 * After telling the renderer (`server-returned`), how long the return watch (return-watch.ts) waits for it to hand
 * over what it typed and lock before it ends the offline session itself.
 */
export const RETURN_GRACE_MS = 10_000;
/** Each pause, while the server stays out of reach, is the last one times this (up to the longest). */
export const RETURN_PROBE_BACKOFF = 1.5;

export interface ReturnProbeOptions {
  /** Asks the server once: true when it answers (as a CTER server with the pinned certificate). */
  ask(): Promise<boolean>;
  /** The server answered: called once per `start`. */
  onReturn(): void;
  /** The first pause (default RETURN_PROBE_MS; tests make it short). */
  intervalMs?: number;
  /** The longest pause (default RETURN_PROBE_MAX_MS, or twice `intervalMs` when only that is given). */
  maxIntervalMs?: number;
}

export interface ReturnProbe {
  /** Starts asking (nothing when it is asking already). */
  start(): void;
  /** Stops asking; an answer still under way is ignored. */
  stop(): void;
  readonly running: boolean;
}

export function createReturnProbe(options: ReturnProbeOptions): ReturnProbe {
  const first = options.intervalMs ?? RETURN_PROBE_MS;
  const longest = options.maxIntervalMs ?? (options.intervalMs === undefined ? RETURN_PROBE_MAX_MS : 2 * first);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Which start the pending question belongs to: a stop (or a new start) makes an old answer void.
  let run = 0;
  let running = false;

  const schedule = (pause: number, mine: number) => {
    timer = setTimeout(() => void probe(pause, mine), pause);
    // A pending probe never keeps the process alive (quit, tests).
    (timer as { unref?: () => void }).unref?.();
  };

  async function probe(pause: number, mine: number) {
    const answers = await options.ask().catch(() => false);
    if (mine !== run || !running) return;
    if (!answers) return schedule(Math.min(pause * RETURN_PROBE_BACKOFF, longest), mine);
    running = false;
    options.onReturn();
  }

  return {
    start() {
      if (running) return;
      running = true;
      schedule(first, ++run);
    },
    stop() {
      running = false;
      run++;
      clearTimeout(timer);
    },
    get running() {
      return running;
    },
  };
}
