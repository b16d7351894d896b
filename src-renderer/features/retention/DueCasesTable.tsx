// The cases whose retention period has ended, with a checkbox each (and one for all): casusnummer,
// closing date, end of the retention period, outcome, region, and whether the person stays.
import { Checkbox, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { DueCase } from '../../../src-shared/ipc/retention';

const COLUMNS = ['number', 'closedAt', 'retentionUntil', 'outcome', 'region', 'person'] as const;

/** "2031-11-29" -> "29-11-2031" without a Date: no time zone can move a calendar day. */
function day(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : formatDate(iso);
}

interface DueCasesTableProps {
  cases: DueCase[];
  selected: ReadonlySet<number>;
  onSelect: (ids: ReadonlySet<number>) => void;
}

export function DueCasesTable({ cases, selected, onSelect }: DueCasesTableProps) {
  const { t } = useTranslation();
  const all = cases.length > 0 && cases.every((c) => selected.has(c.id));
  const some = cases.some((c) => selected.has(c.id));
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };
  return (
    <Table size="small" aria-labelledby="bewaartermijn-lijst">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <Checkbox
              checked={all}
              indeterminate={some && !all}
              onChange={() => onSelect(all ? new Set() : new Set(cases.map((c) => c.id)))}
              slotProps={{ input: { 'aria-label': t('retention.selectAll') } }}
            />
          </TableCell>
          {COLUMNS.map((column) => (
            <TableCell key={column} component="th" scope="col">
              {t(`retention.columns.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {cases.map((due) => (
          <TableRow key={due.id} selected={selected.has(due.id)}>
            <TableCell padding="checkbox">
              <Checkbox
                checked={selected.has(due.id)}
                onChange={() => toggle(due.id)}
                slotProps={{ input: { 'aria-label': t('retention.select', { number: due.number }) } }}
              />
            </TableCell>
            <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
              {due.number}
            </TableCell>
            <TableCell>{formatDate(due.closedAt)}</TableCell>
            <TableCell>{day(due.retentionUntil)}</TableCell>
            <TableCell>{due.outcome ? t(`common:caseOutcomes.${due.outcome}`) : t('retention.noOutcome')}</TableCell>
            <TableCell>{due.region}</TableCell>
            <TableCell>{due.personKept ? t('retention.personKept') : t('retention.personRemoved')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
