// A small table of figures: a caption, column headings, a row heading per row, numbers right-aligned.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

export interface SimpleRow {
  key: string;
  label: string;
  cells: string[];
}

export function SimpleTable({
  caption,
  rowHeader,
  columns,
  rows,
}: {
  caption: string;
  rowHeader: string;
  columns: string[];
  rows: SimpleRow[];
}) {
  return (
    <Table
      size="small"
      sx={{
        '& caption': { captionSide: 'top', textAlign: 'left', px: 0, pt: 0, color: 'text.primary', fontWeight: 600 },
        '& td': { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
        '& thead th:not(:first-of-type)': { textAlign: 'right' },
      }}
    >
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {rowHeader}
          </TableCell>
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
            <TableCell component="th" scope="row" sx={{ minWidth: 200 }}>
              {row.label}
            </TableCell>
            {row.cells.map((cell, i) => (
              <TableCell key={i}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
