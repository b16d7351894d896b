// The published year figures (src-shared/ipc/figures.ts `PublishedFigures`, protected in core)
// worded as tables for a reader: the export's sheets (core, in Dutch) and the province view and its
// printed report (the renderer, in the user's language) come from this one function, so that
// they show the same protected numbers under the same headings and footnotes.
import type { ExportTable, PublishedCounts, PublishedFigures } from './figures';

/** The words: `t` reads keys of the shared (common) messages; the list labels by code. */
export interface FigureWords {
  t: (key: string) => string;
  ideologie: ReadonlyMap<string, string>;
  ernst: ReadonlyMap<string, string>;
}

/** A group of originals as one label: "2016–2017" for rows, "a / b" for columns (disclosure/coarsen). */
const joined = (labels: string[], group: number[], mark: string) =>
  group.length === 1 ? labels[group[0]!]! : `${labels[group[0]!]!}${mark}${labels[group.at(-1)!]!}`;

function countTable(
  id: 'ideologie' | 'age' | 'ernst' | 'outcomes',
  table: PublishedCounts,
  columnLabel: (code: string) => string,
  t: FigureWords['t'],
): ExportTable {
  const single = table.rowTotals === null;
  const columns = table.columns.map(columnLabel);
  return {
    sheet: t(`figures.sheets.${id}`),
    title: t(`figures.tables.${id}`),
    header: [
      t('figures.year'),
      ...table.columnGroups.map((group) => joined(columns, group, ' / ')),
      ...(single ? [] : [t('figures.total')]),
    ],
    rows: [
      ...table.rowGroups.map((group, r) => [
        joined(table.rows, group, '–'),
        ...table.cells[r]!,
        ...(single ? [] : [table.rowTotals![r]!]),
      ]),
      [t('figures.total'), ...table.columnTotals, ...(single ? [] : [table.grandTotal!])],
    ],
    totals: true,
    notes: table.notes.map(t),
  };
}

const decimal = (value: number) => String(value).replace('.', ',');

export function figureTables(published: PublishedFigures, words: FigureWords): ExportTable[] {
  const { t } = words;
  const list = (field: 'ideologie' | 'ernst') => (code: string) => words[field].get(code) ?? code;
  const band = (code: string) => (code === 'onbekend' ? t('figures.unknownAge') : code);
  const outcome = (code: string) => t(`caseOutcomes.${code}`);
  const { gemeenten } = published;
  return [
    countTable('ideologie', published.ideologie, list('ideologie'), t),
    countTable('age', published.age, band, t),
    countTable('ernst', published.ernst, list('ernst'), t),
    countTable('outcomes', published.outcomes, outcome, t),
    {
      sheet: t('figures.sheets.gemeente'),
      title: t('figures.tables.gemeente'),
      header: [t('figures.gemeente'), t('figures.signals')],
      rows: [...gemeenten.rows.map((name, r) => [name, gemeenten.cells[r]!]), [t('figures.total'), gemeenten.total]],
      totals: true,
      notes: gemeenten.notes.map(t),
    },
    {
      sheet: t('figures.sheets.median'),
      title: t('figures.tables.median'),
      header: [t('figures.year'), t('figures.medianAge'), t('figures.minorsShare')],
      notes: [],
      totals: false,
      rows: published.medians.map((y) => [
        String(y.year),
        y.median === null ? '' : `${y.estimated ? '≈' : ''}${decimal(y.median)}`,
        y.minorsShare === null ? '' : `${decimal(Math.round(y.minorsShare * 1000) / 10)}%`,
      ]),
    },
  ];
}
