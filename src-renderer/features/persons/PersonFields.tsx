// The fields of a person, for registering a signal and for correcting the data: naam, roepnaam,
// aliassen, geboortedatum or only the year, geslacht, gemeente, BSN and notities. Controlled: the
// form above holds the values and the errors (paths as in `personInput`).
import { Autocomplete, Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BSN_LENGTH } from '../../../src-shared/domain/bsn';
import { GESLACHTEN } from '../../../src-shared/ipc/persons';
import { DateField } from '../../kit/DateField';
import { fieldProps, type FieldErrors } from '../../kit/forms';
import { regionName, useReferenceData } from '../lists';
import type { Geslacht, PersonForm } from './personForm';

interface PersonFieldsProps {
  value: PersonForm;
  onChange: (next: PersonForm) => void;
  errors: FieldErrors;
  /** Focus the name when the form opens. */
  autoFocus?: boolean;
  disabled?: boolean;
}

export function PersonFields({ value, onChange, errors, autoFocus = false, disabled = false }: PersonFieldsProps) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  // Grouped by ZVH-regio: the options must come region by region.
  const gemeenten = [...(reference?.gemeenten ?? [])].sort(
    (a, b) =>
      regionName(reference, a.regionId).localeCompare(regionName(reference, b.regionId), 'nl') ||
      a.name.localeCompare(b.name, 'nl'),
  );
  const set = <K extends keyof PersonForm>(key: K, next: PersonForm[K]) => onChange({ ...value, [key]: next });
  const text = (key: 'naam' | 'roepnaam' | 'aliases' | 'bsn' | 'notities') => ({
    value: value[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => set(key, event.target.value),
    disabled,
  });
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'repeat(6, minmax(0, 1fr))' },
        '& > *': { gridColumn: { md: 'span 3' } },
        '& > .breed': { gridColumn: { md: '1 / -1' } },
        '& > .smal': { gridColumn: { md: 'span 2' } },
      }}
    >
      <TextField
        label={t('persons.fields.naam')}
        required
        autoFocus={autoFocus}
        autoComplete="off"
        {...text('naam')}
        {...fieldProps(t, errors, 'naam', t('persons.fields.naamHint'))}
      />
      <TextField
        label={t('persons.fields.roepnaam')}
        autoComplete="off"
        {...text('roepnaam')}
        {...fieldProps(t, errors, 'roepnaam')}
      />
      <TextField
        label={t('persons.fields.aliases')}
        autoComplete="off"
        {...text('aliases')}
        {...fieldProps(
          t,
          errors,
          errors['aliases'] ? 'aliases' : firstAliasError(errors),
          t('persons.fields.aliasesHint'),
        )}
        sx={{ gridColumn: { md: '1 / -1' } }}
      />
      <DateField
        label={t('persons.fields.geboortedatum')}
        value={value.geboortedatum}
        onChange={(next) => set('geboortedatum', next)}
        disabled={disabled}
        className="smal"
        {...fieldProps(t, errors, 'geboortedatum')}
      />
      <TextField
        label={t('persons.fields.geboortejaar')}
        value={value.geboortejaar}
        onChange={(event) => set('geboortejaar', event.target.value)}
        // Only for an unknown date: with a date typed, the year comes from it.
        disabled={disabled || value.geboortedatum.trim() !== ''}
        autoComplete="off"
        className="smal"
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
        {...fieldProps(t, errors, 'geboortejaar', t('persons.fields.geboortejaarHint'))}
      />
      <TextField
        select
        label={t('persons.fields.geslacht')}
        value={value.geslacht}
        onChange={(event) => set('geslacht', event.target.value as Geslacht | '')}
        disabled={disabled}
        className="smal"
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        {...fieldProps(t, errors, 'geslacht')}
      >
        <MenuItem value="">{t('persons.geslacht.none')}</MenuItem>
        {GESLACHTEN.map((geslacht) => (
          <MenuItem key={geslacht} value={geslacht}>
            {t(`persons.geslacht.${geslacht}`)}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        options={gemeenten}
        value={gemeenten.find((g) => g.id === value.gemeenteId) ?? null}
        onChange={(_event, next) => set('gemeenteId', next?.id ?? null)}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(option, other) => option.id === other.id}
        groupBy={(option) => regionName(reference, option.regionId)}
        autoHighlight
        autoSelect
        disabled={disabled}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('persons.fields.gemeente')}
            required
            {...fieldProps(t, errors, 'gemeenteId')}
          />
        )}
      />
      <TextField
        label={t('persons.fields.bsnOptional')}
        autoComplete="off"
        {...text('bsn')}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: BSN_LENGTH, spellCheck: false } }}
        {...fieldProps(t, errors, 'bsn', t('persons.fields.bsnHint'))}
      />
      <TextField
        label={t('persons.fields.notities')}
        multiline
        minRows={2}
        {...text('notities')}
        className="breed"
        {...fieldProps(t, errors, 'notities')}
      />
    </Box>
  );
}

/** An error on one alias ("aliases.1") is shown under the one aliases field. */
function firstAliasError(errors: FieldErrors): string {
  return Object.keys(errors).find((path) => path.startsWith('aliases.')) ?? 'aliases';
}
