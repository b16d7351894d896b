// The conflict copies of a meeting, for its chair (issue 19): a check-in that arrived after its
// check-out had expired or was revoked is never written by itself. The chair sees who sent it,
// from which workstation and when it was typed, and resolves it: per difference the server's
// version, the laptop's, or both (where both can be kept), side by side — or lays it aside.
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import type { ConflictCopy, ConflictTake } from '../../../src-shared/ipc/meeting-check-out';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';
import { ConflictDifference, conflictKey } from './ConflictDifference';

function ResolveDialog({ copy, onClose }: { copy: ConflictCopy; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [takes, setTakes] = useState<Record<string, ConflictTake>>({});
  const resolve = useMutation({
    mutationFn: (action: 'apply' | 'discard') =>
      call('meetings:resolve-conflict-copy', {
        copyId: copy.id,
        action,
        choices:
          action === 'apply'
            ? copy.differences.map((d) => ({ record: d.record, field: d.field, take: takes[conflictKey(d)]! }))
            : [],
      }),
    onSuccess: async (_copy, action) => {
      await queryClient.invalidateQueries({ queryKey: ['meetings:conflict-copies'] });
      await queryClient.invalidateQueries({ queryKey: ['meetings:get', { id: copy.meetingId }] });
      notice.success(t(action === 'apply' ? 'meetings.conflictCopies.applied' : 'meetings.conflictCopies.discarded'));
      onClose();
    },
  });
  const complete = copy.differences.every((d) => takes[conflictKey(d)]);
  return (
    <Dialog open onClose={onClose} aria-labelledby="conflictkopie-titel" maxWidth="md" fullWidth>
      <DialogTitle id="conflictkopie-titel">
        {t('meetings.conflictCopies.dialogTitle', { naam: copy.holder.displayName })}
      </DialogTitle>
      <DialogContent>
        <FormAlert error={resolve.error} />
        <Typography sx={{ mb: 2 }}>{t('meetings.conflictCopies.dialogIntro')}</Typography>
        {copy.differences.length ? null : <Alert severity="info">{t('meetings.conflictCopies.noDifferences')}</Alert>}
        {copy.differences.map((d) => (
          <ConflictDifference
            key={conflictKey(d)}
            difference={d}
            take={takes[conflictKey(d)]}
            onTake={(take) => setTakes((all) => ({ ...all, [conflictKey(d)]: take }))}
            serverLabel={t('meetings.conflictCopies.server', {
              naam: d.serverBy || '—',
              op: d.serverAt ? formatDateTime(d.serverAt) : '—',
            })}
            localLabel={t('meetings.conflictCopies.local')}
            takeLabel={(take) => t(`meetings.conflictCopies.take.${take}`)}
          />
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('actions.cancel')}</Button>
        <Button color="error" loading={resolve.isPending} onClick={() => resolve.mutate('discard')}>
          {t('meetings.conflictCopies.discard')}
        </Button>
        <Button
          variant="contained"
          disabled={!complete}
          loading={resolve.isPending}
          onClick={() => resolve.mutate('apply')}
        >
          {t('meetings.conflictCopies.apply')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Whether the page asks for the conflict copies: for the chair, and only when the meeting says some
 * wait (`waitingCopies`) — not on every visit, and never in the embedded mode, where there are none.
 * The question is an audited view of what a laptop typed.
 */
export function loadsConflictCopies(meeting: Pick<MeetingView, 'voorzitter' | 'waitingCopies'>, userId: number | null) {
  return userId !== null && meeting.voorzitter?.id === userId && meeting.waitingCopies > 0;
}

export function ConflictCopiesPanel({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const enabled = loadsConflictCopies(meeting, user?.id ?? null);
  const copies = useBridgeQuery('meetings:conflict-copies', { meetingId: meeting.id }, { enabled });
  const [open, setOpen] = useState<ConflictCopy | null>(null);
  const waiting = (copies.data ?? []).filter((copy) => copy.resolvedAt === null);
  if (!enabled || !waiting.length) return null;
  return (
    <Box sx={{ mb: 3, maxWidth: 1000 }}>
      {waiting.map((copy) => (
        <Alert
          key={copy.id}
          severity="warning"
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => setOpen(copy)}>
              {t('meetings.conflictCopies.resolve')}
            </Button>
          }
        >
          {t(`meetings.conflictCopies.waiting.${copy.reason}`, {
            naam: copy.holder.displayName,
            werkplek: copy.workstation,
            van: formatDateTime(copy.offlineFrom),
            tot: formatDateTime(copy.offlineUntil),
          })}
        </Alert>
      ))}
      {open ? <ResolveDialog copy={open} onClose={() => setOpen(null)} /> : null}
    </Box>
  );
}
