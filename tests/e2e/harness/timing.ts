// Where a renderer test's time goes, for tuning the suite (docs/developer/testing.md, "Where the
// time goes"). With CTER_E2E_TIMING=1 in the environment the fixture adds up, per test, the time of
// its phases — the harness's own set-up (database, server, page, core's worker), the set-up helpers
// (install, accounts, log-in in core), every open(), axe, screenshots, the body as a whole and the
// teardown — and adds them to the test as an annotation `timing` (JSON: phase → ms), which the JSON
// reporter writes to test-results/e2e/results.json; timing-report.ts sums them. Without the variable
// nothing is recorded and nothing is waited for.
import type { TestInfo } from '@playwright/test';

export const TIMING_ENV = 'CTER_E2E_TIMING';
export const TIMING_ANNOTATION = 'timing';

export interface PhaseTimer {
  /** Whether timing is on (CTER_E2E_TIMING). */
  on: boolean;
  /** When the fixture started (ms since the epoch). */
  started: number;
  add(phase: string, ms: number): void;
  timed<T>(phase: string, work: () => Promise<T>): Promise<T>;
  /** Adds the phases to the test's annotations (once, at the end of the fixture). */
  report(): void;
}

export function phaseTimer(testInfo: TestInfo): PhaseTimer {
  const on = !!process.env[TIMING_ENV];
  const phases = new Map<string, number>();
  const started = Date.now();
  const add = (phase: string, ms: number) => {
    if (on) phases.set(phase, (phases.get(phase) ?? 0) + ms);
  };
  return {
    on,
    started,
    add,
    async timed(phase, work) {
      if (!on) return work();
      const t0 = Date.now();
      try {
        return await work();
      } finally {
        add(phase, Date.now() - t0);
      }
    },
    report() {
      if (!on) return;
      const record: Record<string, number> = { 'fixture-start': started, ...Object.fromEntries(phases) };
      testInfo.annotations.push({ type: TIMING_ANNOTATION, description: JSON.stringify(record) });
    },
  };
}
