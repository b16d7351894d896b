// The fields of a meeting's details, shared by "Overleg plannen" and "Gegevens wijzigen".
import { Autocomplete, Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../app/forms';
import { fieldProps } from '../../app/forms';
import { DateField } from '../../app/DateField';
import { choices, useReferenceData } from '../lists/reference';
import type { DetailsDraft } from './details';

interface Props {
  draft: DetailsDraft;
  onChange: (draft: DetailsDraft) => void;
  errors: FieldErrors;
  people: { id: number; displayName: string; me: boolean }[];
}

export function MeetingDetailsFields({ draft, onChange, errors, people }: Props) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const set = <K extends keyof DetailsDraft>(key: K, value: DetailsDraft[K]) => onChange({ ...draft, [key]: value });
  const partners = choices(reference, 'partner');
  const person = (name: 'voorzitterId' | 'notulistId', label: string) => (
    <TextField
      select
      label={label}
      value={draft[name]}
      onChange={(e) => set(name, e.target.value)}
      {...fieldProps(t, errors, name)}
    >
      <MenuItem value="">{t('meetings.form.nobody')}</MenuItem>
      {people.map((p) => (
        <MenuItem key={p.id} value={String(p.id)}>
          {p.me ? t('meetings.form.me', { name: p.displayName }) : p.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      <TextField
        select
        required
        label={t('meetings.form.type')}
        value={draft.type}
        onChange={(e) => set('type', e.target.value)}
        {...fieldProps(t, errors, 'type')}
      >
        {choices(reference, 'overlegtype', draft.type).map((v) => (
          <MenuItem key={v.code} value={v.code}>
            {v.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        required
        label={t('meetings.form.title')}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        {...fieldProps(t, errors, 'title')}
      />
      <DateField
        required
        label={t('meetings.form.datum')}
        value={draft.datum}
        onChange={(v) => set('datum', v)}
        {...fieldProps(t, errors, 'datum', t('dates.hint'))}
      />
      <TextField
        required
        label={t('meetings.form.starttijd')}
        value={draft.starttijd}
        onChange={(e) => set('starttijd', e.target.value)}
        {...fieldProps(t, errors, 'starttijd', t('meetings.form.timeHint'))}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 5 } }}
      />
      <TextField
        label={t('meetings.form.locatie')}
        value={draft.locatie}
        onChange={(e) => set('locatie', e.target.value)}
        {...fieldProps(t, errors, 'locatie')}
      />
      <TextField
        select
        required
        label={t('meetings.form.region')}
        value={draft.regionId}
        onChange={(e) => set('regionId', e.target.value)}
        {...fieldProps(t, errors, 'regionId')}
      >
        {(reference?.regions ?? []).map((r) => (
          <MenuItem key={r.id} value={String(r.id)}>
            {r.name}
          </MenuItem>
        ))}
      </TextField>
      {person('voorzitterId', t('meetings.form.voorzitter'))}
      {person('notulistId', t('meetings.form.notulist'))}
      <Autocomplete
        multiple
        sx={{ gridColumn: '1 / -1' }}
        options={partners}
        value={partners.filter((p) => draft.invitedPartners.includes(p.code))}
        onChange={(_e, value) =>
          set(
            'invitedPartners',
            value.map((v) => v.code),
          )
        }
        getOptionLabel={(option) => option.label}
        isOptionEqualToValue={(option, value) => option.code === value.code}
        disableCloseOnSelect
        autoHighlight
        renderInput={(params) => (
          <TextField {...params} label={t('meetings.form.partners')} {...fieldProps(t, errors, 'invitedPartners')} />
        )}
      />
      <TextField
        sx={{ gridColumn: '1 / -1' }}
        label={t('meetings.form.persons')}
        value={draft.invitedPersons}
        onChange={(e) => set('invitedPersons', e.target.value)}
        multiline
        minRows={2}
        {...fieldProps(t, errors, 'invitedPersons', t('meetings.form.personsHint'))}
      />
    </Box>
  );
}
