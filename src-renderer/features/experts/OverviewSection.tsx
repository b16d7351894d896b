// The year overview: totals, then per municipality (every one, also those without consultations,
// so gaps show) the experts, number of consultations, time and topics; and per expert.
import { Alert, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../src-shared/domain/format';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { regionName, useReferenceData } from '../lists';
import { topicsInOrder } from './experts';
import { Part } from '../../kit/Part';
import { useDuration } from './useDuration';

export function OverviewSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const duration = useDuration();
  const overview = useBridgeQuery('experts:overview', { year });
  const data = overview.data;
  return (
    <Part id="overzicht" title={t('experts.overview.heading', { year })}>
      {overview.error ? <Alert severity="error">{describeError(t, overview.error)}</Alert> : null}
      {overview.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {data ? (
        <>
          <Typography role="status" sx={{ mb: 2 }}>
            {t('experts.overview.totals', {
              count: data.totals.count,
              gemeenten: data.totals.gemeenten,
              duration: duration(data.totals.minutes),
              year,
            })}
          </Typography>
          <Table size="small" aria-label={t('experts.overview.perGemeente', { year })} sx={{ mb: 3 }}>
            <TableHead>
              <TableRow>
                {(['gemeente', 'region', 'experts', 'count', 'time', 'topics'] as const).map((column) => (
                  <TableCell key={column} component="th" scope="col" align={column === 'count' ? 'right' : 'left'}>
                    {t(`experts.overview.columns.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.perGemeente.map((row) => (
                <TableRow key={row.gemeenteId}>
                  <TableCell component="th" scope="row">
                    {row.name}
                  </TableCell>
                  <TableCell>{regionName(reference, row.regionId)}</TableCell>
                  <TableCell>{row.experts.length ? row.experts.join(', ') : '–'}</TableCell>
                  <TableCell align="right">{formatNumber(row.count)}</TableCell>
                  <TableCell>{row.count ? duration(row.minutes) : '–'}</TableCell>
                  <TableCell>
                    {topicsInOrder(row.onderwerpen)
                      .map(([onderwerp, n]) =>
                        t('experts.overview.topic', { topic: t(`experts.onderwerp.${onderwerp}`), n }),
                      )
                      .join(', ') || '–'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="small" aria-label={t('experts.overview.perExpert', { year })} sx={{ maxWidth: 640 }}>
            <TableHead>
              <TableRow>
                {(['expert', 'count', 'time'] as const).map((column) => (
                  <TableCell key={column} component="th" scope="col" align={column === 'count' ? 'right' : 'left'}>
                    {t(`experts.overview.columns.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.perExpert.map((row) => (
                <TableRow key={row.accountId}>
                  <TableCell component="th" scope="row">
                    {row.displayName}
                  </TableCell>
                  <TableCell align="right">{formatNumber(row.count)}</TableCell>
                  <TableCell>{row.count ? duration(row.minutes) : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </Part>
  );
}
