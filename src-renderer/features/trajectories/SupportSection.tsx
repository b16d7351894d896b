// Mentorconsultant support: when a consultant supported the mentor in this trajectory, with a note.
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call, useBridgeQuery } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { MomentTable } from './MomentTable';
import { Part } from '../../kit/Part';
import { useTrajectoryMutation } from './useTrajectoryMutation';

const schema = trajectoryChannels['trajectories:add-support'].input;

export function SupportSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Part
      id="ondersteuning"
      title={t('trajectories.support.heading', { count: view.support.length })}
      action={
        <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
          {t('trajectories.support.add')}
        </Button>
      }
    >
      <MomentTable
        label={t('trajectories.support.table')}
        empty={t('trajectories.support.empty')}
        columns={['datum', 'consultant', 'notitie', 'door'].map((c) => t(`trajectories.support.columns.${c}`))}
        rows={view.support.map((s) => ({
          key: s.id,
          cells: [formatDate(s.datum), s.consultant.naam, s.notitie || '–', s.door ?? '–'],
        }))}
      />
      {adding ? <SupportDialog view={view} onClose={() => setAdding(false)} /> : null}
    </Part>
  );
}

function SupportDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const consultants = useBridgeQuery('mentoring:consultants', {});
  const [datum, setDatum] = useState(() => formatDate(isoDay(new Date())));
  const [consultantId, setConsultantId] = useState<number | ''>('');
  const [notitie, setNotitie] = useState('');
  const input = {
    trajectoryId: view.id,
    datum: parseDutchDate(datum) ?? datum,
    consultantId: consultantId || 0,
    notitie,
  };
  const problems = validate(schema, input);
  if (consultantId === '') problems.consultantId = { key: 'validation.required' };
  const { errors, form, passes, refused } = useFormCheck(problems);
  const add = useTrajectoryMutation(
    () => call('trajectories:add-support', schema.parse(input)),
    () => {
      notice.success(t('trajectories.support.added'));
      onClose();
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    add.reset();
    if (passes()) add.mutate(undefined, { onError: refused });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="ondersteuning-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="ondersteuning-titel">{t('trajectories.support.add')}</DialogTitle>
        <DialogContent>
          <FormAlert error={add.error ?? consultants.error} />
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <DateField
              label={t('trajectories.fields.datum')}
              value={datum}
              onChange={setDatum}
              required
              autoFocus
              {...fieldProps(t, errors, 'datum')}
            />
            <TextField
              select
              label={t('trajectories.support.consultant')}
              value={consultantId}
              onChange={(event) => setConsultantId(Number(event.target.value))}
              required
              fullWidth
              {...fieldProps(t, errors, 'consultantId')}
            >
              {(consultants.data ?? [])
                .filter((c) => c.active)
                .map((c) => (
                  <MenuItem key={c.id} value={c.id}>
                    {c.organisatie
                      ? t('trajectories.support.consultantOf', { naam: c.naam, organisatie: c.organisatie })
                      : c.naam}
                  </MenuItem>
                ))}
            </TextField>
            <TextField
              label={t('trajectories.support.notitie')}
              value={notitie}
              onChange={(event) => setNotitie(event.target.value)}
              multiline
              minRows={3}
              fullWidth
              {...fieldProps(t, errors, 'notitie')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={add.isPending} loadingPosition="start">
            {t('trajectories.support.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
