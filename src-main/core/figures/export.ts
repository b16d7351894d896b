// The year figures as tables for export (CSV and XLSX), every count table through disclosure
// control (src-shared/domain/disclosure): counts below 5 become "<5", enough others "x" that no
// hidden count can be narrowed down from the totals, and the footnotes that say so under each
// table. Medians of years with fewer than 5 signals are left out for the same reason.
import { newWorkbook } from '../export/workbook';
import { AGE_BANDS } from '../../../src-shared/domain/age';
import { CASE_OUTCOMES } from '../../../src-shared/domain/casus';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { Dashboard } from '../../../src-shared/ipc/figures';
import {
  disclosureNotes,
  PRIMARY,
  publishLinked,
  publishPlaces,
  publishTable,
  type LabelledTable,
  type PublishedTable,
  SECONDARY,
  SMALL_CELL,
  type PublishedCell,
} from '../../../src-shared/domain/disclosure';
import { toCsv } from '../export/csv';

export interface ExportTable {
  /** The worksheet name (Excel allows 31 characters). */
  sheet: string;
  title: string;
  header: string[];
  rows: (string | PublishedCell)[][];
  /** Footnotes under the table (what its marks mean, what was hidden or merged). */
  notes: string[];
}

const t = (key: string) => formatMessage('nl', key);

type Columns = { code: string; label: string }[];

function countInput(rows: string[], columns: Columns, count: (row: number, code: string) => number): LabelledTable {
  return {
    rows,
    columns: columns.map((c) => c.label),
    counts: rows.map((_, r) => columns.map((c) => count(r, c.code))),
    // A single column needs no row totals: they would repeat it.
    rowTotals: columns.length > 1,
  };
}

function formatTable(sheet: string, title: string, rowLabel: string, table: PublishedTable): ExportTable {
  const single = !table.rowTotals;
  return {
    sheet,
    title,
    header: [rowLabel, ...table.columns, ...(single ? [] : [t('figures.total')])],
    rows: [
      ...table.rows.map((label, r) => [label, ...table.cells[r]!, ...(single ? [] : [table.rowTotals![r]!])]),
      [t('figures.total'), ...table.columnTotals, ...(single ? [] : [table.grandTotal!])],
    ],
    notes: disclosureNotes(table).map(t),
  };
}

/**
 * Signals per municipality, protected per region (the region counts give each region's sum; see
 * src-shared/domain/disclosure/places): by name — never ranked by count, where a hidden count
 * would be given away by its neighbours.
 */
function placesTable(dashboard: Dashboard, regionOf: Map<number, number>): ExportTable {
  const places = dashboard.perGemeente
    .filter((g) => g.count > 0)
    .map((g) => ({ name: g.name, count: g.count, regionId: regionOf.get(g.id) ?? 0 }));
  const published = publishPlaces(places);
  const total = places.reduce((sum, p) => sum + p.count, 0);
  return {
    sheet: t('figures.sheets.gemeente'),
    title: t('figures.tables.gemeente'),
    header: [t('figures.gemeente'), t('figures.signals')],
    rows: [
      ...published.rows.map((name, r) => [name, published.cells[r]!]),
      [t('figures.total'), total > 0 && total < SMALL_CELL ? PRIMARY : total],
    ],
    notes: [...new Set(published.blocks.flatMap(disclosureNotes))].map(t),
  };
}

export function exportTables(
  dashboard: Dashboard,
  labels: { ideologie: Map<string, string>; ernst: Map<string, string> },
  regionOf: Map<number, number> = new Map(),
): ExportTable[] {
  const years = dashboard.years.map((y) => String(y.year));
  const codes = (field: 'ideologie' | 'ernst') => {
    const seen = new Set(dashboard.years.flatMap((y) => Object.keys(y[field])));
    const ordered = [...labels[field].keys()].filter((code) => seen.has(code));
    return [...ordered, ...[...seen].filter((code) => !labels[field].has(code))].map((code) => ({
      code,
      label: labels[field].get(code) ?? code,
    }));
  };
  const ageColumns = [...AGE_BANDS, 'onbekend' as const].map((band) => ({
    code: band,
    label: band === 'onbekend' ? t('figures.unknownAge') : band,
  }));
  // Ideology, age and severity per year share their row totals (every signal has one of each):
  // published together, so that none prints a yearly total another hides.
  const [ideologie, age, ernst] = publishLinked([
    countInput(years, codes('ideologie'), (r, c) => dashboard.years[r]!.ideologie[c] ?? 0),
    countInput(
      years,
      ageColumns,
      (r, c) => dashboard.years[r]!.ageBands[c as keyof (typeof dashboard.years)[0]['ageBands']],
    ),
    countInput(years, codes('ernst'), (r, c) => dashboard.years[r]!.ernst[c] ?? 0),
  ]);
  // The share of minors with the number of known ages gives the "<18" count: only where the age
  // table shows that year's row whole (not merged, nothing hidden).
  const ageRowShown = new Set(
    age!.rows.filter((_, r) => !age!.cells[r]!.some((cell) => cell === PRIMARY || cell === SECONDARY)),
  );
  const outcomes = countInput(
    years,
    CASE_OUTCOMES.map((code) => ({ code, label: t(`caseOutcomes.${code}`) })),
    (r, c) => dashboard.years[r]!.outcomes[c] ?? 0,
  );
  return [
    formatTable(t('figures.sheets.ideologie'), t('figures.tables.ideologie'), t('figures.year'), ideologie!),
    formatTable(t('figures.sheets.age'), t('figures.tables.age'), t('figures.year'), age!),
    formatTable(t('figures.sheets.ernst'), t('figures.tables.ernst'), t('figures.year'), ernst!),
    formatTable(t('figures.sheets.outcomes'), t('figures.tables.outcomes'), t('figures.year'), publishTable(outcomes)),
    placesTable(dashboard, regionOf),
    {
      sheet: t('figures.sheets.median'),
      title: t('figures.tables.median'),
      header: [t('figures.year'), t('figures.medianAge'), t('figures.minorsShare')],
      notes: [],
      rows: dashboard.years.map((y) =>
        y.signals < SMALL_CELL
          ? [String(y.year), '', '']
          : [
              String(y.year),
              y.ageMedian === null ? '' : `${y.ageMedianEstimated ? '≈' : ''}${String(y.ageMedian).replace('.', ',')}`,
              y.minorsShare === null || !ageRowShown.has(String(y.year))
                ? ''
                : `${String(Math.round(y.minorsShare * 1000) / 10).replace('.', ',')}%`,
            ],
      ),
    },
  ];
}

export function tablesToCsv(tables: ExportTable[], heading: string): Buffer {
  const lines: (string | number)[][] = [[heading], [t('figures.suppressionNote')], []];
  for (const table of tables)
    lines.push([table.title], table.header, ...table.rows, ...table.notes.map((n) => [n]), []);
  return toCsv(
    lines[0]!.map(String),
    lines.slice(1).map((line) => line.map((cell) => (typeof cell === 'number' ? cell : String(cell)))),
  );
}

export async function tablesToXlsx(tables: ExportTable[], heading: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.addRow([heading]).font = { bold: true, size: 13 };
    sheet.addRow([table.title]).font = { bold: true };
    sheet.addRow([t('figures.suppressionNote')]).font = { italic: true, size: 9 };
    sheet.addRow([]);
    const header = sheet.addRow(table.header);
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    for (const row of table.rows) sheet.addRow(row);
    sheet.getRow(sheet.rowCount).font = { bold: true };
    for (const note of table.notes) sheet.addRow([note]).font = { italic: true, size: 9 };
    sheet.columns.forEach((column, index) => {
      column.width = index === 0 ? 28 : 16;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
