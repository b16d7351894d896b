// One meeting through the bridge, and the changes to it: each answers with the whole meeting,
// which replaces the cached one (so the page shows exactly what core stored).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { useBridgeQuery } from '../../kit/bridge';

export function useMeeting(id: number) {
  return useBridgeQuery('meetings:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
}

export function useMeetingMutation<V>(
  id: number,
  run: (value: V) => Promise<MeetingView>,
  onDone?: (meeting: MeetingView) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(['meetings:get', { id }], meeting);
      await queryClient.invalidateQueries({ queryKey: ['meetings:list'] });
      await queryClient.invalidateQueries({ queryKey: ['meetings:suggestions'] });
      onDone?.(meeting);
    },
  });
}
