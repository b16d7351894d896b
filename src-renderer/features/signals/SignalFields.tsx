// The fields of a signal: melder (partner and contact), datum ontvangen, omschrijving, ideologie,
// ernst and bron. The lists are native selects: with the keyboard, typing the first letters of a
// value chooses it without opening the list.
import { Box, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ListName } from '../../../src-shared/ipc/lists';
import { DateField } from '../../kit/DateField';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { choices, useReferenceData } from '../lists';
import type { SignalForm } from './signalForm';

interface SignalFieldsProps {
  value: SignalForm;
  onChange: (next: SignalForm) => void;
  errors: FieldErrors;
}

export function SignalFields({ value, onChange, errors }: SignalFieldsProps) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const set = <K extends keyof SignalForm>(key: K, next: SignalForm[K]) => onChange({ ...value, [key]: next });
  const list = (key: 'melderPartner' | 'ideologie' | 'ernst' | 'bron', name: ListName, label: string) => (
    <TextField
      select
      label={label}
      value={value[key]}
      onChange={(event) => set(key, event.target.value)}
      required
      fullWidth
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      {...fieldProps(t, errors, key)}
    >
      <option value="">{t('signals.fields.choose')}</option>
      {choices(reference, name).map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </TextField>
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      {list('melderPartner', 'partner', t('signals.fields.melderPartner'))}
      <TextField
        label={t('signals.fields.melderContact')}
        value={value.melderContact}
        onChange={(event) => set('melderContact', event.target.value)}
        autoComplete="off"
        {...fieldProps(t, errors, 'melderContact', t('signals.fields.melderContactHint'))}
      />
      <DateField
        label={t('signals.fields.ontvangen')}
        value={value.ontvangen}
        onChange={(next) => set('ontvangen', next)}
        required
        {...fieldProps(t, errors, 'ontvangen')}
      />
      {list('bron', 'bron', t('signals.fields.bron'))}
      <TextField
        label={t('signals.fields.omschrijving')}
        value={value.omschrijving}
        onChange={(event) => set('omschrijving', event.target.value)}
        required
        multiline
        minRows={4}
        sx={{ gridColumn: { md: '1 / -1' } }}
        {...fieldProps(t, errors, 'omschrijving', t('signals.fields.omschrijvingHint'))}
      />
      {list('ideologie', 'ideologie', t('signals.fields.ideologie'))}
      {list('ernst', 'ernst', t('signals.fields.ernst'))}
    </Box>
  );
}
