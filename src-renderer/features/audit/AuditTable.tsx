// Audit entries as a table, on screen and on the printed sheet alike: nr., tijdstip (with
// seconds), gebruiker, actie, object, resultaat and reden, in readable Dutch. In a narrow window
// nr., object, resultaat and reden step back under the tijdstip; the printed sheet keeps them all.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { AuditEntryView } from '../../../src-shared/ipc/audit';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { actionLabel, objectTypeLabel, resultLabel } from './labels';

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
    { key: 'actor', header: t('audit.columns.actor'), cell: (entry) => entry.actorName ?? t('audit.nobody') },
    { key: 'action', header: t('audit.columns.action'), cell: (entry) => actionLabel(t, exists, entry.action) },
    {
      key: 'object',
      header: t('audit.columns.object'),
      cell: (entry) =>
        entry.objectType
          ? `${objectTypeLabel(t, exists, entry.objectType)}${entry.objectId ? ` ${entry.objectId}` : ''}`
          : null,
      priority: 2,
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
