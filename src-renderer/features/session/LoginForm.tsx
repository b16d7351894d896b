// Gebruikersnaam + wachtwoord. The first field has focus; a failure is announced (role=alert),
// the password is cleared and focus returns to it, the username stays. In team mode the heading
// names the server. `offline`: the server does not answer and meetings are kept on this workstation
// (issue 19): the same form, under the problem screen's heading, opens only those meetings.
import { Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAddress } from '../../../src-shared/domain/server-address';
import { loginInput } from '../../../src-shared/ipc/session';
import { CredentialFields, EMPTY_CREDENTIALS, type Credentials } from '../../kit/CredentialFields';
import { useCheckOnSend, validate } from '../../kit/forms';
import { GateForm } from '../../kit/FormPanel';
import { useSession } from '../../kit/session';
import { useLogin } from './useLogin';

export function LoginForm({ offline = false }: { offline?: boolean }) {
  const { t } = useTranslation();
  // Team mode: the heading names the CTER server ("Inloggen bij cter.zvh.local").
  const team = useSession().status?.team ?? null;
  const [credentials, setCredentials] = useState(EMPTY_CREDENTIALS);
  const change = (next: Partial<Credentials>) => setCredentials((previous) => ({ ...previous, ...next }));
  const check = useCheckOnSend(() => validate(loginInput, credentials));
  const { login, passwordRef } = useLogin(credentials, () => change({ password: '' }));

  return (
    <GateForm
      headingId="aanmelden-titel"
      level={offline ? 'h2' : 'h1'}
      heading={
        offline
          ? t('login.titleOffline')
          : team
            ? t('login.titleTeam', { server: describeServerAddress(team) })
            : t('login.title')
      }
      intro={
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t(offline ? 'login.introOffline' : 'login.intro')}
        </Typography>
      }
      check={check}
      send={login}
      submitLabel={t('login.submit')}
      submitSize="large"
    >
      <CredentialFields
        labels={{ username: t('login.username'), password: t('login.password') }}
        value={credentials}
        onChange={change}
        errors={check.errors}
        autoFocus={!offline}
        passwordRef={passwordRef}
      />
    </GateForm>
  );
}
