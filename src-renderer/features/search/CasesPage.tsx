// Casussen: search-as-you-type over the cases of the user's regions, with filters, sorting and a
// list that loads further pages as it is scrolled. Enter on a row opens the dossier.
import { Alert, Box, Paper, Typography } from '@mui/material';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { formatNumber } from '../../../src-shared/domain/format';
import type { SearchRow } from '../../../src-shared/ipc/search';
import { describeError } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { CaseList } from './CaseList';
import { isFiltered, searchInput } from './query';
import { SearchFilters } from './SearchFilters';
import { useSearchState } from './SearchStateContext';
import { useCaseSearch } from './useCaseSearch';

export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [state, setState] = useSearchState();
  const search = useCaseSearch(state);
  const searchField = useRef<HTMLInputElement>(null);

  // Ctrl+F (find-case) arrives here with the request to start typing at once.
  const focusSearch = (location.state as { focusSearch?: boolean } | null)?.focusSearch;
  useEffect(() => {
    if (focusSearch) searchField.current?.focus();
  }, [focusSearch, location.key]);

  const open = useCallback((row: SearchRow) => void navigate(`/casussen/${row.caseId}`), [navigate]);
  const toList = () => document.querySelector<HTMLElement>('[data-testid="casussen-lijst"]')?.focus();

  const total = search.capped
    ? t('search.countMore', { total: formatNumber(search.total) })
    : search.total === 1
      ? t('search.countOne')
      : t('search.count', { total: formatNumber(search.total) });

  return (
    <>
      {/* No introduction above the filters: what to type is the search field's hint, and whose cases
          these are is said beside the count, so the list keeps the window's height (issue 21). */}
      <PageHeader title={t('search.title')} />
      <SearchFilters state={state} onChange={setState} searchRef={searchField} onToList={toList} />
      {search.error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {describeError(t, search.error)}
        </Alert>
      ) : null}
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="casussen-resultaat" sx={{ fontSize: '1.125rem' }}>
          {t('search.resultsHeading')}
        </Typography>
        {/* Announced after each search, so a screen-reader user hears what the typing found. */}
        <Typography role="status" color="text.secondary" data-testid="casussen-totaal">
          {search.pending ? t('search.searching') : total}
        </Typography>
        <Typography color="text.secondary" variant="body2">
          {t('search.scope')}
        </Typography>
      </Box>
      {/* A text that matches more than COUNT_LIMIT cases is ranked among the newest of them only
          (core's search), so the list says so and how to get past it. */}
      {search.capped && search.searchedText !== '' && !search.pending ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="casussen-afgekapt">
          {t('search.cappedHint')}
        </Typography>
      ) : null}
      {!search.pending && search.total === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography>{isFiltered(state) ? t('search.emptyFiltered') : t('search.emptyAll')}</Typography>
        </Paper>
      ) : (
        <CaseList
          // A new search starts at its first row, scrolled to the top.
          key={JSON.stringify(searchInput(state, search.searchedText))}
          rows={search.rows}
          count={search.count}
          setSize={search.capped ? -1 : search.total}
          loadMore={search.loadMore}
          onOpen={open}
          labelledBy="casussen-resultaat"
        />
      )}
    </>
  );
}
