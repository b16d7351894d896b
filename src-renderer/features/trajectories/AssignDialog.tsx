// Assigns a suggested mentor: the date of the match and an optional explanation.
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useTrajectoryMutation } from './useTrajectoryMutation';

const schema = trajectoryChannels['trajectories:assign'].input;

export function AssignDialog({
  view,
  mentor,
  onClose,
}: {
  view: TrajectoryView;
  mentor: MentorSuggestion;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [datum, setDatum] = useState(() => formatDate(isoDay(new Date())));
  const [toelichting, setToelichting] = useState('');
  const input = { id: view.id, mentorId: mentor.id, datum: parseDutchDate(datum) ?? datum, toelichting };
  const { errors, form, passes, refused } = useFormCheck(validate(schema, input));
  const assign = useTrajectoryMutation(
    () => call('trajectories:assign', schema.parse(input)),
    () => {
      notice.success(t('trajectories.match.done', { naam: mentor.naam }));
      onClose(true);
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    assign.reset();
    if (passes()) assign.mutate(undefined, { onError: refused });
  };
  return (
    <Dialog open onClose={() => onClose(false)} aria-labelledby="koppelen-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="koppelen-titel">{t('trajectories.match.dialogTitle', { naam: mentor.naam })}</DialogTitle>
        <DialogContent>
          <FormAlert error={assign.error} />
          <DialogContentText sx={{ mb: 2 }}>{t('trajectories.match.dialogIntro')}</DialogContentText>
          <Stack spacing={2.5}>
            <DateField
              label={t('trajectories.match.datum')}
              value={datum}
              onChange={setDatum}
              required
              autoFocus
              {...fieldProps(t, errors, 'datum')}
            />
            <TextField
              label={t('trajectories.fields.toelichting')}
              value={toelichting}
              onChange={(event) => setToelichting(event.target.value)}
              multiline
              minRows={2}
              fullWidth
              {...fieldProps(t, errors, 'toelichting')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(false)}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={assign.isPending} loadingPosition="start">
            {t('trajectories.match.assign')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
