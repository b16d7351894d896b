// The fields of a meeting's details, shared by "Overleg plannen" and "Gegevens wijzigen". Chair,
// notulist and invited colleagues are picked from meetings:colleagues (the colleagues with a case
// role in the meeting's region): type a few letters, arrows, Enter.
import { Autocomplete, Box, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { useBridgeQuery } from '../../kit/bridge';
import type { FieldErrors } from '../../kit/forms';
import { fieldProps } from '../../kit/forms';
import { DateField } from '../../kit/DateField';
import { choices, useReferenceData } from '../lists';
import { invite, people, type DetailsDraft, type Person } from './details';

interface Props {
  draft: DetailsDraft;
  onChange: (draft: DetailsDraft) => void;
  errors: FieldErrors;
  me: { id: number; displayName: string } | null;
  /** The meeting being changed (its chair and notulist stay choosable), or null for a new one. */
  meeting: MeetingView | null;
}

export function MeetingDetailsFields({ draft, onChange, errors, me, meeting }: Props) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const set = <K extends keyof DetailsDraft>(key: K, value: DetailsDraft[K]) => onChange({ ...draft, [key]: value });
  const partners = choices(reference, 'partner');
  const colleagues = useBridgeQuery('meetings:colleagues', { regionId: Number(draft.regionId) || null }).data;
  const everyone = people(me, meeting, colleagues);
  const [inviteText, setInviteText] = useState('');
  const nameOf = (p: Person) => (p.me ? t('meetings.form.me', { name: p.displayName }) : p.displayName);
  const rolesOf = (p: Person) => p.roles.map((role) => t(`common:roles.${role}`)).join(', ');
  const renderPerson = (props: React.HTMLAttributes<HTMLLIElement> & { key: React.Key }, p: Person) => {
    const { key, ...rest } = props;
    return (
      <li key={key} {...rest}>
        <Box>
          {nameOf(p)}
          {p.roles.length > 0 && (
            <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
              {rolesOf(p)}
            </Box>
          )}
        </Box>
      </li>
    );
  };
  const person = (name: 'voorzitterId' | 'notulistId', label: string) => (
    <Autocomplete
      options={everyone}
      value={everyone.find((p) => String(p.id) === draft[name]) ?? null}
      onChange={(_e, value) => set(name, value ? String(value.id) : '')}
      getOptionLabel={nameOf}
      isOptionEqualToValue={(option, value) => option.id === value.id}
      renderOption={renderPerson}
      autoHighlight
      noOptionsText={t('meetings.form.noColleagues')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={t('meetings.form.nobody')}
          {...fieldProps(t, errors, name, t('meetings.form.personHint'))}
        />
      )}
    />
  );
  const invitable = (colleagues ? people(null, null, colleagues) : []).filter(
    (p) =>
      !draft.invitedPersons
        .split('\n')
        .map((line) => line.trim())
        .includes(p.displayName),
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
      <Autocomplete
        sx={{ gridColumn: '1 / -1' }}
        options={invitable}
        value={null}
        inputValue={inviteText}
        onInputChange={(_e, value, reason) => setInviteText(reason === 'reset' ? '' : value)}
        onChange={(_e, value) => {
          if (!value) return;
          set('invitedPersons', invite(draft.invitedPersons, value.displayName));
          setInviteText('');
        }}
        getOptionLabel={(p) => p.displayName}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        renderOption={renderPerson}
        autoHighlight
        blurOnSelect={false}
        noOptionsText={t('meetings.form.noColleagues')}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('meetings.form.inviteColleague')}
            helperText={t('meetings.form.inviteColleagueHint')}
          />
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
