// The lock screen: the person who locked the screen sees their name and types only the password.
// Anyone else can log in as themselves ("Andere gebruiker"); the locked session is then gone.
import { Box, Button, Link, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { bridgeFieldErrors, errorCode, fieldProps, FormAlert, type FieldErrors } from '../../kit/forms';
import { PasswordField } from '../../kit/PasswordField';
import { OPEN_PROBLEM } from './LoginForm';
import { useSession } from '../../kit/session';

interface UnlockFormProps {
  user: { username: string; displayName: string };
  onOtherUser: () => void;
}

export function UnlockForm({ user, onOtherUser }: UnlockFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const passwordInput = useRef<HTMLInputElement>(null);

  const unlock = useMutation({
    mutationFn: () => call('session:login', { username: user.username, password }),
    onSuccess: ({ user: unlocked }) => session.signedIn(unlocked),
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setPassword('');
      passwordInput.current?.focus();
      if (OPEN_PROBLEM.test(errorCode(error) ?? '')) void session.refresh();
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!password) {
      unlock.reset();
      setErrors({ password: { key: 'validation.required' } });
      return;
    }
    unlock.mutate();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="vergrendeld-titel">
      <Typography variant="h1" id="vergrendeld-titel" sx={{ mb: 1 }}>
        {t('lock.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('lock.intro', { name: user.displayName })}</Typography>
      <FormAlert error={unlock.error} />
      <Stack spacing={2.5}>
        <PasswordField
          label={t('lock.password')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          inputRef={passwordInput}
          autoFocus
          fullWidth
          {...fieldProps(t, errors, 'password')}
        />
        <Button type="submit" variant="contained" size="large" loading={unlock.isPending} loadingPosition="start">
          {t('lock.submit')}
        </Button>
        <Link component="button" type="button" onClick={onOtherUser} sx={{ alignSelf: 'flex-start' }}>
          {t('lock.otherUser')}
        </Link>
      </Stack>
    </Box>
  );
}
