// What the figures page and the printed year report show, built once from the dashboard: the
// groups of figures, each with its chart data, its summary sentence and its table. On screen the
// counts are exact; printed, every table goes through disclosure control and the charts draw
// exactly what their table shows (hidden counts as one hatched "niet gepubliceerd" segment).
import type { TFunction } from 'i18next';
import type { AgeBand } from '../../../src-shared/domain/age';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import type { Dashboard } from '../../../src-shared/ipc/figures';
import { PRIMARY, SECONDARY } from '../../../src-shared/domain/disclosure';
import type { ChartSeries } from './charts/YearBarChart';
import {
  AGE_COLORS,
  CATEGORY_COLORS,
  colorFor,
  HIDDEN_COLOR,
  patternFor,
  SEVERITY_COLORS,
  SINGLE_COLOR,
} from './charts/palette';
import {
  ageBandMatrix,
  listCategories,
  outcomeCategories,
  placeMatrix,
  signalsMatrix,
  withoutEmptyRows,
  yearMatrix,
  type CountMatrix,
} from './matrices';
import { formatNumber, formatShare } from './numbers';
import {
  ageSummary,
  exactTabulated,
  publishedLinkedTables,
  publishedPlacesTable,
  publishedTable,
  type Tabulated,
  type TableLabels,
  type TableModel,
} from './tables';

interface FigureBase {
  id: string;
  title: string;
  summary: string;
  table: TableModel;
}

export type FigureModel =
  | (FigureBase & { kind: 'bars'; years: string[]; series: ChartSeries[]; yLabel: string; shares: boolean })
  | (FigureBase & { kind: 'median'; years: string[]; points: { value: number | null; estimated: boolean }[] })
  | (FigureBase & { kind: 'places'; places: string[]; counts: (number | null)[]; placeLabel: string });

export interface FigureGroup {
  id: string;
  title: string;
  figures: FigureModel[];
}

const BAND_KEYS: Record<AgeBand, string> = {
  '<18': 'under18',
  '18-22': 'from18to22',
  '23-29': 'from23to29',
  '30+': 'from30',
  onbekend: 'unknown',
};

export function bandLabel(t: TFunction, band: AgeBand): string {
  return t(`figures.bands.${BAND_KEYS[band]}`);
}

/** A table and the counts its chart may draw: all on screen, the published ones in print. */
function tabulate(matrix: CountMatrix, labels: TableLabels, printed: boolean): Tabulated {
  return printed ? publishedTable(matrix, labels) : exactTabulated(matrix, labels);
}

/**
 * The chart's series from its table: one per column (merged columns drawn as one), plus, where
 * the table hides counts in a row whose total it prints, a hatched segment for what they add up
 * to, so that every bar is as high as the total beside it.
 */
function seriesOf(matrix: CountMatrix, tab: Tabulated, colors: readonly string[], hiddenLabel: string): ChartSeries[] {
  const columns = tab.table.columns.slice(0, tab.shown[0]?.length ?? matrix.columns.length);
  const series: ChartSeries[] = columns.map((label, c) => ({
    id: columns.length === matrix.columns.length ? matrix.columns[c]!.code : `kolom-${c}`,
    label,
    color: colorFor(colors, c),
    pattern: patternFor(c),
    data: tab.shown.map((row) => row[c] ?? null),
  }));
  if (!tab.hidden.some((value) => value !== null)) return series;
  return [
    ...series,
    { id: 'niet-gepubliceerd', label: hiddenLabel, color: HIDDEN_COLOR, pattern: 'hatched', data: tab.hidden },
  ];
}

/** The category with the highest total in the period, when its total may be shown. */
function mostCommon(tab: Tabulated): { label: string; count: string } | null {
  const { shown } = tab;
  let best: { label: string; total: number } | null = null;
  tab.table.columns.slice(0, shown[0]?.length ?? 0).forEach((label, c) => {
    const cells = shown.map((row) => row[c] ?? null);
    if (cells.some((cell) => cell === null)) return;
    const total = (cells as number[]).reduce((a, b) => a + b, 0);
    if (total > 0 && (!best || total > best.total)) best = { label, total };
  });
  const found = best as { label: string; total: number } | null;
  return found ? { label: found.label, count: formatNumber(found.total) } : null;
}

function firstAndLast<T>(years: string[], values: (T | null)[]) {
  const known = values.map((value, i) => ({ value, year: years[i]! })).filter((p) => p.value !== null);
  return known.length >= 2 ? { first: known[0]!, last: known.at(-1)! } : null;
}

/** "2016–2026", or one year. */
export function periodLabel(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

export function buildFigures(
  t: TFunction,
  dashboard: Dashboard,
  reference: ReferenceData,
  regionId: number | null,
  printed: boolean,
): FigureGroup[] {
  const years = dashboard.years.map((y) => String(y.year));
  const labels = { rowHeader: t('figures.axes.year'), total: t('common:figures.total') };
  const period = periodLabel(dashboard.years[0]?.year ?? 0, dashboard.years.at(-1)?.year ?? 0);
  const lists = reference.lists;
  const gemeenteCount = reference.gemeenten.filter((g) => !regionId || g.regionId === regionId).length;

  // Signals per year, and per year by age band, ideology and severity: in print published
  // together, as their row totals are the same yearly counts.
  const signals = signalsMatrix(dashboard, t('figures.columns.signals'));
  const bands = ageBandMatrix(dashboard, (band) => bandLabel(t, band));
  const listMatrix = (field: 'ideologie' | 'ernst') =>
    yearMatrix(dashboard, field, listCategories(dashboard, field, lists[field]));
  const yearMatrices = [signals, bands, listMatrix('ideologie'), listMatrix('ernst')];
  const yearTabs = printed
    ? publishedLinkedTables(yearMatrices, labels)
    : yearMatrices.map((matrix) => exactTabulated(matrix, labels));
  const signalsTable = yearTabs[0]!;
  const bandsTable = yearTabs[1]!;
  const yearTables = { ideologie: yearTabs[2]!, ernst: yearTabs[3]! };
  const perYear = signalsTable.shown.map((row) => row[0] ?? null);
  const max = Math.max(0, ...perYear.map((v) => v ?? 0));
  const signalsSummary = dashboard.years.every((y) => y.signals === 0)
    ? t('figures.summary.signalsNone')
    : [
        t('figures.summary.signals', { period, total: signalsTable.table.totals?.cells[0] ?? '' }),
        ...(max > 0
          ? [
              t('figures.summary.signalsMost', {
                year: signalsTable.rows[perYear.indexOf(max)],
                count: formatNumber(max),
              }),
            ]
          : []),
      ].join(' ');

  // Age: bands first, because in print the median and share depend on what the band table shows.
  const summary = ageSummary(dashboard, printed ? bandsTable.rowShown : undefined);
  const medians = firstAndLast(
    years,
    summary.map((row) => (row.medianValue === null ? null : row.median)),
  );
  const shares = firstAndLast(
    years,
    summary.map((row) => row.minorsShareValue),
  );
  const ageColumns = [t('figures.columns.median'), t('figures.columns.minorsShare')];
  // On screen the bands are shares of the known ages (the base segment is the share of minors);
  // on paper they are the counts the suppressed table shows.
  const hiddenLabel = t('figures.hiddenSegment');
  const bandSeries = seriesOf(bands, bandsTable, AGE_COLORS, hiddenLabel).filter((s) => printed || s.id !== 'onbekend');

  const listFigure = (field: 'ideologie' | 'ernst', colors: readonly string[]): FigureModel => {
    const matrix = yearMatrices[field === 'ideologie' ? 2 : 3]!;
    const tab = yearTables[field];
    const common = mostCommon(tab);
    return {
      kind: 'bars',
      id: `cijfers-${field}`,
      title: t(`figures.charts.${field}`),
      summary: common ? t('figures.summary.category', common) : t('figures.summary.categoryNone'),
      years: tab.rows,
      series: seriesOf(matrix, tab, colors, hiddenLabel),
      yLabel: t('figures.axes.signals'),
      shares: false,
      table: tab.table,
    };
  };

  const outcomes = yearMatrix(
    dashboard,
    'outcomes',
    outcomeCategories((code) => t(`common:caseOutcomes.${code}`)),
  );
  const outcomesTable = tabulate(outcomes, labels, printed);
  const gemeenten = withoutEmptyRows(placeMatrix(dashboard.perGemeente, t('figures.columns.signals'), printed));
  const gemeenteLabels = { ...labels, rowHeader: t('figures.axes.gemeente') };
  const regionOf = new Map(reference.gemeenten.map((g) => [g.id, g.regionId]));
  // In print, per region: the region table beside it gives each region's sum. Its total is the
  // period's signals: hidden where the signals table hides its total.
  const signalsTotal = signalsTable.table.totals?.cells[0];
  const yearTotal = signalsTotal === PRIMARY || signalsTotal === SECONDARY ? signalsTotal : null;
  const gemeentenTable = printed
    ? publishedPlacesTable(
        dashboard.perGemeente
          .filter((g) => g.count > 0)
          .map((g) => ({ name: g.name, count: g.count, regionId: regionOf.get(g.id) ?? 0 })),
        gemeenteLabels,
        t('figures.columns.signals'),
        yearTotal,
      )
    : tabulate(gemeenten, gemeenteLabels, printed);
  const regions = placeMatrix(dashboard.perRegion, t('figures.columns.signals'), printed);
  const regionsTable = tabulate(regions, { ...labels, rowHeader: t('figures.axes.region') }, printed);

  return [
    {
      id: 'signalen',
      title: t('figures.groups.signals'),
      figures: [
        {
          kind: 'bars',
          id: 'cijfers-signalen',
          title: t('figures.charts.signals'),
          summary: signalsSummary,
          years: signalsTable.rows,
          series: seriesOf(signals, signalsTable, [SINGLE_COLOR], hiddenLabel),
          yLabel: t('figures.axes.signals'),
          shares: false,
          table: signalsTable.table,
        },
      ],
    },
    {
      id: 'leeftijd',
      title: t('figures.groups.age'),
      figures: [
        {
          kind: 'median',
          id: 'cijfers-mediaan',
          title: t('figures.charts.median'),
          summary: [
            medians
              ? t('figures.summary.median', {
                  first: medians.first.value,
                  firstYear: medians.first.year,
                  last: medians.last.value,
                  lastYear: medians.last.year,
                })
              : t('figures.summary.medianNone'),
            ...(summary.some((row) => row.medianValue !== null && row.estimated)
              ? [t('figures.summary.medianEstimated')]
              : []),
          ].join(' '),
          years,
          points: summary.map((row) => ({ value: row.medianValue, estimated: row.estimated })),
          table: {
            rowHeader: labels.rowHeader,
            columns: ageColumns,
            rows: summary.map((row) => ({ label: row.year, cells: [row.median, row.minorsShare] })),
            totals: null,
          },
        },
        {
          kind: 'bars',
          id: 'cijfers-leeftijdsgroepen',
          title: t('figures.charts.ageBands'),
          summary: printed
            ? t('figures.summary.bandsPrinted')
            : shares
              ? t('figures.summary.bands', {
                  first: formatShare(shares.first.value),
                  firstYear: shares.first.year,
                  last: formatShare(shares.last.value),
                  lastYear: shares.last.year,
                })
              : t('figures.summary.bandsNone'),
          years: bandsTable.rows,
          series: bandSeries,
          yLabel: printed ? t('figures.axes.signals') : t('figures.axes.share'),
          shares: !printed,
          table: bandsTable.table,
        },
      ],
    },
    {
      id: 'ideologie-ernst',
      title: t('figures.groups.content'),
      figures: [listFigure('ideologie', CATEGORY_COLORS), listFigure('ernst', SEVERITY_COLORS)],
    },
    {
      id: 'uitkomsten',
      title: t('figures.groups.outcomes'),
      figures: [
        {
          kind: 'bars',
          id: 'cijfers-uitkomsten',
          title: t('figures.charts.outcomes'),
          summary: t('figures.summary.outcomes', { total: outcomesTable.table.totals?.cells.at(-1) ?? '' }),
          years: outcomesTable.rows,
          series: seriesOf(outcomes, outcomesTable, CATEGORY_COLORS, hiddenLabel),
          yLabel: t('figures.axes.cases'),
          shares: false,
          table: outcomesTable.table,
        },
      ],
    },
    {
      id: 'plaatsen',
      title: t('figures.groups.places'),
      figures: [
        {
          kind: 'places',
          id: 'cijfers-regios',
          title: t('figures.charts.regions'),
          summary: t('figures.summary.regions'),
          places: regionsTable.rows,
          counts: regionsTable.shown.map((row) => row[0] ?? null),
          placeLabel: t('figures.axes.region'),
          table: regionsTable.table,
        },
        {
          kind: 'places',
          id: 'cijfers-gemeenten',
          title: t('figures.charts.gemeenten'),
          summary: t(
            gemeenten.rows.length < gemeenteCount ? 'figures.summary.gemeenten' : 'figures.summary.gemeentenAll',
            {
              count: formatNumber(gemeenten.rows.length),
              all: formatNumber(gemeenteCount),
            },
          ),
          places: gemeentenTable.rows,
          counts: gemeentenTable.shown.map((row) => row[0] ?? null),
          placeLabel: t('figures.axes.gemeente'),
          table: gemeentenTable.table,
        },
      ],
    },
  ];
}
