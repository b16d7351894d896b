// "Nieuw tijdelijk wachtwoord": the old password stops working at once; the person chooses their
// own again at the next login. For a deactivated account this is also how it is reactivated.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import { call } from '../../kit/bridge';
import { ConfirmDialog } from '../../kit/ConfirmDialog';

interface ResetPasswordDialogProps {
  account: AccountSummary;
  onClose: () => void;
  onReset: (account: AccountSummary, temporaryPassword: string) => void;
}

export function ResetPasswordDialog({ account, onClose, onReset }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useMutation({
    mutationFn: () => call('accounts:reset-password', { id: account.id }),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['accounts:list'] });
      onReset(result.account, result.temporaryPassword);
    },
  });
  return (
    <ConfirmDialog
      id="nieuw-wachtwoord"
      title={
        account.active
          ? t('accounts.resetDialog.title', { name: account.displayName })
          : t('accounts.resetDialog.reactivateTitle', { name: account.displayName })
      }
      confirmLabel={account.active ? t('accounts.reset') : t('accounts.reactivate')}
      busy={reset.isPending}
      error={reset.error}
      onConfirm={() => reset.mutate()}
      onClose={onClose}
    >
      {account.active
        ? t('accounts.resetDialog.body', { name: account.displayName })
        : t('accounts.resetDialog.reactivateBody', { name: account.displayName })}
    </ConfirmDialog>
  );
}
