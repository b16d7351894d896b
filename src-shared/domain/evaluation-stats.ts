// The small statistics the evaluation analysis is built from: figures of a five-point scale
// (n, mean, median, distribution, share eens and oneens), of a number question, and the median of
// sorted values. Pure and allocation-light: the analysis calls them for every question of rounds
// with thousands of responses.

export interface ScaleStats {
  /** Answers on the scale (1..5); "niet van toepassing" does not count. */
  n: number;
  nvt: number;
  mean: number | null;
  median: number | null;
  /** Counts of 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  /** Share (0..1) of answers 4 or 5. */
  shareEens: number | null;
  /** Share (0..1) of answers 1 or 2. */
  shareOneens: number | null;
}

/** Counts of one scale item, filled answer by answer. */
export class ScaleCounter {
  readonly counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  nvt = 0;

  add(value: unknown): void {
    if (typeof value === 'number') {
      if (value >= 1 && value <= 5) this.counts[value - 1]! += 1;
    } else if (value === 'nvt') this.nvt += 1;
  }

  stats(): ScaleStats {
    return scaleStats(this.counts, this.nvt);
  }
}

/** The k-th (0-based) value of the sorted answers described by counts of 1..5. */
function nthFromCounts(counts: readonly number[], k: number): number {
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v]!;
    if (k < seen) return v + 1;
  }
  return counts.length;
}

export function scaleStats(counts: [number, number, number, number, number], nvt = 0): ScaleStats {
  const n = counts[0] + counts[1] + counts[2] + counts[3] + counts[4];
  if (n === 0) {
    return { n, nvt, mean: null, median: null, distribution: [...counts], shareEens: null, shareOneens: null };
  }
  const sum = counts[0] + 2 * counts[1] + 3 * counts[2] + 4 * counts[3] + 5 * counts[4];
  const median = (nthFromCounts(counts, Math.floor((n - 1) / 2)) + nthFromCounts(counts, Math.floor(n / 2))) / 2;
  return {
    n,
    nvt,
    mean: sum / n,
    median,
    distribution: [...counts],
    shareEens: (counts[3] + counts[4]) / n,
    shareOneens: (counts[0] + counts[1]) / n,
  };
}

/** The median of numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

export interface NumberStats {
  n: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

export function numberStats(values: readonly number[]): NumberStats {
  if (values.length === 0) return { n: 0, mean: null, median: null, min: null, max: null };
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { n: values.length, mean: mean(values), median: median(values), min, max };
}

/** A number question's answers on its own scale: one bar per value, or per equal band on a wide scale. */
export interface NumberDistribution {
  /** The question's range (not the answers' lowest and highest). */
  scale: { min: number; max: number };
  /** Bands from..to (inclusive for whole numbers), in order; counts add up to n. */
  bands: { from: number; to: number; count: number }[];
}

/** At most this many bands: a 1–10 grade gets one per value, a 0–200 count five bands. */
const MAX_BANDS = 11;

export function numberDistribution(values: readonly number[], min: number, max: number): NumberDistribution {
  const whole = Number.isInteger(min) && Number.isInteger(max);
  const perValue = whole && max - min + 1 <= MAX_BANDS;
  const count = perValue ? max - min + 1 : 5;
  const width = perValue ? 1 : (max - min) / count || 1;
  const bands = Array.from({ length: count }, (_, i) => {
    if (perValue) return { from: min + i, to: min + i, count: 0 };
    const from = min + i * width;
    const to = i === count - 1 ? max : min + (i + 1) * width;
    // Whole numbers: 0–39, 40–79 … 160–200; otherwise the band's edges as they are.
    return whole
      ? { from: Math.ceil(from), to: i === count - 1 ? max : Math.ceil(to) - 1, count: 0 }
      : { from, to, count: 0 };
  });
  for (const value of values) {
    const i = Math.max(0, Math.min(count - 1, Math.floor((value - min) / width)));
    bands[i]!.count += 1;
  }
  return { scale: { min, max }, bands };
}
