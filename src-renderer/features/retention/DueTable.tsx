// A list of what is due for destruction, with a checkbox per row (and one for all rows shown). The
// cases and the mentor trajectories each give their columns (with their priorities for a narrow
// window); the row header is the casusnummer or code. A long list shows 50 rows at a time; the
// checkbox in the header takes only the rows on screen, so nothing unseen is chosen for destruction.
import { Checkbox } from '@mui/material';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { ShowMore, useShowMore } from '../../kit/ShowMore';

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
  const { selected, onSelect } = props;
  const page = useShowMore(props.rows, props.rows.length);
  const rows = page.shown;
  const all = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const some = rows.some((row) => selected.has(row.id));
  const selectShown = (on: boolean) => {
    const next = new Set(selected);
    for (const row of rows) {
      if (on) next.add(row.id);
      else next.delete(row.id);
    }
    onSelect(next);
  };
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
          onChange={() => selectShown(!all)}
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
    <>
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        labelledBy={props.labelledBy}
        selected={(row) => selected.has(row.id)}
      />
      <ShowMore shown={rows.length} total={page.total} step={page.step} more={page.more} framed />
    </>
  );
}
