// Where an engines figure's slow samples go (issue 17: the dashboard's p95 was 4× its median on
// PostgreSQL). Per call, besides the wall time engines.bench.ts takes: when it ran (ms since the
// figure began), the CPU time of this Node process during it (process.cpuUsage: the core's own
// work, TypeORM, `pg`'s parsing, and a garbage collection if one fell in it; all of SQLite's work,
// which runs in process) and, on PostgreSQL, of the server's backend that ran its transaction (its
// /proc/<pid>/schedstat, in ns: the bench's private cluster runs on this machine). A slow sample
// whose CPU on both sides is the usual is time spent waiting: for a core (other processes on the
// machine), a lock or the disk, not work of the application. And the garbage collections that fell in
// each call (perf_hooks 'gc' entries): a slow sample with much Node CPU and a collection in it is
// the client's heap, not the engine.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import { percentile } from './bench';

export interface Sample {
  /** ms since the figure began. */
  at: number;
  node: number;
  /** The backend's CPU, ms; null on SQLite. */
  server: number | null;
  /** performance.now() at the call's start and end, for the garbage collections within it. */
  from: number;
  to: number;
}

/** This process's garbage collections (perf_hooks 'gc' entries: start and duration, ms). */
const collections: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

/** ms of garbage collection within [from, to] (the entries arrive after the fact: read when describing). */
function collectedWithin(from: number, to: number): number {
  return collections
    .filter((c) => c.start < to && c.start + c.duration > from)
    .reduce((sum, c) => sum + Math.min(to, c.start + c.duration) - Math.max(from, c.start), 0);
}

/** The backend's CPU time so far, in ns (the first field of schedstat), or null when unreadable. */
function backendCpu(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/** Records per call of one variant; `around` wraps the call's work inside its transaction. */
export class SampleLog {
  readonly samples: Sample[] = [];
  private readonly start = process.hrtime.bigint();

  async around<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    const pid =
      manager.connection.options.type === 'postgres'
        ? ((await manager.queryRunner!.connect()) as pg.ClientBase & { processID: number }).processID
        : null;
    const at = Number(process.hrtime.bigint() - this.start) / 1e6;
    const serverBefore = pid === null ? null : backendCpu(pid);
    const nodeBefore = process.cpuUsage();
    const from = performance.now();
    const result = await work();
    const to = performance.now();
    const node = process.cpuUsage(nodeBefore);
    const serverAfter = pid === null ? null : backendCpu(pid);
    this.samples.push({
      from,
      to,
      at,
      node: (node.user + node.system) / 1000,
      server: serverBefore === null || serverAfter === null ? null : (serverAfter - serverBefore) / 1e6,
    });
    return result;
  }
}

/**
 * One line per engine: the median and p95 of the CPU on each side, and the slowest samples (by wall
 * time, `walls` as interleaved() measured them, after the warm-up `skip`) with their CPU and when.
 */
export function describeSamples(what: string, engine: string, log: SampleLog, walls: number[], skip: number): string {
  const samples = log.samples.slice(skip);
  const of = (pick: (s: Sample) => number | null) => samples.map(pick).filter((v): v is number => v !== null);
  const cpu = (values: number[]) =>
    values.length ? `${percentile(values, 50).toFixed(2)} / ${percentile(values, 95).toFixed(2)}` : '—';
  const slowest = walls
    .map((wall, i) => ({ wall, ...samples[i]! }))
    .sort((a, b) => b.wall - a.wall)
    .slice(0, 4)
    .map(
      (s) =>
        `${s.wall.toFixed(1)} ms at ${(s.at / 1000).toFixed(1)} s (node ${s.node.toFixed(1)}, gc ${collectedWithin(s.from, s.to).toFixed(1)}${s.server === null ? '' : `, server ${s.server.toFixed(1)}`})`,
    );
  const gc = samples.map((s) => collectedWithin(s.from, s.to));
  const withGc = gc.filter((ms) => ms > 0).length;
  return `   ${what}, ${engine}: wall ${cpu(walls)} ms; CPU median / p95: node ${cpu(of((s) => s.node))} ms, server ${cpu(of((s) => s.server))} ms; garbage collection in ${withGc} of ${samples.length} calls, p95 ${cpu(gc)} ms; slowest: ${slowest.join('; ')}`;
}
