// A list as a real table (<th scope>, a name for screen readers) whose columns have priorities:
// when the table gets narrow (a small window, a side panel) the lesser columns step back and their
// facts appear stacked under the row's first cell, so nothing is out of reach and the page never
// scrolls sideways. On a printed sheet every column stays (allColumns). When even the columns that
// always show do not fit (a 320 px window, WCAG 1.4.10), the table scrolls sideways in a region of
// its own (ScrollRegion).
import { Box, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, type SxProps } from '@mui/material';
import { useState, type CSSProperties, type ReactNode } from 'react';
import { shownColumns, type Priority } from './columns';
import { ScrollRegion } from './ScrollRegion';

export interface DataColumn<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** 1 (the default): always shown; 2: hidden in a narrow table; 3: hidden first. */
  priority?: Priority;
  /** The cell that names the row (<th scope="row">); at most one column. */
  rowHeader?: boolean;
  /** A number: right-aligned, with figures of equal width. */
  numeric?: boolean;
  /** Kept on one line (dates: "06-12-2026" must not break at its hyphens). */
  nowrap?: boolean;
  /** The header is said to screen readers only (a column of buttons). */
  headerHidden?: boolean;
  /** A column of checkboxes. */
  checkbox?: boolean;
  /** Set to the right (a row's menu button). */
  alignRight?: boolean;
  /** The body cells' own style (how long text wraps, a greatest width). */
  style?: CSSProperties;
}

interface DataTableProps<T> {
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** The table's name: the id of its heading, or the words themselves. */
  labelledBy?: string;
  label?: string;
  /** The id of a text that explains the table. */
  describedBy?: string;
  size?: 'small' | 'medium';
  /** A row shown as chosen (a ticked checkbox). */
  selected?: (row: T) => boolean;
  /** A totals row: the label spans the columns before the first total. */
  footer?: { label: ReactNode; totals: Readonly<Record<string, ReactNode>> };
  /** Every column whatever the width (a printed sheet). */
  allColumns?: boolean;
  /** Rows light up under the pointer (a row that opens something). */
  hover?: boolean;
  /** The table's own style (background, greatest width, room below). */
  sx?: SxProps;
}

const NUMBER = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

function cellSx<T>(column: DataColumn<T>): SxProps {
  return {
    ...(column.numeric ? NUMBER : {}),
    ...(column.alignRight ? { textAlign: 'right' } : {}),
    ...(column.nowrap ? { whiteSpace: 'nowrap' } : {}),
    ...column.style,
  };
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  labelledBy,
  label,
  describedBy,
  size = 'small',
  selected,
  footer,
  allColumns = false,
  hover = false,
  sx,
}: DataTableProps<T>) {
  const [measured, setWidth] = useState<number | null>(null);
  const width = allColumns ? null : measured;
  const shown = shownColumns(columns, width);
  const hidden = columns.filter((column) => !shown.includes(column));
  // The hidden facts go with the cell that names the row, else with the first cell that says something.
  const host = shown.find((column) => column.rowHeader) ?? shown.find((column) => !column.checkbox) ?? shown[0];
  const firstTotal = footer ? shown.findIndex((column) => column.key in footer.totals) : -1;
  const span = firstTotal === -1 ? shown.length : firstTotal;
  const hiddenTotals = footer
    ? hidden.filter((column) => footer.totals[column.key] !== null && footer.totals[column.key] !== undefined)
    : [];

  return (
    <ScrollRegion labelledBy={labelledBy} label={label} onWidth={setWidth}>
      <Table size={size} aria-labelledby={labelledBy} aria-label={label} aria-describedby={describedBy} sx={sx}>
        <TableHead>
          <TableRow>
            {shown.map((column) => (
              <TableCell
                key={column.key}
                component="th"
                scope="col"
                padding={column.checkbox ? 'checkbox' : undefined}
                sx={column.numeric ? NUMBER : undefined}
              >
                {column.headerHidden ? <span className="visually-hidden">{column.header}</span> : column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} selected={selected?.(row)} hover={hover}>
              {shown.map((column) => (
                <TableCell
                  key={column.key}
                  component={column.rowHeader ? 'th' : 'td'}
                  scope={column.rowHeader ? 'row' : undefined}
                  padding={column.checkbox ? 'checkbox' : undefined}
                  sx={cellSx(column)}
                >
                  {column.cell(row)}
                  {column === host && hidden.length > 0 ? (
                    <HiddenFacts columns={hidden} value={(hiddenColumn) => hiddenColumn.cell(row)} />
                  ) : null}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
        {footer ? (
          <TableFooter sx={{ '& th, & td': { typography: 'body2', fontWeight: 600, color: 'text.primary' } }}>
            <TableRow>
              {span > 0 ? (
                <TableCell component="th" scope="row" colSpan={span}>
                  {footer.label}
                  {hiddenTotals.length > 0 ? (
                    <HiddenFacts columns={hiddenTotals} value={(column) => footer.totals[column.key]} />
                  ) : null}
                </TableCell>
              ) : null}
              {shown.slice(span).map((column) => (
                <TableCell key={column.key} sx={cellSx(column)}>
                  {footer.totals[column.key]}
                </TableCell>
              ))}
            </TableRow>
          </TableFooter>
        ) : null}
      </Table>
    </ScrollRegion>
  );
}

/** The facts of the columns a narrow table leaves out, as "header: value" lines. */
function HiddenFacts<T>({
  columns,
  value,
}: {
  columns: readonly DataColumn<T>[];
  value: (column: DataColumn<T>) => ReactNode;
}) {
  return (
    <Box
      component="span"
      sx={{
        display: 'block',
        mt: 0.5,
        typography: 'body2',
        color: 'text.secondary',
        fontWeight: 'normal',
        whiteSpace: 'normal',
      }}
    >
      {columns.map((column) => {
        const shown = value(column);
        // An empty fact (no reason given, no object) is left out, not said as "Reden:".
        if (shown === null || shown === undefined || shown === '' || shown === false) return null;
        return (
          <Box component="span" key={column.key} sx={{ display: 'block' }}>
            {column.header}: {shown}
          </Box>
        );
      })}
    </Box>
  );
}
