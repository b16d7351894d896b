// The period and region of the figures. A change applies at once (the figures below update and a
// status line says what is shown); a period that ends before it starts is pointed out instead.
import { Paper, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../../src-shared/ipc/lists';
import { statsFilter } from '../../../src-shared/ipc/figures';
import { fieldProps, validate, type FieldErrors } from '../../kit/forms';
import { yearOptions, type FigureSelection } from './filter';

interface FigureFiltersProps {
  selection: FigureSelection;
  /** The regions one may choose (one's own house); none: no region choice (the province). */
  regions: readonly Region[];
  currentYear: number;
  onChange: (selection: FigureSelection) => void;
}

export function FigureFilters({ selection, regions, currentYear, onChange }: FigureFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(selection);
  const [errors, setErrors] = useState<FieldErrors>({});
  const years = yearOptions(currentYear);

  const change = (next: FigureSelection) => {
    setDraft(next);
    const found = validate(statsFilter, next);
    setErrors(found);
    if (Object.keys(found).length === 0) onChange(next);
  };

  const yearSelect = (name: 'fromYear' | 'toYear', label: string) => (
    <TextField
      select
      id={`cijfers-${name}`}
      label={label}
      value={draft[name]}
      onChange={(event) => change({ ...draft, [name]: Number(event.target.value) })}
      slotProps={{ select: { native: true } }}
      sx={{ width: 170 }}
      {...fieldProps(t, errors, name)}
    >
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </TextField>
  );

  return (
    <Paper
      variant="outlined"
      component="form"
      aria-label={t('figures.filters.label')}
      onSubmit={(event) => event.preventDefault()}
      sx={{ p: 2, mb: 3 }}
    >
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {yearSelect('fromYear', t('figures.filters.from'))}
        {yearSelect('toYear', t('figures.filters.to'))}
        {regions.length ? (
          <TextField
            select
            id="cijfers-regio"
            label={t('figures.filters.region')}
            value={draft.regionId ?? ''}
            onChange={(event) => change({ ...draft, regionId: event.target.value ? Number(event.target.value) : null })}
            // "Alle regio's" has the empty value: keep the label above it.
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            sx={{ minWidth: 260 }}
          >
            <option value="">{t('figures.filters.allRegions')}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </TextField>
        ) : null}
      </Stack>
    </Paper>
  );
}
