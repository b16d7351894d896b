import { describe, expect, it } from 'vitest';
import { percentile, roundOrder, toRecord } from './bench';

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

  it('orders a round A B C … then … C B A, a measure of several calls per round spread among the others', () => {
    const plain = [{}, {}, {}];
    expect(roundOrder(plain, 0)).toEqual([0, 1, 2]);
    expect(roundOrder(plain, 1)).toEqual([2, 1, 0]);
    const measures = [{}, {}, { perRound: 4 }, {}, {}, {}, {}, {}, {}];
    for (const round of [0, 1]) {
      const order = roundOrder(measures, round);
      expect(order.filter((v) => v === 2)).toHaveLength(4);
      expect(order.filter((v) => v !== 2)).toEqual(round ? [8, 7, 6, 5, 4, 3, 1, 0] : [0, 1, 3, 4, 5, 6, 7, 8]);
      // Never two calls of it in a row, nor one first and one last (the next round would follow it).
      order.forEach((v, at) => v === 2 && expect(order[at + 1]).not.toBe(2));
      expect(order[0] === 2 && order.at(-1) === 2).toBe(false);
    }
  });
});
