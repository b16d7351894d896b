// The table of one kind of moment (contact, evaluation, support): a caption, column headings and
// one row per moment, oldest first, with who recorded it.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function MomentTable({
  label,
  empty,
  columns,
  rows,
}: {
  label: string;
  empty: string;
  columns: string[];
  rows: { key: number; cells: ReactNode[] }[];
}) {
  if (rows.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column} component="th" scope="col">
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell, i) => (
              <TableCell key={i} sx={{ whiteSpace: i === 0 ? 'nowrap' : 'pre-wrap', maxWidth: 480 }}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
