// /overleggen — the meetings of the user's ZVH regions: upcoming (soonest first) and past (most
// recent first), each opening the meeting; planning a new one; the follow-up of actions.
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, Chip, Link, Skeleton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { formatDate, isoDay } from '../../../src-shared/domain/format';
import type { MeetingSummary } from '../../../src-shared/ipc/meetings';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { PageHeader } from '../../kit/PageHeader';
import { useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { isUpcoming, meetingTypeLabel } from './labels';
import { OfflineCopiesList } from './OfflineCopyPanel';

function MeetingTable({
  id,
  title,
  rows,
  empty,
}: {
  id: string;
  title: string;
  rows: MeetingSummary[];
  empty: string;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const columns: DataColumn<MeetingSummary>[] = [
    {
      key: 'datum',
      header: t('meetings.list.datum'),
      cell: (meeting) => formatDate(meeting.datum),
      nowrap: true,
    },
    { key: 'tijd', header: t('meetings.list.tijd'), cell: (meeting) => meeting.starttijd, priority: 2 },
    {
      key: 'type',
      header: t('meetings.list.type'),
      cell: (meeting) => meetingTypeLabel(reference, meeting.type),
      priority: 3,
    },
    {
      key: 'title',
      header: t('meetings.list.title'),
      cell: (meeting) => (
        <Link component={RouterLink} to={`/overleggen/${meeting.id}`}>
          {meeting.title}
        </Link>
      ),
    },
    { key: 'items', header: t('meetings.list.items'), cell: (meeting) => meeting.items, priority: 3 },
    {
      key: 'status',
      header: t('meetings.list.status'),
      cell: (meeting) => (
        <Chip
          size="small"
          label={t(`meetings.status.${meeting.status}`)}
          color={meeting.status === 'vastgesteld' ? 'success' : 'default'}
          variant="outlined"
        />
      ),
    },
  ];
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 4 }}>
      <Typography variant="h2" id={id} sx={{ fontSize: '1.25rem', mb: 1 }}>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{empty}</Typography>
      ) : (
        <DataTable
          columns={columns}
          rows={rows}
          rowKey={(meeting) => meeting.id}
          labelledBy={id}
          hover
          sx={{ bgcolor: 'background.paper', maxWidth: 1100 }}
        />
      )}
    </Box>
  );
}

export function MeetingsPage() {
  const { t } = useTranslation();
  const { user, status } = useSession();
  const list = useBridgeQuery('meetings:list', {});
  // Team mode: the meetings kept on this workstation for offline minutes (issue 19).
  const copies = useBridgeQuery('offline:list', {}, { enabled: Boolean(status?.team) || status?.server === true });
  const today = isoDay(new Date());
  const rows = list.data ?? [];
  const upcoming = rows.filter((m) => isUpcoming(m.datum, today)).reverse();
  const past = rows.filter((m) => !isUpcoming(m.datum, today));
  return (
    <>
      <PageHeader
        title={t('meetings.list.pageTitle')}
        intro={t('meetings.list.intro')}
        actions={
          canUse('meetings:create', user) ? (
            <Button
              variant="contained"
              startIcon={<AddOutlined aria-hidden />}
              component={RouterLink}
              to="/overleggen/nieuw"
            >
              {t('meetings.list.plan')}
            </Button>
          ) : null
        }
      />
      <OfflineCopiesList copies={copies.data ?? []} />
      {list.isPending ? <Skeleton variant="rectangular" height={200} /> : null}
      {list.isError ? <Alert severity="error">{describeError(t, list.error)}</Alert> : null}
      {list.data ? (
        <>
          <MeetingTable
            id="komende-overleggen"
            title={t('meetings.list.upcoming')}
            rows={upcoming}
            empty={t('meetings.list.noneUpcoming')}
          />
          <MeetingTable
            id="eerdere-overleggen"
            title={t('meetings.list.past')}
            rows={past}
            empty={t('meetings.list.nonePast')}
          />
        </>
      ) : null}
    </>
  );
}
