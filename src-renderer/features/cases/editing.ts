// Who may change a dossier, and the one place that stores a changed dossier. A notulist reads
// cases and sees no editing controls; while processing is restricted (beperking van verwerking)
// everyone sees them disabled, with the reason in a banner, because core refuses every change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { canUse } from '../../../src-shared/ipc/permissions';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { contract, type ChannelName, type InputOf } from '../../../src-shared/ipc/contract';
import { call, type BridgeFailure } from '../../kit/bridge';
import { useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';

export interface CaseEditing {
  /** The role allows changing cases: show the controls. */
  mayEdit: boolean;
  /** The controls work: the role allows it and the person's processing is not restricted. */
  canEdit: boolean;
}

export function useCaseEditing(dossier: CaseDossier): CaseEditing {
  const { user } = useSession();
  const mayEdit = canUse('cases:note', user);
  return { mayEdit, canEdit: mayEdit && !dossier.person.restricted };
}

export const dossierKey = (id: number) => ['cases:get', { id }] as const;

/**
 * A change to a casus. Core answers most changes with the fresh dossier, which replaces the one on
 * screen (no second, audited read); otherwise the dossier is read again. Lists elsewhere (Casussen,
 * Mijn werk) are marked stale, so they show the change when opened.
 */
export function useDossierMutation<I>(
  caseId: number,
  change: (input: I) => Promise<unknown>,
  onDone?: (result: unknown) => void,
) {
  const queryClient = useQueryClient();
  return useMutation<unknown, BridgeFailure, I>({
    mutationFn: change,
    onSuccess: async (result) => {
      if (isDossier(result) && result.id === caseId) queryClient.setQueryData(dossierKey(caseId), result);
      else await queryClient.invalidateQueries({ queryKey: dossierKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['search:query'] });
      void queryClient.invalidateQueries({ queryKey: ['work:mine'] });
      onDone?.(result);
    },
  });
}

/**
 * A form that changes a casus through one channel: the contract's check of its values, and the call,
 * which announces `done()` and closes the form once core has accepted them.
 */
export function useDossierForm<C extends ChannelName>(
  caseId: number,
  channel: C,
  input: InputOf<C>,
  done: () => string,
  onClose: () => void,
) {
  const notice = useNotice();
  const check = useFormCheck(validate(contract[channel].input, input));
  const send = useDossierMutation(
    caseId,
    () => call(channel, input),
    () => {
      notice.success(done());
      onClose();
    },
  );
  return { check, send };
}

/** Reads the dossier again (after a save was refused as stale) and puts it on screen; answers it. */
export function useDossierReload(caseId: number) {
  const queryClient = useQueryClient();
  return async (): Promise<CaseDossier> => {
    const fresh = await call('cases:get', { id: caseId });
    queryClient.setQueryData(dossierKey(caseId), fresh);
    return fresh;
  };
}

function isDossier(value: unknown): value is CaseDossier {
  return typeof value === 'object' && value !== null && 'timeline' in value && 'allowedTransitions' in value;
}
