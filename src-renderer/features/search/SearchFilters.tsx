// The search field and the filters of the Casussen list: status (several), gemeente, ZVH-regio,
// ideologie, and the order. Every change applies at once; the text after a pause in typing.
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Autocomplete, Box, Button, InputAdornment, MenuItem, Paper, TextField } from '@mui/material';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATES, type CaseState } from '../../../src-shared/domain/casus';
import { SEARCH_SORTS } from '../../../src-shared/ipc/search';
import { useReferenceData } from '../lists';
import { INITIAL_SEARCH, type SearchSort, type SearchState } from './query';

interface SearchFiltersProps {
  state: SearchState;
  onChange: (next: SearchState) => void;
  searchRef: Ref<HTMLInputElement>;
  /** Arrow down in the search field moves to the list. */
  onToList: () => void;
}

const select = { select: true, size: 'small', slotProps: { inputLabel: { shrink: true } } } as const;

export function SearchFilters({ state, onChange, searchRef, onToList }: SearchFiltersProps) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const set = <K extends keyof SearchState>(key: K, value: SearchState[K]) => onChange({ ...state, [key]: value });
  const gemeenten = reference?.gemeenten ?? [];
  const all = t('search.filters.all');

  return (
    // The second row (regio, ideologie, sort order and "Filters wissen") fits beside the folded
    // navigation at 1024 px: a third row would take the list's room (issue 21).
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} component="section" aria-label={t('search.filters.label')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          inputRef={searchRef}
          label={t('search.filters.text')}
          value={state.text}
          onChange={(event) => set('text', event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              onToList();
            }
          }}
          helperText={state.text.trim().length === 1 ? t('search.filters.oneCharacter') : t('search.filters.textHint')}
          size="small"
          type="search"
          autoComplete="off"
          sx={{ flex: '1 1 320px', maxWidth: 520 }}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchOutlined aria-hidden />
                </InputAdornment>
              ),
            },
            htmlInput: { spellCheck: false },
          }}
        />
        <TextField
          {...select}
          label={t('search.filters.states')}
          value={state.states}
          onChange={(event) => set('states', event.target.value as unknown as CaseState[])}
          sx={{ width: 220 }}
          slotProps={{
            ...select.slotProps,
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (value) => {
                const chosen = value as CaseState[];
                return chosen.length ? chosen.map((s) => t(`common:caseStates.${s}`)).join(', ') : all;
              },
            },
          }}
        >
          {CASE_STATES.map((caseState) => (
            <MenuItem key={caseState} value={caseState}>
              {t(`common:caseStates.${caseState}`)}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          options={gemeenten}
          value={gemeenten.find((g) => g.id === state.gemeenteId) ?? null}
          onChange={(_event, value) => set('gemeenteId', value?.id ?? null)}
          getOptionLabel={(option) => option.name}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          autoHighlight
          size="small"
          sx={{ width: 220, '& input::placeholder': { color: 'text.primary', opacity: 1 } }}
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('search.filters.gemeente')}
              placeholder={all}
              slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
            />
          )}
        />
        <TextField
          {...select}
          label={t('search.filters.region')}
          value={state.regionId ?? ''}
          onChange={(event) => set('regionId', event.target.value === '' ? null : Number(event.target.value))}
          sx={{ width: 190 }}
          slotProps={{ ...select.slotProps, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{all}</MenuItem>
          {(reference?.regions ?? []).map((region) => (
            <MenuItem key={region.id} value={region.id}>
              {region.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...select}
          label={t('search.filters.ideologie')}
          value={state.ideologie ?? ''}
          onChange={(event) => set('ideologie', event.target.value || null)}
          sx={{ width: 180 }}
          slotProps={{ ...select.slotProps, select: { displayEmpty: true } }}
        >
          <MenuItem value="">{all}</MenuItem>
          {(reference?.lists.ideologie ?? []).map((value) => (
            <MenuItem key={value.code} value={value.code}>
              {value.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...select}
          label={t('search.filters.sort')}
          value={state.sort}
          onChange={(event) => set('sort', event.target.value as SearchSort)}
          sx={{ width: 160 }}
        >
          {SEARCH_SORTS.map((sort) => (
            <MenuItem key={sort} value={sort}>
              {t(`search.sorts.${sort}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          {...select}
          label={t('search.filters.direction')}
          value={state.descending ? 'desc' : 'asc'}
          onChange={(event) => set('descending', event.target.value === 'desc')}
          sx={{ width: 140 }}
        >
          <MenuItem value="asc">{t('search.filters.ascending')}</MenuItem>
          <MenuItem value="desc">{t('search.filters.descending')}</MenuItem>
        </TextField>
        <Button onClick={() => onChange(INITIAL_SEARCH)} sx={{ mt: 0.25 }}>
          {t('search.filters.clear')}
        </Button>
      </Box>
    </Paper>
  );
}
