// Attendance per partner organisation: present, absent or excused, with the names of who came.
// The invited partners are listed from the start; another partner can be added.
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance, type AttendanceView, type MeetingView } from '../../../src-shared/ipc/meetings';
import { call } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { choices, listLabel, useReferenceData } from '../lists';
import { detailsInput, draftOf } from './details';
import { useMeetingMutation } from './useMeeting';

function initialRows(meeting: MeetingView): AttendanceView[] {
  const rows = [...meeting.attendance];
  for (const partner of meeting.invitedPartners)
    if (!rows.some((r) => r.partner === partner)) rows.push({ partner, status: 'aanwezig', namen: '' });
  return rows;
}

export function AttendanceSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const reference = useReferenceData().data;
  const [rows, setRows] = useState(() => initialRows(meeting));
  const [adding, setAdding] = useState('');
  const readOnly = meeting.status === 'vastgesteld';
  const save = useMeetingMutation(
    meeting.id,
    () => call('meetings:update', { id: meeting.id, details: detailsInput(draftOf(meeting)), attendance: rows }),
    () => notice.success(t('meetings.attendance.saved')),
  );
  const update = (index: number, patch: Partial<AttendanceView>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const partnerOf = (row: AttendanceView) => listLabel(reference, 'partner', row.partner);
  // Every column stays, however narrow: a field in the stacked facts under the partner would be
  // harder to reach than one in its own column.
  const columns: DataColumn<{ row: AttendanceView; index: number }>[] = [
    { key: 'partner', header: t('meetings.attendance.partner'), cell: ({ row }) => partnerOf(row) },
    {
      key: 'status',
      header: t('meetings.attendance.status'),
      cell: ({ row, index }) =>
        readOnly ? (
          t(`meetings.attendance.${row.status}`)
        ) : (
          <TextField
            select
            size="small"
            value={row.status}
            label={t('meetings.attendance.statusOf', { partner: partnerOf(row) })}
            onChange={(e) => update(index, { status: e.target.value as Attendance })}
            sx={{ minWidth: 160 }}
          >
            {ATTENDANCE.map((status) => (
              <MenuItem key={status} value={status}>
                {t(`meetings.attendance.${status}`)}
              </MenuItem>
            ))}
          </TextField>
        ),
    },
    {
      key: 'namen',
      header: t('meetings.attendance.namen'),
      style: { width: '50%' },
      cell: ({ row, index }) =>
        readOnly ? (
          row.namen
        ) : (
          <TextField
            size="small"
            fullWidth
            value={row.namen}
            label={t('meetings.attendance.namenOf', { partner: partnerOf(row) })}
            onChange={(e) => update(index, { namen: e.target.value })}
          />
        ),
    },
  ];
  const others = choices(reference, 'partner').filter((p) => !rows.some((r) => r.partner === p.code));

  return (
    <Box component="section" aria-labelledby="aanwezigheid-kop" sx={{ mb: 4 }}>
      <Typography variant="h2" id="aanwezigheid-kop" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('meetings.attendance.title')}
      </Typography>
      <FormAlert error={save.error} />
      {rows.length === 0 ? <Typography color="text.secondary">{t('meetings.attendance.none')}</Typography> : null}
      {rows.length ? (
        <DataTable
          columns={columns}
          rows={rows.map((row, index) => ({ row, index }))}
          rowKey={({ row }) => row.partner}
          labelledBy="aanwezigheid-kop"
          sx={{ bgcolor: 'background.paper', maxWidth: 1000, mb: 2 }}
        />
      ) : null}
      {readOnly ? null : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={t('meetings.attendance.addPartner')}
            value={adding}
            onChange={(e) => setAdding(e.target.value)}
            sx={{ minWidth: 240 }}
          >
            {others.map((p) => (
              <MenuItem key={p.code} value={p.code}>
                {p.label}
              </MenuItem>
            ))}
          </TextField>
          <Button
            disabled={!adding}
            onClick={() => {
              setRows((current) => [...current, { partner: adding, status: 'aanwezig', namen: '' }]);
              setAdding('');
            }}
          >
            {t('meetings.attendance.add')}
          </Button>
          <Button
            variant="contained"
            sx={{ ml: 'auto' }}
            onClick={() => save.mutate(undefined)}
            loading={save.isPending}
            loadingPosition="start"
          >
            {t('meetings.attendance.save')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
