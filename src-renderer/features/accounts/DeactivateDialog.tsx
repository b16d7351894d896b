// "Deactiveren": the account can no longer log in (core deletes its key slot); what it did stays
// in the audit log. A new temporary password brings it back.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import { call } from '../../kit/bridge';
import { useNotice } from '../../kit/notices';
import { ConfirmDialog } from '../../kit/ConfirmDialog';

export function DeactivateDialog({ account, onClose }: { account: AccountSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const deactivate = useMutation({
    mutationFn: () => call('accounts:deactivate', { id: account.id }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['accounts:list'] });
      notice.success(t('accounts.deactivateDialog.done', { name: account.displayName }));
      onClose();
    },
  });
  return (
    <ConfirmDialog
      id="deactiveren"
      title={t('accounts.deactivateDialog.title', { name: account.displayName })}
      confirmLabel={t('accounts.deactivate')}
      busy={deactivate.isPending}
      error={deactivate.error}
      onConfirm={() => deactivate.mutate()}
      onClose={onClose}
    >
      {t('accounts.deactivateDialog.body', { name: account.displayName })}
    </ConfirmDialog>
  );
}
