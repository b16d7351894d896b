// Attendance per partner organisation: present, absent or excused, with the names of who came.
// The invited partners are listed from the start as "nog niet bekend" (nobody is present before
// the meeting); a partner whose attendance is not known is not saved. Another partner can be added.
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { CellField } from '../../kit/CellField';
import { Part } from '../../kit/Part';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE, type Attendance, type AttendanceView, type MeetingView } from '../../../src-shared/ipc/meetings';
import { call } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { meetingFieldLabels } from './staleLabels';
import { choices, listLabel, useReferenceData } from '../lists';
import { detailsInput, draftOf } from './details';
import { useLeasedByOther, useMeetingMutation } from './useMeeting';

/** A row as edited: a status of '' is "nog niet bekend". */
type Row = Omit<AttendanceView, 'status'> & { status: Attendance | '' };

function initialRows(meeting: MeetingView): Row[] {
  const rows: Row[] = [...meeting.attendance];
  for (const partner of meeting.invitedPartners)
    if (!rows.some((r) => r.partner === partner)) rows.push({ partner, status: '', namen: '' });
  return rows;
}

/** What is saved: the partners whose attendance is known. */
export function knownAttendance(rows: Row[]): AttendanceView[] {
  return rows.flatMap((row) => (row.status === '' ? [] : [{ ...row, status: row.status }]));
}

export function AttendanceSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const reference = useReferenceData().data;
  const [rows, setRows] = useState(() => initialRows(meeting));
  // The version of the meeting these rows were loaded from. A newer version whose attendance is
  // the same (an agenda or details change) is taken over; one that changed the attendance is not,
  // so saving these rows then is refused instead of overwriting a colleague's change.
  const [loaded, setLoaded] = useState(() => ({
    version: meeting.version,
    attendance: JSON.stringify(meeting.attendance),
  }));
  if (meeting.version > loaded.version && JSON.stringify(meeting.attendance) === loaded.attendance) {
    setLoaded({ version: meeting.version, attendance: loaded.attendance });
  }
  const stale = useStaleVersion(rows);
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState('');
  // Read-only once vastgesteld, and while someone else has the meeting checked out.
  const leasedByOther = useLeasedByOther(meeting.id);
  const readOnly = meeting.status === 'vastgesteld' || leasedByOther;
  const save = useMeetingMutation(
    meeting.id,
    () =>
      call('meetings:update', {
        id: meeting.id,
        details: detailsInput(draftOf(meeting)),
        attendance: knownAttendance(rows),
        version: loaded.version,
      }),
    (saved) => {
      setLoaded({ version: saved.version, attendance: JSON.stringify(saved.attendance) });
      notice.success(t('meetings.attendance.saved'));
    },
  );
  const update = (index: number, patch: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const partnerOf = (row: Row) => listLabel(reference, 'partner', row.partner);
  const statusLabel = (status: Row['status']) =>
    status === '' ? t('meetings.attendance.unknown') : t(`meetings.attendance.${status}`);
  // Every column stays, however narrow: a field in the stacked facts under the partner would be
  // harder to reach than one in its own column.
  const columns: DataColumn<{ row: Row; index: number }>[] = [
    { key: 'partner', header: t('meetings.attendance.partner'), cell: ({ row }) => partnerOf(row) },
    {
      key: 'status',
      header: t('meetings.attendance.status'),
      cell: ({ row, index }) =>
        readOnly ? (
          statusLabel(row.status)
        ) : (
          <CellField
            select
            value={row.status}
            label={t('meetings.attendance.statusOf', { partner: partnerOf(row) })}
            onChange={(e) => update(index, { status: e.target.value as Row['status'] })}
            slotProps={{ select: { displayEmpty: true } }}
            sx={{ minWidth: 180 }}
          >
            {(['', ...ATTENDANCE] as const).map((status) => (
              <MenuItem key={status} value={status}>
                {statusLabel(status)}
              </MenuItem>
            ))}
          </CellField>
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
          // Names of who came are for a partner whose attendance is known (an unknown one is not saved).
          <CellField
            fullWidth
            disabled={row.status === ''}
            value={row.namen}
            label={t('meetings.attendance.namenOf', { partner: partnerOf(row) })}
            onChange={(e) => update(index, { namen: e.target.value })}
          />
        ),
    },
  ];
  const others = choices(reference, 'partner').filter((p) => !rows.some((r) => r.partner === p.code));

  return (
    <Part id="aanwezigheid" title={t('meetings.attendance.title')}>
      <StaleNotice
        stale={stale}
        labels={meetingFieldLabels(t)}
        show={(sent) => ({
          attendance: sent
            .map(
              (row) =>
                `${listLabel(reference, 'partner', row.partner)}: ${statusLabel(row.status)}${row.namen ? ` (${row.namen})` : ''}`,
            )
            .join('\n'),
        })}
        onReload={async () => {
          const latest = await call('meetings:get', { id: meeting.id });
          queryClient.setQueryData(['meetings:get', { id: meeting.id }], latest);
          setRows(initialRows(latest));
          setLoaded({ version: latest.version, attendance: JSON.stringify(latest.attendance) });
        }}
        onReapply={setRows}
      />
      <FormAlert error={stale.state ? null : save.error} />
      {rows.length === 0 ? <Typography color="text.secondary">{t('meetings.attendance.none')}</Typography> : null}
      {rows.length ? (
        <DataTable
          columns={columns}
          rows={rows.map((row, index) => ({ row, index }))}
          rowKey={({ row }) => row.partner}
          labelledBy="aanwezigheid-kop"
          sx={{ bgcolor: 'background.paper', mb: 2 }}
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
            onClick={() => {
              stale.clear();
              save.mutate(undefined, { onError: (error) => void stale.caught(error) });
            }}
            loading={save.isPending}
            loadingPosition="start"
          >
            {t('meetings.attendance.save')}
          </Button>
        </Box>
      )}
    </Part>
  );
}
