// A list of what is due for destruction, with a checkbox per row (and one for all). The cases and
// the mentor trajectories each give their columns (with their priorities for a narrow window); the
// row header is the casusnummer or code.
import { Checkbox } from '@mui/material';
import { DataTable, type DataColumn } from '../../kit/DataTable';

export type DueColumn<T> = DataColumn<T>;

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
  const columns: DataColumn<T>[] = [
    {
      key: 'select',
      checkbox: true,
      header: (
        <Checkbox
          checked={all}
          indeterminate={some && !all}
          onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.id)))}
          slotProps={{ input: { 'aria-label': props.selectAllLabel } }}
        />
      ),
      cell: (row) => (
        <Checkbox
          checked={selected.has(row.id)}
          onChange={() => toggle(row.id)}
          slotProps={{ input: { 'aria-label': props.selectLabel(row) } }}
        />
      ),
    },
    { key: 'name', header: props.nameHeader, cell: props.name, rowHeader: true, nowrap: true },
    ...props.columns,
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      labelledBy={props.labelledBy}
      selected={(row) => selected.has(row.id)}
    />
  );
}
