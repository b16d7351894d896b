// Contact moments: date, duration, type and a short note. The note is sensitive: it shows only
// here, on the trajectory (whose reading core audits), never in a list.
import AddOutlined from '@mui/icons-material/AddOutlined';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { CONTACT_TYPES, type ContactType } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { MomentTable } from './MomentTable';
import { Part } from '../../kit/Part';
import { isOpen, splitMinutes } from './trajectory';
import { useTrajectoryMutation } from './useTrajectoryMutation';

const schema = trajectoryChannels['trajectories:add-contact'].input;

export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const parts = splitMinutes(minutes);
    return parts.hours > 0 ? t('trajectories.duration.hours', parts) : t('trajectories.duration.minutes', parts);
  };
}

export function ContactSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const duration = useDuration();
  const [adding, setAdding] = useState(false);
  return (
    <Part
      id="contact"
      title={t('trajectories.contact.heading', { count: view.contacts.length })}
      action={
        isOpen(view.status) ? (
          <Button variant="outlined" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('trajectories.contact.add')}
          </Button>
        ) : null
      }
    >
      <MomentTable
        label={t('trajectories.contact.table')}
        empty={t('trajectories.contact.empty')}
        columns={['datum', 'duur', 'type', 'notitie', 'door'].map((c) => t(`trajectories.contact.columns.${c}`))}
        rows={view.contacts.map((c) => ({
          key: c.id,
          cells: [
            formatDate(c.datum),
            duration(c.duurMinuten),
            t(`trajectories.contactTypes.${c.type}`),
            c.notitie || '–',
            c.door ?? '–',
          ],
        }))}
      />
      {adding ? <ContactDialog view={view} onClose={() => setAdding(false)} /> : null}
    </Part>
  );
}

function ContactDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [datum, setDatum] = useState(() => formatDate(isoDay(new Date())));
  const [duur, setDuur] = useState('');
  const [type, setType] = useState<ContactType>('ontmoeting');
  const [notitie, setNotitie] = useState('');
  const input = {
    trajectoryId: view.id,
    datum: parseDutchDate(datum) ?? datum,
    duurMinuten: duur.trim() === '' ? Number.NaN : Number(duur),
    type,
    notitie,
  };
  const problems = validate(schema, input);
  // Text that is no whole number would reach the schema as NaN ("verplicht"): say what is wrong.
  if (duur.trim() === '') problems.duurMinuten = { key: 'validation.required' };
  else if (!/^\d+$/.test(duur.trim())) problems.duurMinuten = { key: 'validation.wholeNumber' };
  const { errors, form, passes, refused } = useFormCheck(problems);
  const add = useTrajectoryMutation(
    () => call('trajectories:add-contact', schema.parse(input)),
    () => {
      notice.success(t('trajectories.contact.added'));
      onClose();
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    add.reset();
    if (passes()) add.mutate(undefined, { onError: refused });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="contact-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="contact-titel">{t('trajectories.contact.add')}</DialogTitle>
        <DialogContent>
          <FormAlert error={add.error} />
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
              <DateField
                label={t('trajectories.fields.datum')}
                value={datum}
                onChange={setDatum}
                required
                autoFocus
                {...fieldProps(t, errors, 'datum')}
              />
              <TextField
                label={t('trajectories.contact.duur')}
                value={duur}
                onChange={(event) => setDuur(event.target.value)}
                required
                slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
                {...fieldProps(t, errors, 'duurMinuten')}
              />
            </Box>
            <TextField
              select
              label={t('trajectories.contact.type')}
              value={type}
              onChange={(event) => setType(event.target.value as ContactType)}
              fullWidth
            >
              {CONTACT_TYPES.map((value) => (
                <MenuItem key={value} value={value}>
                  {t(`trajectories.contactTypes.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('trajectories.contact.notitie')}
              value={notitie}
              onChange={(event) => setNotitie(event.target.value)}
              multiline
              minRows={3}
              fullWidth
              {...fieldProps(t, errors, 'notitie', t('trajectories.contact.notitieHint'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={add.isPending} loadingPosition="start">
            {t('trajectories.contact.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
