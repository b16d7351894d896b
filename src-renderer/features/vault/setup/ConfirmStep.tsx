// Step Controleren: two groups of the recovery key typed back (from the paper, the key is no
// longer on screen), then a summary and "Installatie voltooien". Core checks the groups before it
// writes anything, and tells which group does not match. On the team's PostgreSQL server there is
// no recovery key and no folder: only the summary.
import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRM_WORD_MAX, type SetupProposal } from '../../../../src-shared/ipc/session';
import { fieldProps, useFocusFirstInvalid, type FieldErrors } from '../../../kit/forms';
import { StepButtons } from './StepButtons';
import type { StepProps } from './types';

interface ConfirmStepProps extends StepProps {
  proposal: SetupProposal;
  server: boolean;
  busy: boolean;
  onBack: () => void;
  onFinish: () => void;
}

export function ConfirmStep({
  values,
  update,
  errors,
  setErrors,
  proposal,
  server,
  busy,
  onBack,
  onFinish,
}: ConfirmStepProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  // Errors from core arrive as a new object: that, too, moves focus to the group to fix.
  const form = useFocusFirstInvalid(attempt || errors);

  const setGroup = (index: 0 | 1) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const confirm: [string, string] = [...values.confirm];
    confirm[index] = event.target.value;
    update({ confirm });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    values.confirm.forEach((group, index) => {
      if (!server && !group.trim()) found[`confirm.${index}`] = { key: 'validation.required' };
    });
    setErrors(found);
    if (Object.keys(found).length > 0) setAttempt((n) => n + 1);
    else onFinish();
  };

  const [first, second] = proposal.confirmGroups;
  return (
    <Box component="form" onSubmit={submit} noValidate ref={form}>
      {server ? (
        <Typography sx={{ mb: 3 }}>{t('setup.confirm.serverIntro')}</Typography>
      ) : (
        <>
          <Typography sx={{ mb: 3 }}>{t('setup.confirm.intro', { first, second })}</Typography>
          <Stack direction="row" spacing={2} sx={{ mb: 3 }}>
            {([0, 1] as const).map((index) => (
              <TextField
                key={index}
                label={t('setup.confirm.group', { number: proposal.confirmGroups[index] })}
                value={values.confirm[index]}
                onChange={setGroup(index)}
                autoComplete="off"
                required
                sx={{ width: 220 }}
                slotProps={{
                  htmlInput: {
                    spellCheck: false,
                    autoCapitalize: 'characters',
                    maxLength: CONFIRM_WORD_MAX,
                    style: { fontFamily: 'monospace', fontSize: '1.25rem', letterSpacing: '0.12em' },
                  },
                }}
                {...fieldProps(t, errors, `confirm.${index}`)}
              />
            ))}
          </Stack>
        </>
      )}
      <Typography variant="h3" sx={{ mb: 1 }}>
        {t('setup.confirm.summaryTitle')}
      </Typography>
      <dl className="definition-list">
        <dt>{t('setup.confirm.admin')}</dt>
        <dd>{t('setup.confirm.adminValue', { name: values.displayName, username: values.username })}</dd>
        {server ? null : (
          <>
            <dt>{t('setup.confirm.folder')}</dt>
            <dd>
              <code>{values.folder ?? proposal.defaultFolder}</code>
            </dd>
          </>
        )}
      </dl>
      <StepButtons
        onBack={onBack}
        next={
          <Button type="submit" variant="contained" loading={busy} loadingPosition="start">
            {t('setup.confirm.finish')}
          </Button>
        }
      />
    </Box>
  );
}
