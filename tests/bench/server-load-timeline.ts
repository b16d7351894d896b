// When the server-load bench's slow calls happened, and what else happened then (issue 18): each
// call's start (relative to the run's start), operation and duration; PostgreSQL's backends of the
// application sampled every SAMPLE_MS from pg_stat_activity (how many, how many busy or in a
// transaction, how many newly opened: a pool that grows or replaces connections), its checkpoints
// and autovacuum runs from its log (`log_checkpoints`, `log_autovacuum_min_duration = 0`, set by the
// bench), and each server process's garbage collections and event-loop delay (server-load-probe.ts).
// Printed per window of WINDOW_S seconds, with the slowest calls, so a reader sees whether the
// tails are the first seconds, a checkpoint, a collection or spread evenly.
import { existsSync, readFileSync } from 'node:fs';
import type pg from 'pg';
import { percentile } from './bench';
import type { ProbeLine } from './server-load-probe';

const WINDOW_S = 5;
const SAMPLE_MS = 250;
const SLOW_MS = 150;

export interface CallRecord {
  /** Epoch ms when the request was sent. */
  at: number;
  op: string;
  ms: number;
  variant: string;
}

interface ActivitySample {
  at: number;
  /** The application's backends (application_name cter-werkplaats), by state. */
  total: number;
  active: number;
  inTransaction: number;
  /** Backends of the application first seen in this sample (connections opened since the last). */
  opened: number;
  autovacuum: number;
  /** CPU used so far (ms) by the server processes and by PostgreSQL (server-load-cpu.ts). */
  serverCpu: number;
  postgresCpu: number;
}

/** A line of PostgreSQL's log worth setting beside the calls: a checkpoint or an autovacuum run. */
interface LogEvent {
  at: number;
  text: string;
}

/** Samples pg_stat_activity every SAMPLE_MS on its own client (the superuser's, idle meanwhile). */
export class ActivitySampler {
  readonly samples: ActivitySample[] = [];
  private readonly seen = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly client: pg.Client,
    private readonly cpu: () => { server: number; postgres: number },
  ) {}

  async start(): Promise<void> {
    // The backends open before the run are not "opened" during it.
    await this.sample(false);
    this.timer = setInterval(() => {
      if (this.busy) return;
      this.busy = true;
      this.sample(true)
        .catch(() => undefined)
        .finally(() => (this.busy = false));
    }, SAMPLE_MS);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async sample(keep: boolean): Promise<void> {
    const { rows } = await this.client.query<{ pid: number; state: string | null; backend_type: string }>(
      `SELECT pid, state, backend_type FROM pg_stat_activity
        WHERE application_name = 'cter-werkplaats' OR backend_type = 'autovacuum worker'`,
    );
    const app = rows.filter((row) => row.backend_type === 'client backend');
    let opened = 0;
    for (const row of app) {
      if (this.seen.has(row.pid)) continue;
      this.seen.add(row.pid);
      opened += 1;
    }
    if (!keep) return;
    const cpu = this.cpu();
    this.samples.push({
      serverCpu: cpu.server,
      postgresCpu: cpu.postgres,
      at: Date.now(),
      total: app.length,
      active: app.filter((row) => row.state === 'active').length,
      inTransaction: app.filter((row) => row.state?.startsWith('idle in transaction')).length,
      opened,
      autovacuum: rows.length - app.length,
    });
  }
}

/** The settings that make PostgreSQL log what the timeline shows (as the superuser; no restart). */
export async function logCheckpointsAndAutovacuum(client: pg.Client): Promise<void> {
  await client.query('ALTER SYSTEM SET log_checkpoints = on');
  await client.query('ALTER SYSTEM SET log_autovacuum_min_duration = 0');
  await client.query('SELECT pg_reload_conf()');
}

/** Checkpoints and autovacuum runs logged from `from` (epoch ms) on; the log's times must be UTC. */
export function readPostgresLog(file: string, from: number): LogEvent[] {
  if (!existsSync(file)) return [];
  const events: LogEvent[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d+) (?:UTC|GMT) \[\d+\] LOG: {2}(.*)$/.exec(line);
    if (!match) continue;
    const text = match[3]!;
    if (!/^(checkpoint (starting|complete)|automatic (vacuum|analyze))/.test(text)) continue;
    const at = Date.parse(`${match[1]}T${match[2]}Z`);
    if (at >= from) events.push({ at, text: text.replace(/^(automatic \w+ of table "[^"]+").*/, '$1') });
  }
  return events;
}

/** The probe's lines of every server process (server-load-probe.ts). */
export function readProbe(file: string): ProbeLine[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ProbeLine);
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/**
 * The lines the bench prints: per window the calls, their p95 and max, how many took over SLOW_MS,
 * the backends (most at once, most busy, opened), the servers' collections and event-loop delay,
 * and PostgreSQL's checkpoints and autovacuum runs; then the slowest calls, and the p95 per
 * operation without the first window.
 */
export function timelineReport(
  start: number,
  calls: readonly CallRecord[],
  activity: readonly ActivitySample[],
  probe: readonly ProbeLine[],
  log: readonly LogEvent[],
): string[] {
  const end = Math.max(start, ...calls.map((call) => call.at + call.ms));
  const windows = Math.max(1, Math.ceil((end - start) / (WINDOW_S * 1000)));
  const lines = [
    `   timeline per ${WINDOW_S} s (t from the run's start; backends: most at once / most busy or in a transaction / opened; ` +
      `server GC: ms in all / longest pause; loop: event-loop delay max; CPU: the server processes' and PostgreSQL's, ` +
      `in % of one core):`,
    '     t (s)  calls  p95   max  >150 | backends       | server GC   loop  | CPU srv  pg | PostgreSQL',
  ];
  for (let w = 0; w < windows; w++) {
    const from = start + w * WINDOW_S * 1000;
    const to = from + WINDOW_S * 1000;
    const inside = <T extends { at: number }>(list: readonly T[]) => list.filter((x) => x.at >= from && x.at < to);
    const times = inside(calls).map((call) => call.ms);
    const samples = inside(activity);
    const gcs = probe.flatMap((line) => line.gcs).filter(([at]) => at >= from && at < to);
    const loop = inside(probe).reduce((max, line) => Math.max(max, line.loopMaxMs), 0);
    const events = inside(log).map((event) => `${fixed((event.at - start) / 1000, 1)} s ${event.text}`);
    const most = (pick: (s: ActivitySample) => number) => samples.reduce((max, s) => Math.max(max, pick(s)), 0);
    const first = samples[0];
    const last = samples[samples.length - 1];
    const share = (pick: (s: ActivitySample) => number) =>
      first && last && last.at > first.at ? (100 * (pick(last) - pick(first))) / (last.at - first.at) : Number.NaN;
    lines.push(
      `   ${`${w * WINDOW_S}–${(w + 1) * WINDOW_S}`.padStart(7)} ${String(times.length).padStart(6)} ` +
        `${fixed(percentile(times, 95)).padStart(4)} ${fixed(Math.max(0, ...times)).padStart(5)} ` +
        `${String(times.filter((ms) => ms > SLOW_MS).length).padStart(5)} | ` +
        `${String(most((s) => s.total)).padStart(3)} / ${String(most((s) => s.active + s.inTransaction)).padStart(3)} / ` +
        `${String(samples.reduce((n, s) => n + s.opened, 0)).padStart(3)} | ` +
        `${fixed(gcs.reduce((n, [, ms]) => n + ms, 0)).padStart(4)} / ${fixed(Math.max(0, ...gcs.map(([, ms]) => ms))).padStart(3)} ` +
        `${fixed(loop).padStart(5)} | ${fixed(share((x) => x.serverCpu)).padStart(7)} ${fixed(share((x) => x.postgresCpu)).padStart(3)} | ` +
        events.join('; '),
    );
  }
  const slowest = [...calls].sort((a, b) => b.ms - a.ms).slice(0, 10);
  lines.push(
    `   slowest calls: ${slowest.map((call) => `${fixed(call.ms)} ms ${call.op} at ${fixed((call.at - start) / 1000, 1)} s`).join('; ')}`,
  );
  return lines;
}

/** The calls of an operation after the first `skip` seconds of the run: the steady state's p95. */
export function afterFirst(
  calls: readonly CallRecord[],
  start: number,
  skip: number,
  op: string,
  variant: string,
): number[] {
  return calls
    .filter((call) => call.op === op && call.variant === variant && call.at >= start + skip * 1000)
    .map((call) => call.ms);
}

export const STEADY_AFTER_S = WINDOW_S;
