import { describe, expect, it } from 'vitest';
import { formatDifference, formatScore, scoreWidth } from './format';

describe('evaluation number forms', () => {
  it('writes scores with a decimal comma and two decimals', () => {
    expect(formatScore(3.5)).toBe('3,50');
    expect(formatScore(null)).toBe('–');
  });
  it('signs differences', () => {
    expect(formatDifference(0.25)).toBe('+0,25');
    expect(formatDifference(-1)).toBe('-1,00');
    expect(formatDifference(0)).toBe('0,00');
  });
  it('maps the five-point scale onto a bar', () => {
    expect(scoreWidth(1)).toBe(0);
    expect(scoreWidth(5)).toBe(100);
    expect(scoreWidth(3)).toBe(50);
    expect(scoreWidth(null)).toBe(0);
  });
});
