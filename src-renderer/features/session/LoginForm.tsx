// Gebruikersnaam + wachtwoord. The first field has focus; a failure is announced (role=alert),
// the password is cleared and focus returns to it, the username stays.
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../src-shared/ipc/session';
import { call } from '../../kit/bridge';
import {
  bridgeFieldErrors,
  errorCode,
  fieldProps,
  FormAlert,
  useFocusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../kit/forms';
import { PasswordField } from '../../kit/PasswordField';
import { useSession } from '../../kit/session';

/** Failures that mean the database itself has a problem: the gate must show it. */
export const OPEN_PROBLEM = /^(DATABASE|KEYFILE)_/;

export function LoginForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const passwordInput = useRef<HTMLInputElement>(null);

  const login = useMutation({
    mutationFn: () => call('session:login', { username, password }),
    onSuccess: ({ user }) => session.signedIn(user),
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setPassword('');
      passwordInput.current?.focus();
      if (OPEN_PROBLEM.test(errorCode(error) ?? '')) void session.refresh();
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(loginInput, { username, password });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      login.reset();
      setAttempt((n) => n + 1);
      return;
    }
    login.mutate();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate ref={form} aria-labelledby="aanmelden-titel">
      <Typography variant="h1" id="aanmelden-titel" sx={{ mb: 1 }}>
        {t('login.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('login.intro')}
      </Typography>
      <FormAlert error={login.error} />
      <Stack spacing={2.5}>
        <TextField
          label={t('login.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoComplete="username"
          autoFocus
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
          {...fieldProps(t, errors, 'username')}
        />
        <PasswordField
          label={t('login.password')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          inputRef={passwordInput}
          fullWidth
          {...fieldProps(t, errors, 'password')}
        />
        <Button type="submit" variant="contained" size="large" loading={login.isPending} loadingPosition="start">
          {t('login.submit')}
        </Button>
      </Stack>
    </Box>
  );
}
