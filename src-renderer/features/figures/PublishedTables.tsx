// The published tables (the province view, and its printed report): each under its own heading
// with its footnotes, the same tables and marks as the export ("<5", "x", merged rows and columns).
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ExportTable } from '../../../src-shared/ipc/figures';
import { FigureTable } from './FigureTable';
import { formatNumber, NO_FIGURE } from './numbers';
import type { TableModel } from './tables';

const text = (cell: string | number) => (typeof cell === 'number' ? formatNumber(cell) : cell || NO_FIGURE);

/** A published table as the figures' table model (its header row, body and totals). */
export function tableModel(table: ExportTable): TableModel {
  const rows = table.rows.map(([label, ...cells]) => ({
    label: String(label),
    cells: cells.map(text),
  }));
  return {
    rowHeader: table.header[0] ?? '',
    columns: table.header.slice(1),
    rows: table.totals ? rows.slice(0, -1) : rows,
    totals: table.totals ? rows.at(-1)! : null,
  };
}

export function PublishedTables({ tables, printed }: { tables: ExportTable[]; printed: boolean }) {
  const { t } = useTranslation();
  return tables.map((table, index) => {
    const id = `beveiligd-${index}`;
    return (
      <Box
        key={table.sheet}
        component="section"
        aria-labelledby={`${id}-titel`}
        sx={{ mb: printed ? 2 : 4, breakInside: 'avoid', overflowX: 'auto' }}
      >
        <Typography variant="h2" id={`${id}-titel`} sx={{ mt: printed ? 1 : 3, mb: 1, fontSize: '1.15rem' }}>
          {table.title}
        </Typography>
        <FigureTable
          table={tableModel(table)}
          caption={t('figures.tableCaption', { title: table.title })}
          dense={printed}
        />
        {table.notes.length ? (
          <Box component="ul" sx={{ mt: 1, mb: 0, pl: 2.5, maxWidth: '90ch' }}>
            {table.notes.map((note) => (
              <Typography key={note} component="li" variant="body2">
                {note}
              </Typography>
            ))}
          </Box>
        ) : null}
      </Box>
    );
  });
}
