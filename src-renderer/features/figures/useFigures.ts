// The figures of a selection as the pages need them: the dashboard, the reference data (labels of
// ideology and severity, region names) and the groups of figures built from both.
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../kit/bridge';
import { buildFigures } from './figureModels';
import type { FigureSelection } from './filter';

/** `enabled`: false where the exact figures are not asked for (the province view; no house). */
export function useFigures(selection: FigureSelection, printed: boolean, enabled = true) {
  const { t } = useTranslation();
  // Figures change with every registration elsewhere: read them afresh; keep the previous ones on
  // screen while another period loads, so the page does not jump.
  const dashboard = useBridgeQuery('figures:dashboard', selection, {
    staleTime: 0,
    placeholderData: keepPreviousData,
    enabled,
  });
  const reference = useBridgeQuery('lists:get', {});
  const groups = useMemo(
    () =>
      dashboard.data && reference.data
        ? buildFigures(t, dashboard.data, reference.data, selection.regionId, printed)
        : null,
    [t, dashboard.data, reference.data, selection.regionId, printed],
  );
  const regionName = selection.regionId
    ? (reference.data?.regions.find((r) => r.id === selection.regionId)?.name ?? '')
    : t('figures.filters.allRegions');
  return {
    dashboard: dashboard.data ?? null,
    reference: reference.data ?? null,
    groups,
    regionName,
    error: dashboard.error ?? reference.error,
    pending: (enabled && dashboard.isPending) || reference.isPending,
  };
}
