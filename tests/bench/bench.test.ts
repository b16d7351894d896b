import { describe, expect, it } from 'vitest';
import { percentile, toRecord } from './bench';

describe('bench statistics', () => {
  it('computes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });

  it('judges a figure by its p95 against the target', () => {
    expect(toRecord({ name: 'a', unit: 'ms', samples: [1, 2, 3], target: { max: 3 } })).toMatchObject({
      median: 2,
      p95: 3,
      ok: true,
      target: '≤ 3 ms',
    });
    expect(toRecord({ name: 'b', unit: 'ms', samples: [1, 2, 30], target: { max: 3 } }).ok).toBe(false);
    expect(toRecord({ name: 'c', unit: 'ms', samples: [600], target: { min: 250, max: 1000 } }).ok).toBe(true);
  });

  it('keeps the size a figure was measured at in its record (--json)', () => {
    expect(toRecord({ name: 'd', unit: 'ms', samples: [1], target: {}, persons: 300_000 }).persons).toBe(300_000);
    expect(toRecord({ name: 'e', unit: 'ms', samples: [1], target: {} })).not.toHaveProperty('persons');
  });
});
