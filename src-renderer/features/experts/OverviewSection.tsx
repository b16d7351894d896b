// The year overview: totals, then per municipality (every one, also those without consultations,
// so gaps show; a switch narrows it to those with consultations) the experts, number of
// consultations, time and topics; and per expert.
import { Alert, FormControlLabel, Skeleton, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import type { AdviesFigures, ExpertOverview } from '../../../src-shared/ipc/experts';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { regionName, useReferenceData } from '../lists';
import { topicsInOrder } from './experts';
import { Part } from '../../kit/Part';
import { useDuration } from '../../kit/duration';

export function OverviewSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const duration = useDuration();
  const overview = useBridgeQuery('experts:overview', { year });
  const [onlyWithAdvice, setOnlyWithAdvice] = useState(false);
  const data = overview.data;
  const header = (column: string) => t(`experts.overview.columns.${column}`);
  // The figures of both tables: the number of consultations and the time they took.
  const count: DataColumn<AdviesFigures> = {
    key: 'count',
    header: header('count'),
    cell: (row) => formatNumber(row.count),
    numeric: true,
  };
  const time: DataColumn<AdviesFigures> = {
    key: 'time',
    header: header('time'),
    cell: (row) => (row.count ? duration(row.minutes) : '–'),
  };
  const gemeenteColumns: DataColumn<ExpertOverview['perGemeente'][number]>[] = [
    { key: 'gemeente', header: header('gemeente'), cell: (row) => row.name, rowHeader: true },
    { key: 'region', header: header('region'), cell: (row) => regionName(reference, row.regionId), priority: 3 },
    { key: 'experts', header: header('experts'), cell: (row) => (row.experts.length ? row.experts.join(', ') : '–') },
    count,
    time,
    {
      key: 'topics',
      header: header('topics'),
      cell: (row) =>
        topicsInOrder(row.onderwerpen)
          .map(([onderwerp, n]) => t('experts.overview.topic', { topic: t(`experts.onderwerp.${onderwerp}`), n }))
          .join(', ') || '–',
      priority: 2,
    },
  ];
  const expertColumns: DataColumn<ExpertOverview['perExpert'][number]>[] = [
    { key: 'expert', header: header('expert'), cell: (row) => row.displayName, rowHeader: true },
    count,
    time,
  ];
  return (
    <Part id="overzicht" title={t('experts.overview.heading', { year })}>
      {overview.error ? <Alert severity="error">{describeError(t, overview.error)}</Alert> : null}
      {overview.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {data ? (
        <>
          <Typography role="status" sx={{ mb: 2 }}>
            {t('experts.overview.totals', {
              count: data.totals.count,
              gemeenten: t('experts.overview.gemeenten', { count: data.totals.gemeenten }),
              duration: duration(data.totals.minutes),
              year,
            })}
          </Typography>
          <FormControlLabel
            control={<Switch checked={onlyWithAdvice} onChange={(e) => setOnlyWithAdvice(e.target.checked)} />}
            label={t('experts.overview.onlyWithAdvice')}
            sx={{ mb: 1 }}
          />
          <DataTable
            columns={gemeenteColumns}
            rows={onlyWithAdvice ? data.perGemeente.filter((row) => row.count > 0) : data.perGemeente}
            rowKey={(row) => row.gemeenteId}
            label={t('experts.overview.perGemeente', { year })}
            sx={{ mb: 3 }}
          />
          <DataTable
            columns={expertColumns}
            rows={data.perExpert}
            rowKey={(row) => row.accountId}
            label={t('experts.overview.perExpert', { year })}
            sx={{ maxWidth: 640 }}
          />
        </>
      ) : null}
    </Part>
  );
}
