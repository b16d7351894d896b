// A list of what is due for destruction, with a checkbox per row (and one for all). The cases and
// the mentor trajectories each give their columns; the row header is the casusnummer or code.
import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { ReactNode } from 'react';

export interface DueColumn<T> {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
}

interface DueTableProps<T extends { id: number }> {
  labelledBy: string;
  rows: readonly T[];
  /** The row header (casusnummer, trajectory code). */
  name: (row: T) => string;
  nameHeader: string;
  columns: readonly DueColumn<T>[];
  selectAllLabel: string;
  selectLabel: (row: T) => string;
  selected: ReadonlySet<number>;
  onSelect: (ids: ReadonlySet<number>) => void;
}

export function DueTable<T extends { id: number }>(props: DueTableProps<T>) {
  const { rows, selected, onSelect } = props;
  const all = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const some = rows.some((row) => selected.has(row.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table size="small" aria-labelledby={props.labelledBy}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={all}
              indeterminate={some && !all}
              onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.id)))}
              slotProps={{ input: { 'aria-label': props.selectAllLabel } }}
            />
          </TableCell>
          <TableCell component="th" scope="col">
            {props.nameHeader}
          </TableCell>
          {props.columns.map((column) => (
            <TableCell key={column.key} component="th" scope="col">
              {column.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} selected={selected.has(row.id)}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.has(row.id)}
                onChange={() => toggle(row.id)}
                slotProps={{ input: { 'aria-label': props.selectLabel(row) } }}
              />
            </TableCell>
            <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
              {props.name(row)}
            </TableCell>
            {props.columns.map((column) => (
              <TableCell key={column.key}>{column.cell(row)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
