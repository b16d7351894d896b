// Audit entries as a table, on screen and on the printed sheet alike: nr., tijdstip (with
// seconds), gebruiker, actie, object, resultaat and reden, in readable Dutch.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import { actionLabel, objectTypeLabel, resultLabel } from './labels';

const COLUMNS = ['nr', 'at', 'actor', 'action', 'object', 'result', 'reason'] as const;

export function AuditTable({ entries, labelledBy }: { entries: AuditEntryView[]; labelledBy: string }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableCell key={column} component="th" scope="col">
              {t(`audit.columns.${column}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>{entry.id}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, true)}</TableCell>
            <TableCell>{entry.actorName ?? t('audit.nobody')}</TableCell>
            <TableCell>{actionLabel(t, exists, entry.action)}</TableCell>
            <TableCell>
              {entry.objectType
                ? `${objectTypeLabel(t, exists, entry.objectType)}${entry.objectId ? ` ${entry.objectId}` : ''}`
                : null}
            </TableCell>
            <TableCell>{resultLabel(t, exists, entry.result)}</TableCell>
            <TableCell>{entry.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
