// Netwerk en bekendheid: the activities that make the project known and bring signals in early
// (voorlichting, netwerkbijeenkomst, training for professionals), a year at a time, with the form
// that records or changes one.
import { Button } from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../src-shared/domain/format';
import type { ActivityView } from '../../../src-shared/ipc/mentoring';
import { useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { useReopenHeld } from '../../kit/heldDraft';
import { activityDraftKey } from './heldDrafts';
import { ActivityForm } from './ActivityForm';
import { useRegions } from './hooks';
import { YearSection } from './YearSection';

export function ActivitiesTab() {
  const { t } = useTranslation();
  const { regionName } = useRegions();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [editing, setEditing] = useState<ActivityView | null>(null);
  const activities = useBridgeQuery(
    'mentoring:activities',
    { year },
    { staleTime: 0, placeholderData: keepPreviousData },
  );
  // An activity changed and not saved at a lock: its form opens again once the year's list is in.
  useReopenHeld(
    activities.data,
    (activity) => activityDraftKey(activity.id),
    (held) => setEditing((current) => current ?? held),
  );
  const columns: DataColumn<ActivityView>[] = [
    {
      key: 'datum',
      header: t('mentoring.activities.columns.datum'),
      cell: (activity) => formatDate(activity.datum),
      nowrap: true,
    },
    {
      key: 'type',
      header: t('mentoring.activities.columns.type'),
      cell: (activity) => t(`mentoring.activityTypes.${activity.type}`),
      priority: 2,
    },
    {
      key: 'titel',
      header: t('mentoring.activities.columns.titel'),
      cell: (activity) => activity.titel,
      rowHeader: true,
    },
    {
      key: 'doelgroep',
      header: t('mentoring.activities.columns.doelgroep'),
      cell: (activity) => activity.doelgroep || '—',
      priority: 3,
    },
    {
      key: 'regio',
      header: t('mentoring.activities.columns.regio'),
      cell: (activity) => regionName(activity.regionId),
      priority: 3,
    },
    {
      key: 'bereik',
      header: t('mentoring.activities.columns.bereik'),
      cell: (activity) => formatNumber(activity.bereik),
      numeric: true,
      priority: 2,
    },
    {
      key: 'signalen',
      header: t('mentoring.activities.columns.signalen'),
      cell: (activity) => formatNumber(activity.signalen),
      numeric: true,
      priority: 2,
    },
    {
      key: 'wijzigen',
      header: t('mentoring.activities.columns.wijzigen'),
      cell: (activity) => (
        <Button
          size="small"
          onClick={() => setEditing(activity)}
          aria-label={t('mentoring.activities.edit', { titel: activity.titel })}
        >
          {t('mentoring.change')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <ActivityForm key={editing?.id ?? 'nieuw'} activity={editing} onDone={() => setEditing(null)} />
      <YearSection
        id="activiteiten-kop"
        yearId="activiteiten-jaar"
        heading={t('mentoring.activities.heading', { year })}
        yearLabel={t('mentoring.activities.year')}
        year={year}
        onYear={setYear}
        rows={activities.data}
        pending={activities.isPending}
        error={activities.error}
        empty={t('mentoring.activities.empty', { year })}
      >
        {(rows) => (
          <DataTable
            columns={columns}
            rows={rows}
            rowKey={(activity) => activity.id}
            labelledBy="activiteiten-kop"
            footer={{
              label: t('mentoring.activities.total', { count: rows.length, n: formatNumber(rows.length) }),
              totals: {
                bereik: formatNumber(rows.reduce((n, a) => n + a.bereik, 0)),
                signalen: formatNumber(rows.reduce((n, a) => n + a.signalen, 0)),
                wijzigen: null,
              },
            }}
          />
        )}
      </YearSection>
    </>
  );
}
