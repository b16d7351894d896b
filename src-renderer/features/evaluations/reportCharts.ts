// Layout arithmetic for the report's SVG charts, kept apart from React so it can be tested: label
// wrapping (SVG text does not wrap by itself), the position of a score on the 1–5 axis, and the
// segments of a stacked answer distribution.

/** Splits a label into lines of at most `max` characters at spaces (a longer word over lines); whole unless `maxLines` is given. */
export function wrapLabel(text: string, max: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    // A word longer than a line is split over lines, never cut off.
    let rest = word;
    while (rest.length > max) {
      lines.push(`${rest.slice(0, max - 1)}-`);
      rest = rest.slice(max - 1);
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, max - 1))}…`;
  return kept;
}

/** The x of a score on an axis from 1 (at `x0`) to 5 (at `x0 + width`); clamped. */
export function scoreX(score: number, x0: number, width: number): number {
  const clamped = Math.max(1, Math.min(5, score));
  return x0 + ((clamped - 1) / 4) * width;
}

export interface Segment {
  /** The answer value, 1..5. */
  value: number;
  count: number;
  /** Share of the answers (0..1). */
  share: number;
  x: number;
  width: number;
}

/** The five answer counts as segments of one bar of `width`, starting at `x0`; empty ones left out. */
export function stackSegments(distribution: readonly number[], x0: number, width: number): Segment[] {
  const total = distribution.reduce((sum, n) => sum + n, 0);
  if (total === 0) return [];
  let x = x0;
  const segments: Segment[] = [];
  distribution.forEach((count, index) => {
    const share = count / total;
    const w = share * width;
    if (count > 0) segments.push({ value: index + 1, count, share, x, width: w });
    x += w;
  });
  return segments;
}
