// Loaded into each `cter server` process of the server-load bench (`--import`, after tsx), never
// by the application: once a second it appends to the file CTER_BENCH_PROBE_FILE names one JSON
// line with the process's garbage collections of that second (wall-clock start, duration, kind)
// and its event loop's delay (max and p99), so the bench can set them beside the calls that were
// slow (server-load-timeline.ts). Without the variable it does nothing.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

/** One second of the process: when it ended (epoch ms), its event loop delay and its collections. */
export interface ProbeLine {
  at: number;
  pid: number;
  loopMaxMs: number;
  loopP99Ms: number;
  /** [start (epoch ms), duration (ms), kind (perf_hooks: 1 minor, 4 major, 8 incremental, 16 weak callbacks)]. */
  gcs: [number, number, number][];
}

const file = process.env['CTER_BENCH_PROBE_FILE'];
if (file) {
  const gcs: ProbeLine['gcs'] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      gcs.push([performance.timeOrigin + entry.startTime, entry.duration, kind]);
    }
  }).observe({ entryTypes: ['gc'] });
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  setInterval(() => {
    const line: ProbeLine = {
      at: Date.now(),
      pid: process.pid,
      loopMaxMs: delay.max / 1e6,
      loopP99Ms: delay.percentile(99) / 1e6,
      gcs: gcs.splice(0),
    };
    delay.reset();
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }, 1000).unref();
}
