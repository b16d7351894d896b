// Netwerk en bekendheid: the activities that make the project known and bring signals in early
// (voorlichting, netwerkbijeenkomst, training for professionals), a year at a time, with the form
// that records or changes one.
import {
  Alert,
  Box,
  Button,
  Paper,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../src-shared/domain/format';
import type { ActivityView } from '../../../src-shared/ipc/mentoring';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { ActivityForm } from './ActivityForm';
import { useRegions } from './hooks';
import { yearOptions } from './model';

const NUMBER = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

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
  const rows = activities.data ?? [];

  return (
    <>
      <ActivityForm key={editing?.id ?? 'nieuw'} activity={editing} onDone={() => setEditing(null)} />
      <Paper variant="outlined" component="section" aria-labelledby="activiteiten-kop" sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="h2" id="activiteiten-kop" sx={{ flex: 1 }}>
            {t('mentoring.activities.heading', { year })}
          </Typography>
          <TextField
            select
            id="activiteiten-jaar"
            label={t('mentoring.activities.year')}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
            slotProps={{ select: { native: true } }}
            size="small"
            sx={{ width: 140 }}
          >
            {yearOptions(currentYear).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </TextField>
        </Box>
        {activities.isError ? <Alert severity="error">{describeError(t, activities.error)}</Alert> : null}
        {activities.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
        {activities.data && rows.length === 0 ? (
          <Typography color="text.secondary">{t('mentoring.activities.empty', { year })}</Typography>
        ) : null}
        {rows.length > 0 ? (
          <Table size="small" aria-labelledby="activiteiten-kop">
            <TableHead>
              <TableRow>
                {(['datum', 'type', 'titel', 'doelgroep', 'regio'] as const).map((column) => (
                  <TableCell key={column} component="th" scope="col">
                    {t(`mentoring.activities.columns.${column}`)}
                  </TableCell>
                ))}
                <TableCell component="th" scope="col" sx={NUMBER}>
                  {t('mentoring.activities.columns.bereik')}
                </TableCell>
                <TableCell component="th" scope="col" sx={NUMBER}>
                  {t('mentoring.activities.columns.signalen')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {t('mentoring.activities.columns.wijzigen')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((activity) => (
                <TableRow key={activity.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(activity.datum)}</TableCell>
                  <TableCell>{t(`mentoring.activityTypes.${activity.type}`)}</TableCell>
                  <TableCell component="th" scope="row">
                    {activity.titel}
                  </TableCell>
                  <TableCell>{activity.doelgroep || '—'}</TableCell>
                  <TableCell>{regionName(activity.regionId)}</TableCell>
                  <TableCell sx={NUMBER}>{formatNumber(activity.bereik)}</TableCell>
                  <TableCell sx={NUMBER}>{formatNumber(activity.signalen)}</TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      onClick={() => setEditing(activity)}
                      aria-label={t('mentoring.activities.edit', { titel: activity.titel })}
                    >
                      {t('mentoring.change')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter sx={{ '& th, & td': { typography: 'body2', fontWeight: 600, color: 'text.primary' } }}>
              <TableRow>
                <TableCell component="th" scope="row" colSpan={5}>
                  {t('mentoring.activities.total', { count: rows.length, n: formatNumber(rows.length) })}
                </TableCell>
                <TableCell sx={NUMBER}>{formatNumber(rows.reduce((n, a) => n + a.bereik, 0))}</TableCell>
                <TableCell sx={NUMBER}>{formatNumber(rows.reduce((n, a) => n + a.signalen, 0))}</TableCell>
                <TableCell />
              </TableRow>
            </TableFooter>
          </Table>
        ) : null}
      </Paper>
    </>
  );
}
