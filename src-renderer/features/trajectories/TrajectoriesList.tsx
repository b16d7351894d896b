// The mentor trajectories of the caller's ZVH regions, filtered by status: code, status, where it
// came from, mentor and dates. Nothing about the mentee or the contact notes shows here; those are
// only on the trajectory itself. Embeddable: the mentorproject page shows it as a tab, and it has
// a route of its own.
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, Chip, Link, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TRAJECTORY_STATUSES, type TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { TrajectorySummary } from '../../../src-shared/ipc/trajectories';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { regionName, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { isHeld } from '../../kit/heldDraft';
import { openingDraftKey } from './heldDrafts';
import { OpenTrajectoryDialog } from './OpenTrajectoryDialog';

export function TrajectoriesList({ headingLevel = 'h2' }: { headingLevel?: 'h1' | 'h2' }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const reference = useReferenceData().data;
  const [status, setStatus] = useState<TrajectoryStatus | ''>('');
  // Open again after an unlock when a trajectory was being opened and not saved at the lock.
  const [opening, setOpening] = useState(() => isHeld(openingDraftKey({ bron: 'aanmelding_partner' })));
  const list = useBridgeQuery('trajectories:list', { status: status || null, mentorId: null });
  const mayOpen = canUse('trajectories:open', user);
  const header = (column: string) => t(`trajectories.columns.${column}`);
  const day = (date: string | null) => (date ? formatDate(date) : '–');
  const columns: DataColumn<TrajectorySummary>[] = [
    {
      key: 'code',
      header: header('code'),
      rowHeader: true,
      nowrap: true,
      cell: (traject) => (
        <Link component={RouterLink} to={`/mentorproject/trajecten/${traject.id}`}>
          {traject.code}
        </Link>
      ),
    },
    {
      key: 'status',
      header: header('status'),
      cell: (traject) => (
        <Chip size="small" variant="outlined" label={t(`common:mentorExport.labels.status.${traject.status}`)} />
      ),
    },
    { key: 'bron', header: header('bron'), cell: (traject) => t(`trajectories.bron.${traject.bron}`), priority: 3 },
    {
      key: 'region',
      header: header('region'),
      cell: (traject) => regionName(reference, traject.regionId),
      priority: 2,
    },
    { key: 'mentor', header: header('mentor'), cell: (traject) => traject.mentor?.naam ?? t('trajectories.noMentor') },
    {
      key: 'aanmeld',
      header: header('aanmeld'),
      cell: (traject) => formatDate(traject.aanmeldDatum),
      nowrap: true,
      priority: 3,
    },
    { key: 'start', header: header('start'), cell: (traject) => day(traject.startDatum), nowrap: true, priority: 2 },
    { key: 'eind', header: header('eind'), cell: (traject) => day(traject.eindDatum), nowrap: true, priority: 3 },
  ];
  return (
    <Box component="section" aria-labelledby="trajecten-kop">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        {headingLevel === 'h2' ? (
          <Typography variant="h2" id="trajecten-kop" sx={{ flex: 1 }}>
            {t('trajectories.listHeading')}
          </Typography>
        ) : (
          <span id="trajecten-kop" className="visually-hidden">
            {t('trajectories.listHeading')}
          </span>
        )}
        <TextField
          select
          size="small"
          label={t('trajectories.filter.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as TrajectoryStatus | '')}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('trajectories.filter.all')}</MenuItem>
          {TRAJECTORY_STATUSES.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`common:mentorExport.labels.status.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {mayOpen ? (
          <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setOpening(true)}>
            {t('trajectories.open.button')}
          </Button>
        ) : null}
      </Box>
      {list.error ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
      {list.data && list.data.length === 0 ? (
        <Alert severity="info">{status ? t('trajectories.emptyFiltered') : t('trajectories.empty')}</Alert>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <DataTable columns={columns} rows={list.data} rowKey={(traject) => traject.id} labelledBy="trajecten-kop" />
      ) : null}
      {opening ? (
        <OpenTrajectoryDialog source={{ bron: 'aanmelding_partner' }} onClose={() => setOpening(false)} />
      ) : null}
    </Box>
  );
}
