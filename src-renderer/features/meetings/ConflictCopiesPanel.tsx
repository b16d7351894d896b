// The conflict copies of a meeting, for its chair (issue 19): a check-in that arrived after its
// check-out had expired or was revoked is never written by itself. The chair sees who sent it,
// from which workstation and when it was typed, and resolves it: per difference the server's
// version, the laptop's, or both (where both can be kept), side by side — or lays it aside.
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../src-shared/domain/format';
import type { CheckInConflict, ConflictCopy, ConflictTake, MeetingView } from '../../../src-shared/ipc/meetings';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';

const keyOf = (d: CheckInConflict) => `${d.record.kind}-${d.record.id}-${d.field}`;

function Difference({
  difference,
  take,
  onTake,
}: {
  difference: CheckInConflict;
  take: ConflictTake | undefined;
  onTake: (take: ConflictTake) => void;
}) {
  const { t } = useTranslation();
  const id = `verschil-${keyOf(difference)}`;
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, mb: 2, p: 2 }}>
      <Typography component="legend" id={id} sx={{ fontWeight: 600, px: 0.5 }}>
        {t('meetings.conflictCopies.difference', {
          label: difference.label,
          veld: t(`meetings.conflictCopies.fields.${difference.field}`, { defaultValue: difference.field }),
        })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mb: 1 }}>
        <Box>
          <Typography variant="subtitle2">
            {t('meetings.conflictCopies.server', {
              naam: difference.serverBy || '—',
              op: difference.serverAt ? formatDateTime(difference.serverAt) : '—',
            })}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{difference.server || '—'}</Typography>
        </Box>
        <Box>
          <Typography variant="subtitle2">{t('meetings.conflictCopies.local')}</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{difference.local || '—'}</Typography>
        </Box>
      </Box>
      <RadioGroup row aria-labelledby={id} value={take ?? ''} onChange={(e) => onTake(e.target.value as ConflictTake)}>
        {difference.takes.map((option) => (
          <FormControlLabel
            key={option}
            value={option}
            control={<Radio />}
            label={t(`meetings.conflictCopies.take.${option}`)}
          />
        ))}
      </RadioGroup>
    </Box>
  );
}

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
            ? copy.differences.map((d) => ({ record: d.record, field: d.field, take: takes[keyOf(d)]! }))
            : [],
      }),
    onSuccess: async (_copy, action) => {
      await queryClient.invalidateQueries({ queryKey: ['meetings:conflict-copies'] });
      await queryClient.invalidateQueries({ queryKey: ['meetings:get', { id: copy.meetingId }] });
      notice.success(t(action === 'apply' ? 'meetings.conflictCopies.applied' : 'meetings.conflictCopies.discarded'));
      onClose();
    },
  });
  const complete = copy.differences.every((d) => takes[keyOf(d)]);
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
          <Difference
            key={keyOf(d)}
            difference={d}
            take={takes[keyOf(d)]}
            onTake={(take) => setTakes((all) => ({ ...all, [keyOf(d)]: take }))}
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

export function ConflictCopiesPanel({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const chair = user !== null && meeting.voorzitter?.id === user.id;
  const copies = useBridgeQuery('meetings:conflict-copies', { meetingId: meeting.id }, { enabled: chair });
  const [open, setOpen] = useState<ConflictCopy | null>(null);
  const waiting = (copies.data ?? []).filter((copy) => copy.resolvedAt === null);
  if (!chair || !waiting.length) return null;
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
