// The consultations of the year, newest first: date, municipality, topic, duration, expert and
// explanation. An expert records a new one and corrects their own; a dialog with fields held over
// a lock opens again after the unlock (for a correction once the year's list is in).
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Alert, Button, IconButton, Skeleton, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { AdviesView } from '../../../src-shared/ipc/experts';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { isHeld, useReopenHeld } from '../../kit/heldDraft';
import { useSession } from '../../kit/session';
import { AdviesDialog } from './AdviesDialog';
import { adviesDraftKey } from './experts';
import { Part } from '../../kit/Part';
import { useDuration } from '../../kit/duration';

export function AdviesSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const duration = useDuration();
  const list = useBridgeQuery('experts:advies', { year, gemeenteId: null, accountId: null });
  const mayRecord = canUse('experts:save-advies', user);
  const [editing, setEditing] = useState<AdviesView | 'new' | null>(() =>
    isHeld(adviesDraftKey(null)) ? 'new' : null,
  );
  // A correction held over a lock is of an advies in the list: its dialog opens when the list first arrives.
  useReopenHeld(
    list.data,
    (advies) => adviesDraftKey(advies.id),
    (held) => setEditing((current) => current ?? held),
  );
  const header = (column: string) => t(`experts.advies.columns.${column}`);
  const columns: DataColumn<AdviesView>[] = [
    { key: 'datum', header: header('datum'), cell: (advies) => formatDate(advies.datum), nowrap: true },
    { key: 'gemeente', header: header('gemeente'), cell: (advies) => advies.gemeente.name },
    { key: 'onderwerp', header: header('onderwerp'), cell: (advies) => t(`experts.onderwerp.${advies.onderwerp}`) },
    {
      key: 'duur',
      header: header('duur'),
      cell: (advies) => duration(advies.duurMinuten),
      nowrap: true,
      priority: 2,
    },
    { key: 'expert', header: header('expert'), cell: (advies) => advies.expert.displayName, priority: 2 },
    {
      key: 'toelichting',
      header: header('toelichting'),
      cell: (advies) => advies.toelichting || '–',
      style: { whiteSpace: 'pre-wrap', maxWidth: 360 },
      priority: 3,
    },
  ];
  if (mayRecord)
    columns.push({
      key: 'edit',
      header: t('experts.advies.columns.edit'),
      headerHidden: true,
      alignRight: true,
      cell: (advies) =>
        advies.expert.id === user?.id ? (
          <IconButton
            aria-label={t('experts.advies.edit', {
              gemeente: advies.gemeente.name,
              datum: formatDate(advies.datum),
            })}
            onClick={() => setEditing(advies)}
          >
            <EditOutlined aria-hidden />
          </IconButton>
        ) : null,
    });
  return (
    <Part
      id="adviezen"
      title={t('experts.advies.heading', { year })}
      action={
        mayRecord ? (
          <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('experts.advies.add')}
          </Button>
        ) : null
      }
    >
      {list.error ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {list.data && list.data.length === 0 ? (
        <Typography color="text.secondary">{t('experts.advies.empty', { year })}</Typography>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <DataTable
          columns={columns}
          rows={list.data}
          rowKey={(advies) => advies.id}
          label={t('experts.advies.table', { year })}
        />
      ) : null}
      {editing ? <AdviesDialog advies={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Part>
  );
}
