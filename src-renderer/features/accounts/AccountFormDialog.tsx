// Add an account (naam, gebruikersnaam, rollen, ZVH-regio's, optional temporary password) or
// change one (naam, rollen, ZVH-regio's). Checked with the contract's schema as the beheerder
// types; core's answers (a username already taken, the last beheerder losing the role) appear next
// to the field or above the form; once shown, a message goes as soon as the field is put right.
// On the kit's FormDialog: focus starts in Naam, and Escape and Annuleren wait while it saves.
// Typed and not saved, the fields but the password outlive a lock (heldDrafts.ts; AccountsPage
// opens the dialog again).
import { TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../src-shared/domain/roles';
import type { AccountSummary } from '../../../src-shared/ipc/accounts';
import { contract } from '../../../src-shared/ipc/contract';
import { call } from '../../kit/bridge';
import { UsernameField } from '../../kit/CredentialFields';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { PasswordField } from '../../kit/PasswordField';
import { accountDraftKey, unsavedAccount, type AccountFields } from './heldDrafts';
import { RegionCheckboxes } from './RegionCheckboxes';
import { RoleCheckboxes } from './RoleCheckboxes';

interface AccountFormDialogProps {
  /** Null to add a new account. */
  account: AccountSummary | null;
  onClose: () => void;
  onCreated: (account: AccountSummary, temporaryPassword: string) => void;
}

export function AccountFormDialog({ account, onClose, onCreated }: AccountFormDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const draftKey = accountDraftKey(account?.id ?? null);
  const [start] = useState<AccountFields>(() => ({
    displayName: account?.displayName ?? '',
    username: '',
    roles: account?.roles ?? [],
    regionIds: account?.regionIds ?? [],
  }));
  const first = useHeldDraft<AccountFields>(draftKey) ?? start;
  const [displayName, setDisplayName] = useState(first.displayName);
  const [username, setUsername] = useState(first.username);
  const [roles, setRoles] = useState<Role[]>(first.roles);
  const [regionIds, setRegionIds] = useState<number[]>(first.regionIds);
  const [temporaryPassword, setTemporaryPassword] = useState('');
  useDraftWork(draftKey, unsavedAccount({ displayName, username, roles, regionIds, temporaryPassword }, start));
  // An empty temporary password means: let core make one.
  const createInput = { username, displayName, roles, regionIds, ...(temporaryPassword ? { temporaryPassword } : {}) };
  const check = useFormCheck(
    account
      ? validate(contract['accounts:update'].input, { id: account.id, displayName, roles, regionIds })
      : validate(contract['accounts:create'].input, createInput),
  );
  const save = useMutation({
    mutationFn: async () => {
      if (account) {
        await call('accounts:update', { id: account.id, displayName, roles, regionIds });
        return null;
      }
      return call('accounts:create', createInput);
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['accounts:list'] });
      if (created) onCreated(created.account, created.temporaryPassword);
      else {
        notice.success(t('accounts.form.saved', { name: displayName.trim() }));
        onClose();
      }
    },
  });

  const { errors } = check;
  const roleError = errors['roles'] ? fieldProps(t, errors, 'roles').helperText : undefined;
  return (
    <FormDialog
      title={account ? t('accounts.form.editTitle', { name: account.displayName }) : t('accounts.form.addTitle')}
      submitLabel={account ? t('actions.save') : t('accounts.form.create')}
      check={check}
      send={save}
      onClose={onClose}
    >
      <TextField
        label={t('accounts.form.displayName')}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        required
        fullWidth
        {...fieldProps(t, errors, 'displayName')}
      />
      {account ? (
        <Typography>{t('accounts.form.usernameFixed', { username: account.username })}</Typography>
      ) : (
        <UsernameField
          label={t('accounts.form.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          required
          fullWidth
          autoComplete="off"
          {...fieldProps(t, errors, 'username', t('setup.admin.usernameHint'))}
        />
      )}
      <RoleCheckboxes value={roles} onChange={setRoles} error={roleError} />
      <RegionCheckboxes
        value={regionIds}
        onChange={setRegionIds}
        error={errors['regionIds'] ? fieldProps(t, errors, 'regionIds').helperText : undefined}
      />
      {account ? null : (
        <PasswordField
          label={t('accounts.form.temporaryPassword')}
          value={temporaryPassword}
          onChange={(event) => setTemporaryPassword(event.target.value)}
          autoComplete="new-password"
          fullWidth
          {...fieldProps(t, errors, 'temporaryPassword', t('accounts.form.temporaryPasswordHint'))}
        />
      )}
    </FormDialog>
  );
}
