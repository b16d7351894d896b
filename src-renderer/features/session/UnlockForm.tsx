// The lock screen: the person who locked the screen sees their name and types only the password.
// Anyone else can log in as themselves ("Andere gebruiker"); the locked session is then gone.
import { Link, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../src-shared/ipc/session';
import { fieldProps, useCheckOnSend, validate } from '../../kit/forms';
import { GateForm } from '../../kit/FormPanel';
import { PasswordField } from '../../kit/PasswordField';
import { useLogin } from './useLogin';

interface UnlockFormProps {
  user: { username: string; displayName: string };
  onOtherUser: () => void;
}

export function UnlockForm({ user, onOtherUser }: UnlockFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  // The username is the locked session's: only the password can be wrong here.
  const check = useCheckOnSend(() => validate(loginInput, { username: user.username, password }, ['password']));
  const { login, passwordRef } = useLogin({ username: user.username, password }, () => setPassword(''));

  return (
    <GateForm
      headingId="vergrendeld-titel"
      heading={t('lock.title')}
      intro={<Typography sx={{ mb: 3 }}>{t('lock.intro', { name: user.displayName })}</Typography>}
      check={check}
      send={login}
      submitLabel={t('lock.submit')}
      submitSize="large"
      after={
        <Link component="button" type="button" onClick={onOtherUser} sx={{ alignSelf: 'flex-start' }}>
          {t('lock.otherUser')}
        </Link>
      }
    >
      <PasswordField
        label={t('lock.password')}
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        autoComplete="current-password"
        inputRef={passwordRef}
        autoFocus
        fullWidth
        {...fieldProps(t, check.errors, 'password')}
      />
    </GateForm>
  );
}
