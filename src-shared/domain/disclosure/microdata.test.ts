import { describe, expect, it } from 'vitest';
import { protectMicrodata, tooRare, type QuasiIdentifiers } from './microdata';

const QUASI: QuasiIdentifiers = {
  months: ['start', 'eind'],
  age: { column: 'leeftijd', merge: { '<18': '<23', '18-22': '<23', '23-29': '23+', '30+': '23+' } },
  region: { column: 'regio', other: 'overige' },
  plain: ['bron'],
  attributes: ['uitkomst'],
};
const row = (regio: string, start: string, leeftijd = '<18', extra: Record<string, string | number> = {}) => ({
  regio,
  bron: 'a',
  start,
  eind: '',
  leeftijd,
  uitkomst: 'positief',
  ...extra,
});
const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('protectMicrodata', () => {
  it('changes nothing when every combination already occurs 5 times', () => {
    const rows = times(10, (i) => row(i < 5 ? 'Noord' : 'Zuid', '2025-03'));
    expect(protectMicrodata(rows, QUASI)).toEqual({ rows, coarsened: [] });
  });

  it('coarsens months to quarters for the whole file when that is enough', () => {
    const rows = times(5, (i) => row('Noord', `2025-0${1 + (i % 3)}`));
    const result = protectMicrodata(rows, QUASI);
    expect(result.coarsened).toEqual([{ kind: 'quarters' }]);
    expect(result.rows.map((r) => r.start)).toEqual(Array(5).fill('2025-K1'));
    expect(result.rows.map((r) => r.eind)).toEqual(Array(5).fill(''));
  });

  it('takes the fewest steps that work: here years (not quarters) and merged age bands', () => {
    const rows = [
      ...times(3, () => row('Noord', '2024-02', '<18')),
      ...times(2, () => row('Noord', '2024-11', '18-22')),
    ];
    const result = protectMicrodata(rows, QUASI);
    expect(result.coarsened).toEqual([
      { kind: 'years' },
      { kind: 'ageBands', merged: { '<18': '<23', '18-22': '<23' } },
    ]);
    expect(new Set(result.rows.map((r) => `${r.start} ${r.leeftijd}`))).toEqual(new Set(['2024 <23']));
  });

  it('merges rare regions into one, then suppresses what is still unique in those rows only', () => {
    const rows = [
      ...times(6, () => row('Noord', '2025-01')),
      ...times(2, () => row('Oost', '2025-01')),
      ...times(3, () => row('West', '2025-01')),
      row('Zuid', '2025-01', '30+', { uitkomst: 'negatief' }),
    ];
    const result = protectMicrodata(rows, QUASI);
    expect(result.coarsened[0]).toEqual({ kind: 'regions', merged: ['Oost', 'West', 'Zuid'] });
    const last = result.rows[11]!;
    // A lone row cannot join others one value at a time: all its quasi-identifiers go, and being
    // still alone then (one of fewer than 5 rows with nothing shown), its attributes too.
    expect(last.uitkomst).toBe('x');
    expect(result.coarsened.at(-1)).toEqual({ kind: 'rowsHidden', rows: 1 });
    expect(result.rows.slice(0, 11).every((r) => r.uitkomst === 'positief')).toBe(true);
    expect([last.regio, last.bron, last.start, last.eind, last.leeftijd]).toEqual(Array(5).fill('x'));
    expect(result.rows.slice(0, 6).every((r) => r.regio === 'Noord' && r.leeftijd === '<18')).toBe(true);
    expect(result.rows.slice(6, 11).every((r) => r.regio === 'overige' && r.leeftijd === '<18')).toBe(true);
    expect(tooRare(result.rows.slice(0, 11), ['regio', 'bron', 'start', 'eind', 'leeftijd'])).toEqual([]);
  });

  it('hides everything of a lone row but what is not an attribute, and leaves the input untouched', () => {
    const input = [row('Noord', '2025-01', '<18', { volgnummer: 'T1' })];
    const result = protectMicrodata(input, QUASI);
    expect(result.rows).toEqual([
      { regio: 'x', bron: 'x', start: 'x', eind: 'x', leeftijd: 'x', uitkomst: 'x', volgnummer: 'T1' },
    ]);
    expect(input[0]!.start).toBe('2025-01');
    expect(input[0]!.uitkomst).toBe('positief');
  });

  it('keeps the attributes of rows with nothing shown when there are at least 5 of them', () => {
    // Five rows, each alone in its own region, month and age: all go to x, and five alike are enough.
    const regions = ['Noord', 'Oost', 'Zuid', 'West', 'Midden'];
    const input = regions.map((regio, i) =>
      row(regio, `202${i}-0${i + 1}`, ['<18', '18-22', '23-29', '30+', 'onbekend'][i]),
    );
    const result = protectMicrodata(input, QUASI);
    expect(result.rows.every((r) => r.uitkomst === 'positief')).toBe(true);
    expect(result.coarsened.some((c) => c.kind === 'rowsHidden')).toBe(false);
  });
});
