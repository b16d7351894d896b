// The year figures as tables for export (CSV and XLSX): the published figures (./published.ts,
// every count table through disclosure control: counts below 5 become "<5", enough others "x" that
// no hidden count can be narrowed down from the totals, and the footnotes that say so under each
// table; medians of years with fewer than 5 signals left out) worded in Dutch by the same function
// as the province view on screen (src-shared/ipc/figure-tables.ts).
import { newWorkbook } from '../export/workbook';
import { figureTables } from '../../../src-shared/ipc/figure-tables';
import { formatMessage } from '../../../src-shared/i18n/messages';
import type { Dashboard, ExportTable, PublishedFigures } from '../../../src-shared/ipc/figures';
import { toCsv } from '../export/csv';
import { publishFigures } from './published';

export type { ExportTable };

const t = (key: string) => formatMessage('nl', key);

type Labels = { ideologie: Map<string, string>; ernst: Map<string, string> };

/** The published figures as the export's tables, in Dutch. */
export function wordedTables(published: PublishedFigures, labels: Labels): ExportTable[] {
  return figureTables(published, { t, ...labels });
}

/** The dashboard published and worded (the lists' order is the labels' order). */
export function exportTables(
  dashboard: Dashboard,
  labels: Labels,
  regionOf: Map<number, number> = new Map(),
): ExportTable[] {
  const years = dashboard.years.map((y) => y.year);
  const published = publishFigures(
    dashboard,
    { fromYear: years[0] ?? 0, toYear: years.at(-1) ?? 0, regionId: null },
    { ideologie: [...labels.ideologie.keys()], ernst: [...labels.ernst.keys()] },
    regionOf,
    [],
  );
  return wordedTables(published, labels);
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
