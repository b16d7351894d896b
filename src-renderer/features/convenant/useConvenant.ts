// Reading the covenant through the bridge: one version whole (null: the current one), the list of
// versions, and search as the user types. The text changes only when a beheerder imports a
// version or changes its status, so it is kept for the session.
import type { ConvenantSearchHit } from '../../../src-shared/ipc/convenant';
import { useBridgeQuery } from '../../kit/bridge';
import { useDebounced } from '../../kit/useDebounced';

export function useConvenantVersion(versionId: number | null) {
  return useBridgeQuery('convenant:get', { versionId }, { staleTime: Infinity });
}

export function useConvenantVersions() {
  return useBridgeQuery('convenant:versions', {});
}

/** Search as you type: asks core once per pause in typing; nothing for an empty query. */
export function useConvenantSearch(text: string, versionId: number | null, limit = 12) {
  const settled = useDebounced(text.trim(), 150);
  const query = useBridgeQuery(
    'convenant:search',
    { text: settled, versionId, limit },
    { enabled: settled.length > 0, placeholderData: (previous) => previous },
  );
  const hits: ConvenantSearchHit[] = settled ? (query.data ?? []) : [];
  return { hits, settled, pending: settled.length > 0 && query.isFetching, error: query.error };
}

/** The version the reader shows, from its ?versie= parameter (null: the current one). */
export function versionParam(params: URLSearchParams): number | null {
  const value = Number(params.get('versie'));
  return Number.isInteger(value) && value > 0 ? value : null;
}
