// Mentoren: the mentors with their status, region, places taken and mentorconsultant, filtered on
// status and region; a new mentor starts "in opleiding". Choosing a mentor opens the profile with
// the status history and the training history; the mentorconsultants are kept below.
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import { Alert, Box, Button, Link, Paper, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MENTOR_STATUSES, type MentorStatus } from '../../../src-shared/domain/mentoring';
import { formatNumber } from '../../../src-shared/domain/format';
import type { MentorSummary } from '../../../src-shared/ipc/mentoring';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { isHeld, useReopenHeld } from '../../kit/heldDraft';
import { ConsultantsSection } from './ConsultantsSection';
import { mentorDraftKey, mentorDraftKeys } from './heldDrafts';
import { useRegions } from './hooks';
import { MentorDetail } from './MentorDetail';
import { MentorForm } from './MentorForm';

export function MentorsTab() {
  const { t } = useTranslation();
  const { regions, regionName } = useRegions();
  const [status, setStatus] = useState<MentorStatus | null>(null);
  const [regionId, setRegionId] = useState<number | null>(null);
  // A mentor's form typed and not saved at a lock opens again: a new one at once, a changed one's
  // profile (which opens its form, and holds the status form) once the list is in.
  const [creating, setCreating] = useState(() => isHeld(mentorDraftKey(null)));
  const [openId, setOpenId] = useState<number | null>(null);
  const mentors = useBridgeQuery('mentoring:mentors', { status, regionId }, { staleTime: 0 });
  useReopenHeld(mentors.data, mentorDraftKeys, (held) => setOpenId((current) => current ?? held.id));
  const header = (column: string) => t(`mentoring.mentors.columns.${column}`);
  const columns: DataColumn<MentorSummary>[] = [
    {
      key: 'naam',
      header: header('naam'),
      rowHeader: true,
      cell: (mentor) => (
        <Link
          component="button"
          type="button"
          onClick={() => setOpenId(mentor.id)}
          aria-current={mentor.id === openId ? 'true' : undefined}
          sx={{ textAlign: 'left' }}
        >
          {mentor.naam}
        </Link>
      ),
    },
    { key: 'status', header: header('status'), cell: (mentor) => t(`mentoring.status.${mentor.status}`) },
    { key: 'regio', header: header('regio'), cell: (mentor) => regionName(mentor.regionId), priority: 2 },
    {
      key: 'plaatsen',
      header: header('plaatsen'),
      cell: (mentor) =>
        t('mentoring.mentors.places', {
          occupied: formatNumber(mentor.occupied),
          capacity: formatNumber(mentor.capacity),
        }),
      priority: 2,
    },
    {
      key: 'consultant',
      header: header('consultant'),
      cell: (mentor) => mentor.consultant?.naam ?? t('mentoring.mentors.noConsultant'),
      priority: 3,
    },
  ];

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
            <DataTable
              columns={columns}
              rows={mentors.data}
              rowKey={(mentor) => mentor.id}
              labelledBy="mentoren-kop"
              selected={(mentor) => mentor.id === openId}
            />
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
