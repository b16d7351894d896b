import { describe, expect, it } from 'vitest';
import { withinInputLimits } from './input-limits';

const limits = { maxDepth: 4, maxParts: 20, maxSize: 30 };

describe('withinInputLimits', () => {
  it('counts levels of objects and arrays, not of plain values', () => {
    expect(withinInputLimits({ a: [{ b: ['x'] }] }, limits)).toBe(true);
    expect(withinInputLimits({ a: [{ b: [[]] }] }, limits)).toBe(false);
    expect(withinInputLimits('x', limits)).toBe(true);
    expect(withinInputLimits(null, limits)).toBe(true);
  });

  it('counts parts, characters of keys and strings, and bytes', () => {
    expect(
      withinInputLimits(
        Array.from({ length: 19 }, () => 1),
        limits,
      ),
    ).toBe(true);
    expect(
      withinInputLimits(
        Array.from({ length: 20 }, () => 1),
        limits,
      ),
    ).toBe(false);
    expect(withinInputLimits({ tekst: 'x'.repeat(25) }, limits)).toBe(true);
    expect(withinInputLimits({ tekst: 'x'.repeat(26) }, limits)).toBe(false);
    expect(withinInputLimits({ ['k'.repeat(31)]: 1 }, limits)).toBe(false);
    expect(withinInputLimits(new Uint8Array(31), limits)).toBe(false);
  });

  it('ends on a cycle', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(withinInputLimits(cycle, limits)).toBe(false);
  });

  it('walks 100,000 levels without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(withinInputLimits(deep)).toBe(false);
  });
});
