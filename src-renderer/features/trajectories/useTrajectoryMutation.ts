// The one place a changed trajectory is stored: core answers every change with the fresh
// trajectory, which replaces the one on screen; lists and suggestions are read again when shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TrajectoryView } from '../../../src-shared/ipc/trajectories';
import type { BridgeFailure } from '../../kit/bridge';

export const trajectoryKey = (id: number) => ['trajectories:get', { id }] as const;

export function useTrajectoryMutation<I>(
  change: (input: I) => Promise<TrajectoryView>,
  onDone?: (view: TrajectoryView) => void,
) {
  const queryClient = useQueryClient();
  return useMutation<TrajectoryView, BridgeFailure, I>({
    mutationFn: change,
    onSuccess: (view) => {
      queryClient.setQueryData(trajectoryKey(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['trajectories:list'] });
      void queryClient.invalidateQueries({ queryKey: ['trajectories:matches'] });
      void queryClient.invalidateQueries({ queryKey: ['mentoring:mentors'] });
      void queryClient.invalidateQueries({ queryKey: ['mentoring:dashboard'] });
      onDone?.(view);
    },
  });
}
