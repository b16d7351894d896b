// Beheer > Beleid: the installation's rules. For now: after how many minutes without activity
// the screen locks (1-60). Core applies a change at once, for the session that is open too.
import { Alert, Button, Paper, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policySchema, type Policy } from '../../../src-shared/ipc/policy';
import { call, describeError, useBridgeQuery } from '../../app/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  useFocusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../app/forms';
import { useNotice } from '../../app/notices';
import { PageHeader } from '../../app/PageHeader';

export function PolicyPage() {
  const { t } = useTranslation();
  const policy = useBridgeQuery('policy:get', {});
  return (
    <>
      <PageHeader title={t('policy.title')} intro={t('policy.intro')} />
      {policy.isPending ? <Skeleton variant="rectangular" height={160} sx={{ maxWidth: 760 }} /> : null}
      {policy.isError ? <Alert severity="error">{describeError(t, policy.error)}</Alert> : null}
      {policy.data ? <PolicyForm policy={policy.data} /> : null}
    </>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [minutes, setMinutes] = useState(String(policy.idleMinutes));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const save = useMutation({
    mutationFn: (next: Policy) => call('policy:update', next),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['policy:get', {}], saved);
      notice.success(t('policy.saved', { minutes: saved.idleMinutes }));
    },
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // An empty or non-numeric field is "required", not a zod type error about numbers. The rest
    // of the policy is sent back as it was read.
    const next: Policy = { ...policy, idleMinutes: minutes.trim() === '' ? Number.NaN : Number(minutes) };
    const found = Number.isNaN(next.idleMinutes)
      ? { idleMinutes: { key: 'validation.required' } }
      : validate(policySchema, next);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(next);
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="vergrendelen-titel" sx={{ p: 3, maxWidth: 760 }}>
      <form onSubmit={submit} noValidate ref={form}>
        <Typography variant="h2" id="vergrendelen-titel" sx={{ mb: 1 }}>
          {t('policy.idle.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('policy.idle.body')}</Typography>
        <FormAlert error={save.error} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('policy.idle.minutes')}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            type="number"
            required
            sx={{ width: 260 }}
            slotProps={{ htmlInput: { min: 1, max: 60, step: 1 } }}
            {...fieldProps(t, errors, 'idleMinutes', t('policy.idle.hint'))}
          />
          <Button type="submit" variant="contained" sx={{ mt: 1 }} loading={save.isPending} loadingPosition="start">
            {t('actions.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
