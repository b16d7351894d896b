import { describe, expect, it } from 'vitest';
import type { Dashboard, YearFigures } from '../../../src-shared/ipc/stats';
import { ageBandMatrix, listCategories, placeMatrix, signalsMatrix, withoutEmptyRows, yearMatrix } from './matrices';
import { ageSummary, exactTable, rowsFullyShown, suppressedTable } from './tables';

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

  it('suppresses small cells in print and hides them from the chart as well', () => {
    // One year: the single links-extremistisch signal is <5, and with the total shown the 7
    // jihadistisch would give it away, so that cell is hidden too (as in core's export).
    const one = { ...dashboard, years: dashboard.years.slice(0, 1) };
    const matrix = yearMatrix(one, 'ideologie', listCategories(one, 'ideologie', values).slice(0, 3));
    const { table, shown } = suppressedTable(matrix, labels);
    expect(table.rows).toEqual([{ label: '2025', cells: ['<5', '0', '<5', '8'] }]);
    expect(table.totals).toEqual({ label: 'Totaal', cells: ['<5', '0', '<5', '8'] });
    expect(shown).toEqual([[null, 0, null]]);
    expect(rowsFullyShown(table)).toEqual([false]);
    const signals = suppressedTable(signalsMatrix(dashboard, 'Signalen'), labels);
    expect(signals.table.rows.map((r) => r.cells)).toEqual([['8'], ['12']]);
    expect(rowsFullyShown(signals.table)).toEqual([true, true]);
    expect(
      suppressedTable(
        ageBandMatrix(dashboard, (band) => band),
        labels,
      ).table.columns,
    ).toEqual(['<18', '18-22', '23-29', '30+', 'onbekend', 'Totaal']);
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
    expect(suppressedTable(printed, labels).table.rows.map((r) => r.cells[0])).toEqual(['<5', '<5', '22']);
  });
});
