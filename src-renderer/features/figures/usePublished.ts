// The published figures of a period (the whole province: every house on the installation, through
// disclosure control in core) as the province view and its printed report show them: the same
// tables as the export, worded in the user's language (src-shared/ipc/figure-tables.ts).
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { figureTables } from '../../../src-shared/ipc/figure-tables';
import { useBridgeQuery } from '../../kit/bridge';
import type { FigureSelection } from './filter';

export function usePublished(selection: FigureSelection) {
  const { t } = useTranslation();
  const input = { fromYear: selection.fromYear, toYear: selection.toYear, regionId: null };
  // Like the dashboard: read afresh, the previous period kept on screen while another loads.
  const published = useBridgeQuery('figures:published', input, { staleTime: 0, placeholderData: keepPreviousData });
  const reference = useBridgeQuery('lists:get', {});
  const tables = useMemo(() => {
    if (!published.data || !reference.data) return null;
    const labels = (list: 'ideologie' | 'ernst') =>
      new Map(reference.data.lists[list].map((value) => [value.code, value.label]));
    return figureTables(published.data, {
      t: (key) => t(`common:${key}`),
      ideologie: labels('ideologie'),
      ernst: labels('ernst'),
    });
  }, [t, published.data, reference.data]);
  return {
    published: published.data ?? null,
    tables,
    error: published.error ?? reference.error,
    pending: published.isPending || reference.isPending,
  };
}
