// Team mode, step Vingerafdruk: the fingerprint of the certificate the server showed (team:probe),
// large and in groups of four so it can be read aloud and compared with what IT gave on paper or
// by phone, and a field for that fingerprint. "Verbinden" is enabled only when the two are the same
// (whatever the case, colons or spaces); a different one says plainly not to connect and to warn
// IT. The comparison is a live region, so a screen reader hears it change while typing.
// team:connect pins the fingerprint; core then answers 'locked' and the login screen follows.
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeServerAddress, fingerprintGroups } from '../../../../src-shared/domain/server-address';
import { call } from '../../../kit/bridge';
import { errorCode, FormAlert } from '../../../kit/forms';
import { useSession } from '../../../kit/session';
import { StepButtons } from './StepButtons';
import { compareFingerprints, type TeamValues } from './team';

export function FingerprintStep({
  values,
  update,
  onBack,
}: {
  values: TeamValues & { probed: NonNullable<TeamValues['probed']> };
  update: (change: Partial<TeamValues>) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const field = useRef<HTMLInputElement>(null);
  const { probed } = values;
  const comparison = compareFingerprints(probed.fingerprint, values.fingerprint);
  const connect = useMutation({
    mutationFn: () => call('team:connect', { address: values.address, fingerprint: values.fingerprint }),
    // Core now answers vault:status for the server: the login screen.
    onSuccess: () => session.refresh(),
    onError: (error) => {
      if (errorCode(error) === 'FINGERPRINT_MISMATCH') field.current?.focus();
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    connect.reset();
    if (comparison === 'match') connect.mutate();
  };

  const server = describeServerAddress(probed);
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Typography sx={{ mb: 2 }}>{t('setup.fingerprint.intro', { server })}</Typography>
      <FormAlert error={connect.error} />
      <Typography component="h3" variant="subtitle1" id="vingerafdruk-server" sx={{ fontWeight: 600, mb: 1 }}>
        {t('setup.fingerprint.shown', { server })}
      </Typography>
      <Box
        component="ol"
        aria-labelledby="vingerafdruk-server"
        sx={{
          listStyle: 'none',
          p: 2,
          m: 0,
          mb: 3,
          display: 'grid',
          gridTemplateColumns: 'repeat(4, max-content)',
          columnGap: 3,
          rowGap: 1,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'grey.50',
          fontFamily: '"DejaVu Sans Mono", "Consolas", monospace',
          fontSize: '1.35rem',
          letterSpacing: '0.04em',
        }}
      >
        {fingerprintGroups(probed.fingerprint).map((group, index) => (
          // The groups never change order: the index is their identity.
          <li key={index}>{group}</li>
        ))}
      </Box>
      <TextField
        label={t('setup.fingerprint.given')}
        value={values.fingerprint}
        onChange={(event) => {
          connect.reset();
          update({ fingerprint: event.target.value });
        }}
        inputRef={field}
        required
        fullWidth
        multiline
        minRows={2}
        autoComplete="off"
        error={comparison === 'mismatch'}
        helperText={t('setup.fingerprint.givenHint')}
        slotProps={{
          htmlInput: { spellCheck: false, autoCapitalize: 'characters' },
        }}
        sx={{ '& textarea': { fontFamily: '"DejaVu Sans Mono", "Consolas", monospace' } }}
      />
      <Box role="status" sx={{ mt: 2, minHeight: 48 }}>
        {comparison === 'match' ? (
          // role none: the box around is the live region (polite); an alert would interrupt typing.
          <Alert severity="success" role="none">
            {t('setup.fingerprint.match')}
          </Alert>
        ) : comparison === 'mismatch' ? (
          <Alert severity="error" role="none">
            {t('setup.fingerprint.mismatch')}
          </Alert>
        ) : comparison === 'incomplete' ? (
          <Typography color="text.secondary">{t('setup.fingerprint.incomplete')}</Typography>
        ) : null}
      </Box>
      <StepButtons
        onBack={onBack}
        next={
          <Button
            type="submit"
            variant="contained"
            disabled={comparison !== 'match'}
            loading={connect.isPending}
            loadingPosition="start"
          >
            {t('setup.fingerprint.connect')}
          </Button>
        }
      />
    </Box>
  );
}
