// Beheer > Accounts: who may use this installation, with which roles. A beheerder adds accounts
// (with a temporary password shown once), changes names and roles, deactivates, and gives a new
// temporary password (which also reactivates an account) — to others: their own password a
// beheerder changes with the current one ("Wachtwoord wijzigen").
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import { Alert, Button, Skeleton } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { isHeld, useReopenHeld } from '../../kit/heldDraft';
import { PageHeader } from '../../kit/PageHeader';
import { ChangePasswordDialog } from '../session';
import type { AccountDialog } from './accountDialog';
import { AccountFormDialog } from './AccountFormDialog';
import { AccountTable } from './AccountTable';
import { DeactivateDialog } from './DeactivateDialog';
import { accountDraftKey } from './heldDrafts';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

export function AccountsPage() {
  const { t } = useTranslation();
  // Read anew each time the page opens: the beheerder's start page counts the accounts too (the
  // same query), and an account made elsewhere (another beheerder, the CLI) must show here at once.
  const accounts = useBridgeQuery('accounts:list', {}, { staleTime: 0 });
  // An account's form typed and not saved at a lock opens again: a new one at once, a changed one
  // once the accounts are in.
  const [dialog, setDialog] = useState<AccountDialog | null>(() =>
    isHeld(accountDraftKey(null)) ? { kind: 'create' } : null,
  );
  useReopenHeld(
    accounts.data,
    (account) => accountDraftKey(account.id),
    (account) => setDialog((current) => current ?? { kind: 'edit', account }),
  );
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t('accounts.title')}
        intro={t('accounts.intro')}
        actions={
          <Button
            variant="contained"
            startIcon={<PersonAddOutlined aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('accounts.add')}
          </Button>
        }
      />
      {accounts.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
      {accounts.isError ? <Alert severity="error">{describeError(t, accounts.error)}</Alert> : null}
      {accounts.data ? <AccountTable accounts={accounts.data} onAction={setDialog} /> : null}

      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <AccountFormDialog
          account={dialog.kind === 'edit' ? dialog.account : null}
          onClose={close}
          onCreated={(account, password) => setDialog({ kind: 'password', account, password, reason: 'created' })}
        />
      ) : null}
      {dialog?.kind === 'deactivate' ? <DeactivateDialog account={dialog.account} onClose={close} /> : null}
      {dialog?.kind === 'reset' ? (
        <ResetPasswordDialog
          account={dialog.account}
          onClose={close}
          onReset={(account, password) => setDialog({ kind: 'password', account, password, reason: 'reset' })}
        />
      ) : null}
      <ChangePasswordDialog open={dialog?.kind === 'own-password'} onClose={close} />
      {dialog?.kind === 'password' ? (
        <TemporaryPasswordDialog
          account={dialog.account}
          password={dialog.password}
          reason={dialog.reason}
          onClose={close}
        />
      ) : null}
    </>
  );
}
