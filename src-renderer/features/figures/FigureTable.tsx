// A figure's numbers as a table (not the kit's DataTable: every column here is a number of equal weight,
// none may step back): the text alternative of its chart on screen, and the table of the
// printed report. Row headers are real <th scope="row">, numbers are right-aligned in tabular
// figures, the totals sit in <tfoot>.
import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import type { TableModel } from './tables';

// On the A4 sheet the print stylesheet sets every cell left-aligned and tables full width; the
// selectors below are one class stronger, so numbers stay right-aligned and narrow tables narrow.
const NUMBER = 'cijfer';

/** `dense`: the printed report's compact rows (9 pt, little padding), so a chart and its table share a page. */
export function FigureTable({
  table,
  caption,
  dense = false,
}: {
  table: TableModel;
  caption: string;
  dense?: boolean;
}) {
  return (
    <Table
      size="small"
      sx={{
        '&.MuiTable-root': { width: 'auto', minWidth: dense ? 200 : 320 },
        ...(dense ? { '&.MuiTable-root :is(th, td)': { py: '1px', lineHeight: 1.15 } } : {}),
        '& caption': { captionSide: 'top', textAlign: 'left', px: 0, pt: 0, color: 'text.primary', fontWeight: 600 },
        [`& .${NUMBER}`]: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
        // Numbers never break ("<5", "12.345"); long column headings may.
        [`& td.${NUMBER}`]: { whiteSpace: 'nowrap' },
        '& tfoot th, & tfoot td': { typography: 'body2', fontWeight: 600, color: 'text.primary' },
      }}
    >
      <caption>{caption}</caption>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {table.rowHeader}
          </TableCell>
          {table.columns.map((column) => (
            <TableCell key={column} component="th" scope="col" className={NUMBER}>
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {table.rows.map((row) => (
          <TableRow key={row.label}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            {row.cells.map((value, c) => (
              <TableCell key={c} className={NUMBER}>
                {value}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
      {table.totals ? (
        <TableFooter>
          <TableRow>
            <TableCell component="th" scope="row">
              {table.totals.label}
            </TableCell>
            {table.totals.cells.map((value, c) => (
              <TableCell key={c} className={NUMBER}>
                {value}
              </TableCell>
            ))}
          </TableRow>
        </TableFooter>
      ) : null}
    </Table>
  );
}
