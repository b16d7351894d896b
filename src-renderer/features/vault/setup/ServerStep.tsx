// Team mode, step Server: the address of the team's CTER server, as IT gave it. Checked here with
// the shared rule (the one core uses), then team:probe asks the server for its certificate, whose
// fingerprint the next step shows. Core's refusals (SERVER_ADDRESS_INVALID, SERVER_UNREACHABLE,
// NOT_A_CTER_SERVER) show in the form's alert; focus goes back to the address to fix.
import { Box, Button, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseServerAddress } from '../../../../src-shared/domain/server-address';
import { call } from '../../../kit/bridge';
import { fieldProps, FormAlert, useFocusFirstInvalid, type FieldErrors } from '../../../kit/forms';
import { StepButtons } from './StepButtons';
import type { TeamValues } from './team';

export function ServerStep({
  values,
  update,
  onBack,
  onProbed,
}: {
  values: TeamValues;
  update: (change: Partial<TeamValues>) => void;
  onBack: () => void;
  onProbed: (probed: NonNullable<TeamValues['probed']>) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const field = useRef<HTMLInputElement>(null);
  const probe = useMutation({
    mutationFn: () => call('team:probe', { address: values.address }),
    onSuccess: onProbed,
    // The alert says what is wrong; the address is where to fix it.
    onError: () => field.current?.focus(),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    probe.reset();
    const found: FieldErrors =
      values.address.trim() === ''
        ? { address: { key: 'validation.required' } }
        : parseServerAddress(values.address)
          ? {}
          : { address: { key: 'errors.SERVER_ADDRESS_INVALID' } };
    setErrors(found);
    if (Object.keys(found).length > 0) setAttempt((n) => n + 1);
    else probe.mutate();
  };

  return (
    <Box component="form" onSubmit={submit} noValidate ref={form}>
      <Typography sx={{ mb: 3 }}>{t('setup.server.intro')}</Typography>
      <FormAlert error={probe.error} />
      <TextField
        label={t('setup.server.address')}
        value={values.address}
        onChange={(event) => {
          // Another address is another server: what was shown for the old one no longer holds.
          update({ address: event.target.value, probed: null });
          if (errors['address']) setErrors({});
        }}
        inputRef={field}
        required
        fullWidth
        autoComplete="off"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
        sx={{ maxWidth: 520 }}
        {...fieldProps(t, errors, 'address', t('setup.server.addressHint'))}
      />
      <StepButtons
        onBack={onBack}
        next={
          <Button type="submit" variant="contained" loading={probe.isPending} loadingPosition="start">
            {t('setup.next')}
          </Button>
        }
      />
    </Box>
  );
}
