// One meeting through the bridge, and the changes to it: each answers with the whole meeting,
// which replaces the cached one (so the page shows exactly what core stored).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MeetingView } from '../../../src-shared/ipc/meetings';
import { useBridgeQuery } from '../../kit/bridge';

export function useMeeting(id: number) {
  return useBridgeQuery('meetings:get', { id }, { enabled: Number.isInteger(id) && id > 0 });
}

/** The meeting's check-out lease (issue 19): null when it is not checked out. */
export function useMeetingLease(id: number) {
  return useBridgeQuery('meetings:lease', { id }, { enabled: Number.isInteger(id) && id > 0 });
}

/** Whether another account holds the meeting's lease: then this user only reads it. */
export function useLeasedByOther(id: number): boolean {
  const lease = useMeetingLease(id);
  return Boolean(lease.data && !lease.data.mine);
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
