// Step Beheerder: the first account, which holds the beheerder role. Checked with the set-up
// schema from src-shared (the one core uses) as soon as a field is left, and again on "Volgende".
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setupInput } from '../../../../src-shared/ipc/session';
import { UsernameField } from '../../../kit/CredentialFields';
import { fieldProps, recheckedErrors, useFocusFirstInvalid, validate } from '../../../kit/forms';
import { NewPasswordFields } from '../../../kit/NewPasswordFields';
import { StepButtons } from './StepButtons';
import type { StepProps } from './types';
import { ADMIN_FIELDS, type SetupValues } from './values';

type AdminField = (typeof ADMIN_FIELDS)[number];

function check(values: SetupValues, fields: readonly AdminField[]) {
  // The other steps' fields get harmless stand-ins: only this step's fields are reported.
  return validate(setupInput, { ...values, folder: null, confirm: ['', ''] }, fields);
}

export function AdminStep({
  values,
  update,
  errors,
  setErrors,
  onBack,
  onNext,
}: StepProps & {
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  // Opened because core refused the set-up: start at the field to fix. Messages that appear while
  // typing (on leaving a field) never move focus.
  const [attempt, setAttempt] = useState(() => (Object.keys(errors).length > 0 ? 1 : 0));
  const form = useFocusFirstInvalid(attempt);

  const recheck = (field: AdminField) => setErrors(recheckedErrors(errors, field, check(values, [field])));
  const change = (field: AdminField) => (event: React.ChangeEvent<HTMLInputElement>) =>
    update({ [field]: event.target.value });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = check(values, ADMIN_FIELDS);
    setErrors(found);
    if (Object.keys(found).length > 0) setAttempt((n) => n + 1);
    else onNext();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate ref={form}>
      <Typography sx={{ mb: 3 }}>{t('setup.admin.intro')}</Typography>
      <Stack spacing={2.5} sx={{ maxWidth: 520 }}>
        <TextField
          label={t('setup.admin.displayName')}
          value={values.displayName}
          onChange={change('displayName')}
          onBlur={() => recheck('displayName')}
          autoComplete="name"
          required
          {...fieldProps(t, errors, 'displayName', t('setup.admin.displayNameHint'))}
        />
        <UsernameField
          label={t('setup.admin.username')}
          value={values.username}
          onChange={change('username')}
          onBlur={() => recheck('username')}
          required
          {...fieldProps(t, errors, 'username', t('setup.admin.usernameHint'))}
        />
        <NewPasswordFields
          labels={{ password: t('setup.admin.password'), repeat: t('setup.admin.passwordRepeat') }}
          value={values}
          onChange={update}
          onRecheck={recheck}
          errors={errors}
        />
      </Stack>
      <StepButtons
        onBack={onBack}
        next={
          <Button type="submit" variant="contained">
            {t('setup.next')}
          </Button>
        }
      />
    </Box>
  );
}
