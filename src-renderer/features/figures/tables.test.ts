import { describe, expect, it } from 'vitest';
import type { Dashboard, YearFigures } from '../../../src-shared/ipc/figures';
import { ageBandMatrix, listCategories, placeMatrix, signalsMatrix, withoutEmptyRows, yearMatrix } from './matrices';
import { ageSummary, exactTable, publishedPlacesTable, publishedTable } from './tables';

function year(y: number, part: Partial<YearFigures>): YearFigures {
  return {
    year: y,
    signals: 0,
    ageMedian: null,
    ageMedianEstimated: false,
    ageBands: { '<18': 0, '18-22': 0, '23-29': 0, '30+': 0, onbekend: 0 },
    minorsShare: null,
    ideologie: {},
    ernst: {},
    outcomes: {},
    ...part,
  };
}

const dashboard: Dashboard = {
  years: [
    year(2025, {
      signals: 8,
      ageMedian: 17.5,
      ageBands: { '<18': 6, '18-22': 2, '23-29': 0, '30+': 0, onbekend: 0 },
      minorsShare: 0.75,
      ideologie: { jihadistisch: 7, links_extremistisch: 1 },
    }),
    year(2026, {
      signals: 12,
      ageMedian: 21,
      ageMedianEstimated: true,
      ageBands: { '<18': 5, '18-22': 7, '23-29': 0, '30+': 0, onbekend: 0 },
      minorsShare: 0.417,
      ideologie: { jihadistisch: 6, rechts_extremistisch: 6, oud_code: 0 },
    }),
  ],
  perGemeente: [],
  perRegion: [],
  anonymousSignals: 3,
};
const labels = { rowHeader: 'Jaar', total: 'Totaal' };
const values = [
  { code: 'jihadistisch', label: 'Jihadistisch', active: true, effect: null },
  { code: 'rechts_extremistisch', label: 'Rechts-extremistisch', active: true, effect: null },
  { code: 'links_extremistisch', label: 'Links-extremistisch', active: false, effect: null },
  { code: 'anti_institutioneel', label: 'Anti-institutioneel', active: false, effect: null },
];

describe('figures as tables', () => {
  it('orders list categories as the beheerder did, keeps inactive values that occur and unknown codes', () => {
    expect(listCategories(dashboard, 'ideologie', values).map((c) => c.code)).toEqual([
      'jihadistisch',
      'rechts_extremistisch',
      'links_extremistisch',
      'oud_code',
    ]);
  });

  it('shows exact counts with Dutch separators, row and column totals', () => {
    const matrix = yearMatrix(dashboard, 'ideologie', listCategories(dashboard, 'ideologie', values).slice(0, 3));
    expect(exactTable(matrix, labels)).toEqual({
      rowHeader: 'Jaar',
      columns: ['Jihadistisch', 'Rechts-extremistisch', 'Links-extremistisch', 'Totaal'],
      rows: [
        { label: '2025', cells: ['7', '0', '1', '8'] },
        { label: '2026', cells: ['6', '6', '0', '12'] },
      ],
      totals: { label: 'Totaal', cells: ['13', '6', '1', '20'] },
    });
    const big = exactTable({ rows: ['2026'], columns: [{ code: 's', label: 'Signalen' }], counts: [[12345]] }, labels);
    // One column: no row totals that would repeat it.
    expect(big.columns).toEqual(['Signalen']);
    expect(big.rows[0]!.cells).toEqual(['12.345']);
  });

  it('prints x, not <5, on a count hidden only to protect another, and says so under the table', () => {
    // One year: the single links-extremistisch signal is <5. The 7 jihadistisch hidden as "x"
    // (5 or more) would still narrow it to 1..3 beside the printed total 8, so the totals are
    // hidden too. The old rule printed "<5" on the 7 and showed the total.
    const one = { ...dashboard, years: dashboard.years.slice(0, 1) };
    const matrix = yearMatrix(one, 'ideologie', listCategories(one, 'ideologie', values).slice(0, 3));
    const { table, shown, hidden, rowShown } = publishedTable(matrix, labels);
    expect(table.rows).toEqual([{ label: '2025', cells: ['x', '0', '<5', 'x'] }]);
    expect(table.totals).toEqual({ label: 'Totaal', cells: ['x', '0', '<5', 'x'] });
    expect(table.notes).toEqual([
      'figures.disclosure.primary',
      'figures.disclosure.secondary',
      'figures.disclosure.totals',
    ]);
    expect(shown).toEqual([[null, 0, null]]);
    // The row total is hidden as well: the chart cannot draw the hidden part.
    expect(hidden).toEqual([null]);
    expect(rowShown).toEqual([false]);
    const signals = publishedTable(signalsMatrix(dashboard, 'Signalen'), labels);
    expect(signals.table.rows.map((r) => r.cells)).toEqual([['8'], ['12']]);
    expect(signals.table.notes).toEqual([]);
    expect(signals.rowShown).toEqual([true, true]);
  });

  it('draws the hidden counts of a row with a printed total as one segment, so the bar matches it', () => {
    const years = [
      year(2024, { ageBands: { '<18': 3, '18-22': 12, '23-29': 20, '30+': 9, onbekend: 0 } }),
      year(2025, { ageBands: { '<18': 8, '18-22': 14, '23-29': 30, '30+': 11, onbekend: 0 } }),
      year(2026, { ageBands: { '<18': 9, '18-22': 16, '23-29': 25, '30+': 12, onbekend: 0 } }),
    ];
    const tab = publishedTable(
      ageBandMatrix({ ...dashboard, years }, (band) => band),
      labels,
    );
    expect(tab.table.columns).toEqual(['<18', '18-22', '23-29', '30+', 'onbekend', 'Totaal']);
    expect(tab.table.rows[0]!.cells[0]).toBe('<5');
    tab.table.rows.forEach((row, r) => {
      const total = Number(row.cells.at(-1));
      if (Number.isNaN(total)) return;
      const drawn = tab.shown[r]!.reduce<number>((sum, v) => sum + (v ?? 0), 0) + (tab.hidden[r] ?? 0);
      expect(drawn, row.label).toBe(total);
    });
    expect(tab.hidden[0]).toBeGreaterThanOrEqual(3 + 5);
  });

  it('merges a year whose counts the marks alone would give away', () => {
    const years = [
      year(2024, { ageBands: { '<18': 1, '18-22': 1, '23-29': 0, '30+': 0, onbekend: 0 } }),
      year(2025, { ageBands: { '<18': 8, '18-22': 14, '23-29': 30, '30+': 11, onbekend: 0 } }),
      year(2026, { ageBands: { '<18': 9, '18-22': 16, '23-29': 25, '30+': 12, onbekend: 0 } }),
    ];
    const tab = publishedTable(
      ageBandMatrix({ ...dashboard, years }, (band) => band),
      labels,
    );
    expect(tab.rows[0]).toBe('2024–2025');
    expect(tab.table.notes).toContain('figures.disclosure.mergedRows');
    expect(tab.rowShown).toEqual([false, false, true]);
  });

  it('gives the median and the share of minors, and in print only where nothing hidden can be derived', () => {
    expect(ageSummary(dashboard).map((r) => [r.year, r.median, r.minorsShare])).toEqual([
      ['2025', '17,5', '75%'],
      ['2026', '≈21', '41,7%'],
    ]);
    expect(ageSummary(dashboard, [false, true]).map((r) => [r.median, r.minorsShare, r.minorsShareValue])).toEqual([
      ['17,5', '–', null],
      ['≈21', '41,7%', 0.417],
    ]);
    const few = { ...dashboard, years: [{ ...dashboard.years[0]!, signals: 4 }] };
    expect(ageSummary(few, [true])[0]).toMatchObject({ median: '–', medianValue: null });
  });

  it('prints places by name, so a hidden count is not given away by its neighbours in a ranking', () => {
    const places = [
      { id: 1, name: 'Zuidkapelle', count: 22 },
      { id: 2, name: 'Aldervoort', count: 5 },
      { id: 3, name: 'Berkenstein', count: 2 },
      { id: 4, name: 'Dalhem', count: 0 },
    ];
    expect(placeMatrix(places, 'Signalen').rows).toEqual(['Zuidkapelle', 'Aldervoort', 'Berkenstein', 'Dalhem']);
    const printed = withoutEmptyRows(placeMatrix(places, 'Signalen', true));
    expect(printed.rows).toEqual(['Aldervoort', 'Berkenstein', 'Zuidkapelle']);
    // The 2 is <5; the 22 is hidden as "x" (not "<5": it is 22), the 5 is printed as it is.
    expect(publishedTable(printed, labels).table.rows.map((r) => r.cells[0])).toEqual(['5', '<5', 'x']);
  });
});

describe('the municipalities of the printed year report', () => {
  const labels = { rowHeader: 'Gemeente', total: 'Totaal' };
  // One small municipality alone in its region: the per-region protection hides it, but the
  // period's total beside the other region's municipality would give it back (8 − 7 = 1).
  const places = [
    { name: 'Aldervoort', regionId: 1, count: 7 },
    { name: 'Berkenstein', regionId: 2, count: 1 },
  ];

  it('prints no total that gives a hidden municipality away', () => {
    const { table } = publishedPlacesTable(places, labels, 'Signalen');
    const cells = table.rows.map((row) => row.cells[0]);
    const total = table.totals!.cells[0];
    expect(cells).not.toContain('1');
    expect(total === '8' && cells.includes('7')).toBe(false);
  });

  it('hides the total where the signals table hides it', () => {
    const many = [
      { name: 'Aldervoort', regionId: 1, count: 7 },
      { name: 'Beekwolde', regionId: 1, count: 9 },
    ];
    expect(publishedPlacesTable(many, labels, 'Signalen').table.totals!.cells[0]).toBe('16');
    expect(publishedPlacesTable(many, labels, 'Signalen', 'x').table.totals!.cells[0]).toBe('x');
  });
});
