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

/**
 * The order of round `round`: each measure once, reversed every other round (A B C … / … C B A);
 * one of `perRound` k is called k times, spread evenly among the others, so (with k others or
 * more) no two of its calls follow each other: the second would find the first's pages warm.
 */
export function roundOrder(measures: readonly { perRound?: number }[], round: number): number[] {
  const order = measures.flatMap((m, v) => ((m.perRound ?? 1) > 1 ? [] : [v]));
  if (round % 2) order.reverse();
  measures.forEach((m, v) => {
    const k = m.perRound ?? 1;
    if (k <= 1) return;
    const others = order.length;
    for (let r = k - 1; r >= 0; r--) order.splice(Math.round(((r + 0.5) * others) / k), 0, v);
  });
  return order;
}
