// Mentoren: the mentors with their status, region, places taken and mentorconsultant, filtered on
// status and region; a new mentor starts "in opleiding". Choosing a mentor opens the profile with
// the status history and the training history; the mentorconsultants are kept below.
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import {
  Alert,
  Box,
  Button,
  Link,
  Paper,
  Skeleton,
  Stack,
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
import { MENTOR_STATUSES, type MentorStatus } from '../../../src-shared/domain/mentoring';
import { formatNumber } from '../../../src-shared/domain/format';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { ConsultantsSection } from './ConsultantsSection';
import { useRegions } from './hooks';
import { MentorDetail } from './MentorDetail';
import { MentorForm } from './MentorForm';

export function MentorsTab() {
  const { t } = useTranslation();
  const { regions, regionName } = useRegions();
  const [status, setStatus] = useState<MentorStatus | null>(null);
  const [regionId, setRegionId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const mentors = useBridgeQuery('mentoring:mentors', { status, regionId }, { staleTime: 0 });

  return (
    <>
      <Paper
        variant="outlined"
        component="form"
        aria-label={t('mentoring.mentors.filters')}
        onSubmit={(event) => event.preventDefault()}
        sx={{ p: 2, mb: 2 }}
      >
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            select
            id="mentor-filter-status"
            label={t('mentoring.mentors.status')}
            value={status ?? ''}
            onChange={(event) => setStatus((event.target.value || null) as MentorStatus | null)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 220 }}
          >
            <option value="">{t('mentoring.mentors.allStatuses')}</option>
            {MENTOR_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`mentoring.status.${s}`)}
              </option>
            ))}
          </TextField>
          <TextField
            select
            id="mentor-filter-regio"
            label={t('mentoring.mentors.region')}
            value={regionId ?? ''}
            onChange={(event) => setRegionId(event.target.value ? Number(event.target.value) : null)}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 260 }}
          >
            <option value="">{t('mentoring.mentors.allRegions')}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </TextField>
          <Box sx={{ flex: 1 }} />
          <Button variant="contained" startIcon={<PersonAddOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('mentoring.mentors.new')}
          </Button>
        </Stack>
      </Paper>
      {mentors.isError ? <Alert severity="error">{describeError(t, mentors.error)}</Alert> : null}
      {mentors.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {mentors.data ? (
        <Paper variant="outlined" component="section" aria-labelledby="mentoren-kop" sx={{ p: 2, mb: 3 }}>
          <Typography variant="h2" id="mentoren-kop" sx={{ mb: 1 }}>
            {t('mentoring.mentors.heading')}
          </Typography>
          <Typography role="status" sx={{ mb: 1 }}>
            {t('mentoring.mentors.count', { count: mentors.data.length, n: formatNumber(mentors.data.length) })}
          </Typography>
          {mentors.data.length > 0 ? (
            <Table size="small" aria-labelledby="mentoren-kop">
              <TableHead>
                <TableRow>
                  {(['naam', 'status', 'regio', 'plaatsen', 'consultant'] as const).map((column) => (
                    <TableCell key={column} component="th" scope="col">
                      {t(`mentoring.mentors.columns.${column}`)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {mentors.data.map((mentor) => (
                  <TableRow key={mentor.id} selected={mentor.id === openId}>
                    <TableCell component="th" scope="row">
                      <Link
                        component="button"
                        type="button"
                        onClick={() => setOpenId(mentor.id)}
                        aria-current={mentor.id === openId ? 'true' : undefined}
                        sx={{ textAlign: 'left' }}
                      >
                        {mentor.naam}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`mentoring.status.${mentor.status}`)}</TableCell>
                    <TableCell>{regionName(mentor.regionId)}</TableCell>
                    <TableCell>
                      {t('mentoring.mentors.places', {
                        occupied: formatNumber(mentor.occupied),
                        capacity: formatNumber(mentor.capacity),
                      })}
                    </TableCell>
                    <TableCell>{mentor.consultant?.naam ?? t('mentoring.mentors.noConsultant')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </Paper>
      ) : null}
      {openId !== null ? <MentorDetail id={openId} onClose={() => setOpenId(null)} /> : null}
      <ConsultantsSection />
      {creating ? (
        <MentorForm
          mentor={null}
          onClose={(saved) => {
            setCreating(false);
            if (saved) setOpenId(saved);
          }}
        />
      ) : null}
    </>
  );
}
