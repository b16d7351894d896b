// Audit entries as a table, on screen and on the printed sheet alike: nr., tijdstip (with
// seconds), gebruiker (the display name, the login name under it), actie (its description, never
// the channel name), object (its name: casusnummer, meeting title and date), resultaat and reden,
// in readable Dutch. In a narrow window nr., resultaat and reden step back under the tijdstip; the
// printed sheet keeps them all.
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { actionLabel, objectLabel, resultLabel } from './labels';

/** The display name, with the login name (as the row stored it) under it and in the tooltip. */
function Actor({ entry, nobody }: { entry: AuditEntryView; nobody: string }) {
  if (!entry.actorName) return <>{nobody}</>;
  if (!entry.actorDisplayName || entry.actorDisplayName === entry.actorName) return <>{entry.actorName}</>;
  return (
    <Box component="span" title={entry.actorName}>
      {entry.actorDisplayName}
      <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
        {entry.actorName}
      </Typography>
    </Box>
  );
}

interface AuditTableProps {
  entries: AuditEntryView[];
  labelledBy: string;
  /** On the printed sheet: every column, whatever the width. */
  printed?: boolean;
}

export function AuditTable({ entries, labelledBy, printed = false }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const columns: DataColumn<AuditEntryView>[] = [
    { key: 'nr', header: t('audit.columns.nr'), cell: (entry) => entry.id, priority: 3 },
    { key: 'at', header: t('audit.columns.at'), cell: (entry) => formatDateTime(entry.at, true), nowrap: true },
    {
      key: 'actor',
      header: t('audit.columns.actor'),
      cell: (entry) => <Actor entry={entry} nobody={t('audit.nobody')} />,
    },
    { key: 'action', header: t('audit.columns.action'), cell: (entry) => actionLabel(t, exists, entry.action) },
    {
      key: 'object',
      header: t('audit.columns.object'),
      cell: (entry) => objectLabel(t, exists, entry),
    },
    {
      key: 'result',
      header: t('audit.columns.result'),
      cell: (entry) => resultLabel(t, exists, entry.result),
      priority: 2,
    },
    { key: 'reason', header: t('audit.columns.reason'), cell: (entry) => entry.reason, priority: 3 },
  ];
  return (
    <DataTable
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      labelledBy={labelledBy}
      allColumns={printed}
    />
  );
}
