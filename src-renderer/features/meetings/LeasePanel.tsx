// The check-out lease of a meeting (issue 19, first part) on the meeting's page and the minutes:
// for others a status line "Uitgecheckt door … tot …" (the screens are then read-only), for the
// holder the same with a button to end it, and for the notulist or chair of a meeting that is not
// checked out, in team mode only (the data is shared), "Uitchecken naar deze werkplek", which asks
// for the password and keeps the meeting on this workstation (offline minutes, issue 19). While it
// is kept here, the holder sees OfflineCopyPanel (check in, remove) instead of the lease line.
import { Alert, Box, Button } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';
import { CheckOutDialog, OfflineCopyPanel } from './OfflineCopyPanel';
import { useMeetingLease } from './useMeeting';

export function LeasePanel({ meeting, offerCheckOut = true }: { meeting: MeetingView; offerCheckOut?: boolean }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { status, user } = useSession();
  const queryClient = useQueryClient();
  const lease = useMeetingLease(meeting.id);
  const teamMode = Boolean(status?.team) || status?.server === true;
  // A CTER server (the remote bridge): the meeting can be kept on this workstation. On a shared
  // PostgreSQL in-process there is no laptop copy: the lease alone, as before.
  const viaServer = Boolean(status?.team);
  const copies = useBridgeQuery('offline:list', {}, { enabled: viaServer });
  const [asking, setAsking] = useState(false);
  const copy = copies.data?.find((candidate) => candidate.meetingId === meeting.id);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['meetings:lease', { id: meeting.id }] });
  const checkOut = useMutation({
    mutationFn: () => call('meetings:check-out', { id: meeting.id }),
    onSuccess: async () => {
      await refresh();
      notice.success(t('meetings.lease.checkedOut'));
    },
  });
  const revoke = useMutation({
    mutationFn: () => call('meetings:revoke-lease', { id: meeting.id }),
    onSuccess: async () => {
      await refresh();
      notice.success(t('meetings.lease.ended'));
    },
  });
  // A copy here is shown also once adopted offline (it still has to be checked in).
  if (copy) return <OfflineCopyPanel copy={copy} />;
  if (meeting.status !== 'concept' || lease.data === undefined) return null;
  const current = lease.data;
  if (current) {
    const values = {
      naam: current.holder.displayName,
      werkplek: current.workstation,
      tot: formatDateTime(current.expiresAt),
    };
    return (
      <Box sx={{ mb: 3, maxWidth: 1000 }}>
        <FormAlert error={revoke.error} />
        <Alert
          severity={current.mine ? 'success' : 'info'}
          action={
            current.mine ? (
              <Button color="inherit" size="small" loading={revoke.isPending} onClick={() => revoke.mutate()}>
                {t('meetings.lease.end')}
              </Button>
            ) : undefined
          }
        >
          {current.mine ? t('meetings.lease.mine', values) : t('meetings.lease.other', values)}
        </Alert>
      </Box>
    );
  }
  const mayCheckOut = user !== null && [meeting.notulist?.id, meeting.voorzitter?.id].includes(user.id);
  if (!offerCheckOut || !teamMode || !mayCheckOut) return null;
  return (
    <Box sx={{ mb: 3, maxWidth: 1000 }}>
      <CheckOutDialog meetingId={meeting.id} open={asking} onClose={() => setAsking(false)} />
      <FormAlert error={checkOut.error} />
      <Alert
        severity="info"
        action={
          <Button
            color="inherit"
            size="small"
            loading={checkOut.isPending}
            onClick={() => (viaServer ? setAsking(true) : checkOut.mutate())}
          >
            {t('meetings.lease.checkOut')}
          </Button>
        }
      >
        {t('meetings.lease.offer')}
      </Alert>
    </Box>
  );
}
