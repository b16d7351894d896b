// A meeting kept on this workstation for offline minutes (issue 19; the workstation's side:
// src-main/team/offline-*.ts): "Op deze werkplek: overleg … met 6 casussen", with Inchecken (the
// minutes typed here go to the server with the lease; the copy is wiped when applied) and
// Verwijderen van deze werkplek (the copy wiped, the lease ended). Conflicts from the server are
// shown side by side, one choice per difference, sent with `offline:resolve`. Also the check-out's
// password dialog: the copy is sealed with a key only the user's password opens.
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Paper,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { CheckInConflict, ConflictTake } from '../../../src-shared/ipc/meeting-check-out';
import type { OfflineCheckIn, OfflineCopy } from '../../../src-shared/ipc/offline';
import { call, useBridgeQuery } from '../../kit/bridge';
import { useSession } from '../../kit/session';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { PasswordField } from '../../kit/PasswordField';
import { ConflictDifference, conflictKey } from './ConflictDifference';

/** This workstation's copy of the meeting, if it is kept here (team mode with a CTER server only). */
export function useOfflineCopy(meetingId: number): OfflineCopy | undefined {
  const { status } = useSession();
  const copies = useBridgeQuery('offline:list', {}, { enabled: Boolean(status?.team) });
  return copies.data?.find((candidate) => candidate.meetingId === meetingId);
}

/** After a check-in, a removal or a check-out: the meeting, its lease and the list are read anew. */
function useRefresh(meetingId: number) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: ['offline:list'] });
    await queryClient.invalidateQueries({ queryKey: ['meetings:lease', { id: meetingId }] });
    await queryClient.invalidateQueries({ queryKey: ['meetings:get', { id: meetingId }] });
  };
}

export function OfflineCopyPanel({ copy }: { copy: OfflineCopy }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notice = useNotice();
  const refresh = useRefresh(copy.meetingId);
  const [conflicts, setConflicts] = useState<CheckInConflict[] | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictTake>>({});
  const settle = async (outcome: OfflineCheckIn) => {
    if (outcome.outcome === 'conflicts') {
      setConflicts(outcome.conflicts);
      setChoices({});
      return;
    }
    setConflicts(null);
    await refresh();
    notice.success(
      outcome.outcome === 'applied' ? t('meetings.offline.checkedIn') : t('meetings.offline.conflictCopy'),
    );
  };
  const checkIn = useMutation({
    mutationFn: () => call('offline:check-in', { id: copy.meetingId }),
    onSuccess: settle,
  });
  const resolve = useMutation({
    mutationFn: () =>
      call('offline:resolve', {
        id: copy.meetingId,
        choices: (conflicts ?? []).map((conflict) => ({
          record: conflict.record,
          field: conflict.field,
          take: choices[conflictKey(conflict)]!,
        })),
      }),
    onSuccess: settle,
  });
  const remove = useMutation({
    mutationFn: () => call('offline:remove', { id: copy.meetingId }),
    onSuccess: async () => {
      setConfirmRemove(false);
      await refresh();
      notice.success(t('meetings.offline.removed'));
    },
  });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const askOrRemove = async () => {
    const now = await queryClient
      .fetchQuery({ queryKey: ['offline:list', {}], queryFn: () => call('offline:list', {}), staleTime: 0 })
      .catch(() => null);
    // Unreadable: asked, as if changed (never removed on a guess).
    const current = now === null ? copy : now.find((candidate) => candidate.meetingId === copy.meetingId);
    if (!current) return;
    if (current.changed || now === null) setConfirmRemove(true);
    else remove.mutate();
  };
  const allChosen = conflicts !== null && conflicts.every((conflict) => choices[conflictKey(conflict)] !== undefined);
  return (
    <Box sx={{ mb: 3, maxWidth: 1000 }} data-testid="offline-copy">
      <FormAlert error={checkIn.error ?? resolve.error ?? remove.error} />
      {/* The actions under the text, not beside it: beside it they wrapped word by word at 1024. */}
      <Alert severity="success">
        <Typography variant="body2">
          {t('meetings.offline.here', { title: copy.title, count: copy.cases, tot: formatDateTime(copy.expiresAt) })}
        </Typography>
        {copy.changed ? (
          <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 600 }}>
            {t('meetings.offline.changed')}
          </Typography>
        ) : null}
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
          {/* While the differences are open, their own button checks in (with the choices). */}
          {conflicts ? null : (
            <Button variant="contained" size="small" loading={checkIn.isPending} onClick={() => checkIn.mutate()}>
              {t('meetings.offline.checkIn')}
            </Button>
          )}
          <Button
            variant="outlined"
            size="small"
            loading={remove.isPending}
            // Minutes typed here and not checked in would be lost: that is asked first. Decided on
            // the copy as it is now, not on the list as it was read (a save since may have changed it).
            onClick={() => void askOrRemove()}
          >
            {t('meetings.offline.remove')}
          </Button>
        </Stack>
      </Alert>
      {conflicts && (
        <Paper component="section" aria-labelledby="offline-verschillen" variant="outlined" sx={{ mt: 2, p: 2 }}>
          <Typography id="offline-verschillen" variant="h3" component="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
            {t('meetings.offline.conflictsTitle')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('meetings.offline.conflictsIntro')}</Typography>
          {conflicts.map((conflict) => (
            <ConflictDifference
              key={conflictKey(conflict)}
              difference={conflict}
              take={choices[conflictKey(conflict)]}
              onTake={(take) => setChoices((now) => ({ ...now, [conflictKey(conflict)]: take }))}
              serverLabel={t('meetings.offline.serverVersion', {
                naam: conflict.serverBy,
                at: conflict.serverAt ? formatDateTime(conflict.serverAt) : '',
              })}
              localLabel={t('meetings.offline.localVersion')}
              takeLabel={(take) => t(`meetings.offline.take.${take}`)}
            />
          ))}
          <Button
            variant="contained"
            disabled={!allChosen}
            loading={resolve.isPending}
            onClick={() => resolve.mutate()}
          >
            {t('meetings.offline.applyChoices')}
          </Button>
        </Paper>
      )}
      {confirmRemove ? (
        <ConfirmDialog
          id="offline-verwijderen"
          title={t('meetings.offline.removeTitle', { title: copy.title })}
          confirmLabel={t('meetings.offline.remove')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onClose={() => setConfirmRemove(false)}
        >
          {t('meetings.offline.removeBody')}
        </ConfirmDialog>
      ) : null}
    </Box>
  );
}

/** The check-out's password dialog: the copy is sealed with it (the workstation keeps no password). */
export function CheckOutDialog({ meetingId, open, onClose }: { meetingId: number; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const refresh = useRefresh(meetingId);
  const [password, setPassword] = useState('');
  const checkOut = useMutation({
    mutationFn: () => call('offline:check-out', { id: meetingId, password }),
    onSuccess: async () => {
      setPassword('');
      onClose();
      await refresh();
      notice.success(t('meetings.lease.checkedOut'));
    },
  });
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="offline-check-out-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (password) checkOut.mutate();
        }}
      >
        <DialogTitle id="offline-check-out-title">{t('meetings.lease.checkOut')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('meetings.offline.passwordIntro')}</DialogContentText>
          <FormAlert error={checkOut.error} />
          <PasswordField
            autoFocus
            fullWidth
            autoComplete="current-password"
            label={t('meetings.offline.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('meetings.offline.cancel')}</Button>
          <Button type="submit" variant="contained" loading={checkOut.isPending} disabled={!password}>
            {t('meetings.lease.checkOut')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** "Op deze werkplek": the meetings kept here, for the meetings page. */
export function OfflineCopiesList({ copies }: { copies: OfflineCopy[] }) {
  const { t } = useTranslation();
  if (copies.length === 0) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="offline-copies">
      {copies.map((copy) => (
        <div key={copy.meetingId}>
          {t('meetings.offline.listItem', { title: copy.title, datum: formatDate(copy.datum), count: copy.cases })}
        </div>
      ))}
    </Alert>
  );
}
