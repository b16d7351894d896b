// The year dashboard: mentees guided against the target, active trajectories, mentors trained and
// available, trainings held, contact moments and the network activities with their reach. What is
// "now" in a past year (active, available) is read on 31 December; core says on which day.
import { Alert, Box, LinearProgress, Paper, Skeleton, TextField, Typography } from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { MentorDashboard } from '../../../src-shared/domain/mentoring-dashboard';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { ChartFigure, formatNumber, formatShare, SINGLE_COLOR, YearBarChart } from '../figures';
import { activityRows, keyFigures, targetProgress, yearOptions } from './model';

export function DashboardTab() {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  // Figures change with every record elsewhere: read them afresh, keep the last year on screen.
  const dashboard = useBridgeQuery(
    'mentoring:dashboard',
    { year },
    { staleTime: 0, placeholderData: keepPreviousData },
  );
  return (
    <>
      <TextField
        select
        id="mentor-dashboard-jaar"
        label={t('mentoring.dashboard.year')}
        value={year}
        onChange={(event) => setYear(Number(event.target.value))}
        slotProps={{ select: { native: true } }}
        sx={{ width: 170, mb: 3 }}
      >
        {yearOptions(currentYear).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </TextField>
      {dashboard.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {dashboard.isError ? <Alert severity="error">{describeError(t, dashboard.error)}</Alert> : null}
      {dashboard.data ? <Figures dashboard={dashboard.data} /> : null}
    </>
  );
}

function Figures({ dashboard: d }: { dashboard: MentorDashboard }) {
  const { t } = useTranslation();
  const rows = activityRows(d);
  const typeLabel = (type: string) => t(`mentoring.activityTypes.${type}`);
  return (
    <>
      <Typography role="status" sx={{ mb: 2, fontWeight: 600 }}>
        {d.referenceDay
          ? t('mentoring.dashboard.shown', { year: d.year, day: formatDate(d.referenceDay) })
          : t('mentoring.dashboard.future', { year: d.year })}
      </Typography>
      <Paper variant="outlined" component="section" aria-labelledby="mentees-kop" sx={{ p: 3, mb: 3, maxWidth: 760 }}>
        <Typography variant="h2" id="mentees-kop" sx={{ mb: 1 }}>
          {t('mentoring.dashboard.mentees.heading', { year: d.year })}
        </Typography>
        <Typography sx={{ fontSize: '2rem', fontWeight: 700 }} id="mentees-waarde">
          {t('mentoring.dashboard.mentees.value', {
            guided: formatNumber(d.mentees.guided),
            target: formatNumber(d.target),
          })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={targetProgress(d)}
          aria-labelledby="mentees-kop"
          aria-valuetext={t('mentoring.dashboard.mentees.progress', { share: formatShare(d.mentees.share) })}
          sx={{ height: 10, borderRadius: 1, my: 1.5 }}
        />
        <Typography>
          {t('mentoring.dashboard.mentees.detail', {
            share: formatShare(d.mentees.share),
            target: formatNumber(d.target),
          })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('mentoring.dashboard.mentees.targetNote')}
        </Typography>
      </Paper>
      <Box
        component="ul"
        aria-label={t('mentoring.dashboard.keyFigures')}
        sx={{
          listStyle: 'none',
          p: 0,
          m: '0 0 24px',
          display: 'grid',
          gap: 2,
          gridTemplateColumns: 'repeat(auto-fill, minmax(min(230px, 100%), 1fr))',
          maxWidth: 1100,
        }}
      >
        {keyFigures(d).map((figure) => (
          <Paper
            component="li"
            variant="outlined"
            key={figure.id}
            aria-labelledby={`kengetal-${figure.id}`}
            sx={{ p: 2 }}
          >
            <Typography id={`kengetal-${figure.id}`} sx={{ fontWeight: 600 }}>
              {t(`mentoring.dashboard.figures.${figure.id}.label`)}
            </Typography>
            <Typography sx={{ fontSize: '1.75rem', fontWeight: 700 }}>{figure.value}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t(`mentoring.dashboard.figures.${figure.id}.detail`, figure.detail)}
            </Typography>
          </Paper>
        ))}
      </Box>
      <ChartFigure
        id="mentor-activiteiten"
        title={t('mentoring.dashboard.chart.title', { year: d.year })}
        summary={t('mentoring.dashboard.chart.summary', {
          count: d.activities.count,
          n: formatNumber(d.activities.count),
          reach: formatNumber(d.activities.reach),
          signals: formatNumber(d.activities.signals),
        })}
        chart={
          <YearBarChart
            years={rows.map((row) => typeLabel(row.type))}
            series={[
              {
                id: 'bereik',
                label: t('mentoring.dashboard.chart.reach'),
                data: rows.map((row) => row.reach),
                color: SINGLE_COLOR,
                pattern: 'solid',
              },
            ]}
            xLabel={t('mentoring.dashboard.chart.type')}
            yLabel={t('mentoring.dashboard.chart.reachAxis')}
          />
        }
        table={{
          rowHeader: t('mentoring.dashboard.chart.type'),
          columns: [
            t('mentoring.dashboard.chart.count'),
            t('mentoring.dashboard.chart.reach'),
            t('mentoring.dashboard.chart.signals'),
          ],
          rows: rows.map((row) => ({
            label: typeLabel(row.type),
            cells: [formatNumber(row.count), formatNumber(row.reach), formatNumber(row.signals)],
          })),
          totals: {
            label: t('mentoring.dashboard.chart.total'),
            cells: [
              formatNumber(d.activities.count),
              formatNumber(d.activities.reach),
              formatNumber(d.activities.signals),
            ],
          },
        }}
        printed={false}
      />
    </>
  );
}
