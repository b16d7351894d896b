// Current password, new password and its repetition, checked with the same schema as core
// (length, enough different characters, equal twice). Core adds what the form cannot know: the
// list of common passwords, the current password being wrong, or the new one being the same.
import { Box, Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordInput, type SessionUser } from '../../../src-shared/ipc/session';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, submitHandler, useCheckOnSend, validate } from '../../kit/forms';
import { NewPasswordFields } from '../../kit/NewPasswordFields';
import { PasswordField } from '../../kit/PasswordField';

interface ChangePasswordFormProps {
  onDone: (user: SessionUser) => void;
  /** Extra buttons next to "save" (e.g. cancel in the dialog). */
  actions?: ReactNode;
  autoFocus?: boolean;
}

const EMPTY = { currentPassword: '', password: '', passwordRepeat: '' };

export function ChangePasswordForm({ onDone, actions, autoFocus }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const { errors, form, passes, refused, recheck } = useCheckOnSend(() => validate(changePasswordInput, values));

  const change = useMutation({
    mutationFn: () => call('session:change-password', values),
    onSuccess: ({ user }) => {
      setValues(EMPTY);
      onDone(user);
    },
  });
  const update = (next: Partial<typeof EMPTY>) => setValues((previous) => ({ ...previous, ...next }));

  return (
    <Box component="form" onSubmit={submitHandler({ passes, refused }, change)} noValidate ref={form}>
      <FormAlert error={change.error} />
      <Stack spacing={2.5}>
        <PasswordField
          label={t('changePassword.current')}
          value={values.currentPassword}
          onChange={(event) => update({ currentPassword: event.target.value })}
          autoComplete="current-password"
          autoFocus={autoFocus}
          required
          fullWidth
          {...fieldProps(t, errors, 'currentPassword')}
        />
        <NewPasswordFields
          labels={{ password: t('changePassword.new'), repeat: t('changePassword.repeat') }}
          value={values}
          onChange={update}
          onRecheck={recheck}
          errors={errors}
          fullWidth
        />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          {actions}
          <Button type="submit" variant="contained" loading={change.isPending} loadingPosition="start">
            {t('changePassword.submit')}
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}
