import { describe, expect, it } from 'vitest';
import { scoreX, stackSegments, wrapLabel } from './reportCharts';

describe('report chart layout', () => {
  it('wraps labels at spaces, splits overlong words, keeps every word unless a line limit is given', () => {
    expect(wrapLabel('Besluitvorming en plan van aanpak', 20)).toEqual(['Besluitvorming en', 'plan van aanpak']);
    expect(wrapLabel('Kort', 20)).toEqual(['Kort']);
    expect(wrapLabel('Informatiedelingsconvenantafspraken', 10)).toEqual([
      'Informati-',
      'edelingsc-',
      'onvenanta-',
      'fspraken',
    ]);
    // Statements that differ only at their end keep their end (printed labels wrap, never cut).
    const long = 'De afspraken over het delen van informatie in het overleg waren voor mij duidelijk genoeg';
    expect(wrapLabel(long, 38).join(' ')).toBe(long);
    expect(wrapLabel('een twee drie vier vijf zes zeven acht', 9, 2)).toEqual(['een twee', 'drie vie…']);
  });

  it('puts scores on the 1–5 axis', () => {
    expect(scoreX(1, 100, 400)).toBe(100);
    expect(scoreX(3, 100, 400)).toBe(300);
    expect(scoreX(5, 100, 400)).toBe(500);
    expect(scoreX(7, 100, 400)).toBe(500);
  });

  it('stacks a distribution into segments that fill the bar', () => {
    const segments = stackSegments([0, 1, 1, 2, 2], 10, 600);
    expect(segments.map((s) => [s.value, s.count, s.x, s.width])).toEqual([
      [2, 1, 10, 100],
      [3, 1, 110, 100],
      [4, 2, 210, 200],
      [5, 2, 410, 200],
    ]);
    expect(stackSegments([0, 0, 0, 0, 0], 0, 100)).toEqual([]);
  });
});
