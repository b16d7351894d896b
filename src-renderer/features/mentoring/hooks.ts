// What the mentor project's tabs share: the regions (names for ids) and a change that marks every
// mentor project query stale, so the lists, the open mentor and the dashboard show it at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BridgeFailure } from '../../kit/bridge';
import { useBridgeQuery } from '../../kit/bridge';

export function useRegions() {
  const reference = useBridgeQuery('lists:get', {});
  const regions = reference.data?.regions ?? [];
  const regionName = (id: number | null) => (id === null ? '' : (regions.find((r) => r.id === id)?.name ?? ''));
  return { regions, regionName, gemeenten: reference.data?.gemeenten ?? [] };
}

export function useMentorMutation<I, O>(change: (input: I) => Promise<O>, onDone?: (result: O) => void) {
  const queryClient = useQueryClient();
  return useMutation<O, BridgeFailure, I>({
    mutationFn: change,
    onSuccess: async (result) => {
      // Every mentoring and trajectory query (the channels were mentor:* before issue 16).
      await queryClient.invalidateQueries({
        predicate: (query) => /^(mentoring|trajectories):/.test(String(query.queryKey[0])),
      });
      onDone?.(result);
    },
  });
}
