// The one place a changed trajectory is stored: core answers every change with the fresh
// trajectory, which replaces the one on screen; lists and suggestions are read again when shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TrajectView } from '../../../src-shared/ipc/mentoring';
import type { BridgeFailure } from '../../app/bridge';

export const trajectKey = (id: number) => ['mentor:trajectory', { id }] as const;

export function useTrajectMutation<I>(
  change: (input: I) => Promise<TrajectView>,
  onDone?: (view: TrajectView) => void,
) {
  const queryClient = useQueryClient();
  return useMutation<TrajectView, BridgeFailure, I>({
    mutationFn: change,
    onSuccess: (view) => {
      queryClient.setQueryData(trajectKey(view.id), view);
      void queryClient.invalidateQueries({ queryKey: ['mentor:trajectories'] });
      void queryClient.invalidateQueries({ queryKey: ['mentor:matches'] });
      void queryClient.invalidateQueries({ queryKey: ['mentor:list'] });
      void queryClient.invalidateQueries({ queryKey: ['mentor:dashboard'] });
      onDone?.(view);
    },
  });
}
