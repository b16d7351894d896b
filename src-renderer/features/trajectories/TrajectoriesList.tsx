// The mentor trajectories of the caller's ZVH regions, filtered by status: code, status, where it
// came from, mentor and dates. Nothing about the mentee or the contact notes shows here; those are
// only on the trajectory itself. Embeddable: the mentorproject page shows it as a tab, and it has
// a route of its own.
import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  MenuItem,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TRAJECTORY_STATUSES, type TrajectoryStatus } from '../../../src-shared/domain/mentoring';
import { formatDate } from '../../../src-shared/domain/format';
import { canUse } from '../../../src-shared/ipc/permissions';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { regionName, useReferenceData } from '../lists/reference';
import { useSession } from '../session/session';
import { OpenTrajectoryDialog } from './OpenTrajectoryDialog';

export function TrajectoriesList({ headingLevel = 'h2' }: { headingLevel?: 'h1' | 'h2' }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const reference = useReferenceData().data;
  const [status, setStatus] = useState<TrajectoryStatus | ''>('');
  const [opening, setOpening] = useState(false);
  const list = useBridgeQuery('trajectories:list', { status: status || null, mentorId: null });
  const mayOpen = canUse('trajectories:open', user);
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
        <Table size="small" aria-labelledby="trajecten-kop">
          <TableHead>
            <TableRow>
              {(['code', 'status', 'bron', 'region', 'mentor', 'aanmeld', 'start', 'eind'] as const).map((column) => (
                <TableCell key={column} component="th" scope="col">
                  {t(`trajectories.columns.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((traject) => (
              <TableRow key={traject.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={`/mentorproject/trajecten/${traject.id}`}>
                    {traject.code}
                  </Link>
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    label={t(`common:mentorExport.labels.status.${traject.status}`)}
                  />
                </TableCell>
                <TableCell>{t(`trajectories.bron.${traject.bron}`)}</TableCell>
                <TableCell>{regionName(reference, traject.regionId)}</TableCell>
                <TableCell>{traject.mentor?.naam ?? t('trajectories.noMentor')}</TableCell>
                <TableCell>{formatDate(traject.aanmeldDatum)}</TableCell>
                <TableCell>{traject.startDatum ? formatDate(traject.startDatum) : '–'}</TableCell>
                <TableCell>{traject.eindDatum ? formatDate(traject.eindDatum) : '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {opening ? (
        <OpenTrajectoryDialog source={{ bron: 'aanmelding_partner' }} onClose={() => setOpening(false)} />
      ) : null}
    </Box>
  );
}
