// Restoring a backup where nobody can log in: on a new machine that replaces a lost one, or when
// the database is damaged. Core opens the file dialog and checks the backup with the username and
// password of a beheerder as they were when the backup was made, before anything is replaced.
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../src-shared/ipc/session';
import { call } from '../../kit/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  useFocusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { PasswordField } from '../../kit/PasswordField';
import { useSession } from '../../kit/session';

export function RestoreBackupForm({ headingLevel = 'h2' }: { headingLevel?: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const session = useSession();
  const notice = useNotice();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);

  const restore = useMutation({
    mutationFn: () => call('vault:restore-backup', { username, password }),
    onSuccess: ({ restored }) => {
      if (restored) session.sessionEnded('restored');
      else notice.info(t('restore.noFileChosen'));
    },
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(loginInput, { username, password });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      restore.reset();
      setAttempt((n) => n + 1);
      return;
    }
    restore.mutate();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate ref={form} aria-labelledby="terugzetten-titel">
      <Typography variant={headingLevel} id="terugzetten-titel" sx={{ mb: 1 }}>
        {t('restore.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('restore.intro')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('restore.credentials')}
      </Typography>
      <FormAlert error={restore.error} />
      <Stack spacing={2.5}>
        <TextField
          label={t('restore.username')}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          autoComplete="username"
          fullWidth
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
          {...fieldProps(t, errors, 'username')}
        />
        <PasswordField
          label={t('restore.password')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          autoComplete="current-password"
          fullWidth
          {...fieldProps(t, errors, 'password')}
        />
        <Button type="submit" variant="contained" loading={restore.isPending} loadingPosition="start">
          {t('restore.submit')}
        </Button>
      </Stack>
    </Box>
  );
}
