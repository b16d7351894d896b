// The shape of a benchmark and the statistics the runner reports. A suite measures and returns
// figures; the runner prints them as a table and, with --json FILE, writes one record each.

export interface Target {
  /** The figure passes when its p95 (or its value, for single measurements) is at most this. */
  max?: number;
  /** ... or, for "at least" targets, at least this. */
  min?: number;
}

export interface Figure {
  name: string;
  unit: string;
  samples: number[];
  target: Target;
  /** The data size the figure was measured at (persons), where the suite has one. */
  persons?: number;
}

export interface BenchSuite {
  name: string;
  run(): Promise<Figure[]>;
}

export interface FigureRecord {
  name: string;
  unit: string;
  median: number;
  p95: number;
  target: string;
  ok: boolean;
  persons?: number;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function describeTarget(target: Target, unit: string): string {
  const parts: string[] = [];
  if (target.max !== undefined) parts.push(`≤ ${target.max} ${unit}`);
  if (target.min !== undefined) parts.push(`≥ ${target.min} ${unit}`);
  return parts.join(', ') || '—';
}

export function toRecord(figure: Figure): FigureRecord {
  const median = percentile(figure.samples, 50);
  const p95 = percentile(figure.samples, 95);
  const ok =
    (figure.target.max === undefined || p95 <= figure.target.max) &&
    (figure.target.min === undefined || p95 >= figure.target.min);
  const record: FigureRecord = {
    name: figure.name,
    unit: figure.unit,
    median,
    p95,
    target: describeTarget(figure.target, figure.unit),
    ok,
  };
  if (figure.persons !== undefined) record.persons = figure.persons;
  return record;
}

/** Runs fn `times` times (after `warmup` unmeasured runs) and returns each duration in ms. */
export async function timeRuns(
  times: number,
  fn: (i: number) => unknown,
  warmup = Math.min(10, times),
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}
