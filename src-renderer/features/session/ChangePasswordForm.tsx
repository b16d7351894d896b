// Current password, new password and its repetition, checked with the same schema as core
// (length, enough different characters, equal twice). Core adds what the form cannot know: the
// list of common passwords, the current password being wrong, or the new one being the same.
import { Box, Button, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordInput, type SessionUser } from '../../../src-shared/ipc/session';
import { call } from '../../kit/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  useFocusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../kit/forms';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);

  const change = useMutation({
    mutationFn: () => call('session:change-password', values),
    onSuccess: ({ user }) => {
      setValues(EMPTY);
      onDone(user);
    },
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
  });

  const set = (field: keyof typeof EMPTY) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));
  // Once a field has a message, it is checked again as the person types, so it clears when fixed.
  const recheck = (field: keyof typeof EMPTY) => () => {
    const found = validate(changePasswordInput, values, [field]);
    setErrors((previous) => {
      const next = { ...previous };
      delete next[field];
      return { ...next, ...found };
    });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(changePasswordInput, values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      change.reset();
      setAttempt((n) => n + 1);
      return;
    }
    change.mutate();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate ref={form}>
      <FormAlert error={change.error} />
      <Stack spacing={2.5}>
        <PasswordField
          label={t('changePassword.current')}
          value={values.currentPassword}
          onChange={set('currentPassword')}
          autoComplete="current-password"
          autoFocus={autoFocus}
          required
          fullWidth
          {...fieldProps(t, errors, 'currentPassword')}
        />
        <PasswordField
          label={t('changePassword.new')}
          value={values.password}
          onChange={set('password')}
          onBlur={recheck('password')}
          autoComplete="new-password"
          required
          fullWidth
          {...fieldProps(t, errors, 'password', t('password.rules'))}
        />
        <PasswordField
          label={t('changePassword.repeat')}
          value={values.passwordRepeat}
          onChange={set('passwordRepeat')}
          onBlur={() => values.passwordRepeat && recheck('passwordRepeat')()}
          autoComplete="new-password"
          required
          fullWidth
          {...fieldProps(t, errors, 'passwordRepeat')}
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
