// The table of one kind of moment (contact, evaluation, support): a caption, column headings and
// one row per moment, oldest first, with who recorded it.
import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, type DataColumn } from '../../kit/DataTable';

interface MomentRow {
  key: number;
  cells: ReactNode[];
}

export function MomentTable({
  label,
  empty,
  columns,
  rows,
}: {
  label: string;
  empty: string;
  columns: string[];
  rows: MomentRow[];
}) {
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  const dataColumns: DataColumn<MomentRow>[] = columns.map((header, i) => ({
    key: String(i),
    header,
    cell: (row) => row.cells[i],
    // The date stays on one line; notes keep their line breaks.
    style: { whiteSpace: i === 0 ? 'nowrap' : 'pre-wrap', maxWidth: 480 },
  }));
  return <DataTable columns={dataColumns} rows={rows} rowKey={(row) => row.key} label={label} />;
}
