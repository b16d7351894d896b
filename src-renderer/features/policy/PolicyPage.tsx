// Beheer > Beleid: the installation's rules, in one form: after how many minutes without activity
// the screen locks (1-60), and how many years after closing a casus its personal data must be
// destroyed (1-20). Core applies the idle lock at once, for the session that is open too; the
// retention period applies to cases closed from then on. Below it, the mentor project's yearly
// target of mentees (a form of its own, from features/mentoring). What the administrator's
// policy fixes (app:info `managed`) is shown as *Beheerd door uw organisatie*: the lock time
// cannot be changed, the retention period not set below the organisation's minimum. A save is
// confirmed beside its button (kit/SaveRow), not in a notice that would lie over the form.
import { Alert, Box, Button, Paper, Skeleton, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../src-shared/ipc/app';
import { policySchema, type Policy } from '../../../src-shared/ipc/policy';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import {
  bridgeFieldErrors,
  fieldProps,
  FormAlert,
  useFocusFirstInvalid,
  validate,
  type FieldErrors,
} from '../../kit/forms';
import { PageHeader } from '../../kit/PageHeader';
import { SaveRow } from '../../kit/SaveRow';
import { MentorTargetSection } from '../mentoring';

export function PolicyPage() {
  const { t } = useTranslation();
  const policy = useBridgeQuery('policy:get', {});
  const info = useBridgeQuery('app:info', {});
  return (
    <>
      <PageHeader title={t('policy.title')} intro={t('policy.intro')} />
      {policy.isPending ? <Skeleton variant="rectangular" height={160} sx={{ maxWidth: 760 }} /> : null}
      {policy.isError ? <Alert severity="error">{describeError(t, policy.error)}</Alert> : null}
      {policy.data && info.data ? <PolicyForm policy={policy.data} info={info.data} /> : null}
      <MentorTargetSection />
    </>
  );
}

type NumberField = 'idleMinutes' | 'retentionYears';

/** A number typed in a field; an empty or non-numeric field is reported as "required". */
const parse = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function PolicyForm({ policy, info }: { policy: Policy; info: AppInfo }) {
  const idleManaged = info.managed.includes('idleMinutes');
  const minimumYears = info.retentionMinimumYears ?? 1;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState<Record<NumberField, string>>({
    idleMinutes: String(policy.idleMinutes),
    retentionYears: String(policy.retentionYears),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const save = useMutation({
    mutationFn: (next: Policy) => call('policy:update', next),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['policy:get', {}], saved);
    },
    onError: (error) => {
      setErrors(bridgeFieldErrors(error));
      setAttempt((n) => n + 1);
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next: Policy = { idleMinutes: parse(text.idleMinutes), retentionYears: parse(text.retentionYears) };
    const found: FieldErrors = validate(policySchema, next);
    for (const name of ['idleMinutes', 'retentionYears'] as const) {
      if (Number.isNaN(next[name])) found[name] = { key: 'validation.required' };
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(next);
  };

  const numberField = (name: NumberField, label: string, hint: string, max: number, min = 1, managed = false) => (
    <TextField
      label={label}
      disabled={managed}
      value={text[name]}
      onChange={(event) => {
        setText((current) => ({ ...current, [name]: event.target.value }));
        // What is shown is no longer what was saved.
        if (save.isSuccess) save.reset();
      }}
      type="number"
      required
      sx={{ width: 320 }}
      slotProps={{ htmlInput: { min, max, step: 1 } }}
      {...fieldProps(t, errors, name, hint)}
    />
  );

  return (
    <Paper variant="outlined" sx={{ p: 3, maxWidth: 760 }}>
      <form onSubmit={submit} noValidate ref={form}>
        <FormAlert error={save.error} />
        <Box component="section" aria-labelledby="vergrendelen-titel" sx={{ mb: 3 }}>
          <Typography variant="h2" id="vergrendelen-titel" sx={{ mb: 1 }}>
            {t('policy.idle.title')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('policy.idle.body')}</Typography>
          {numberField(
            'idleMinutes',
            t('policy.idle.minutes'),
            idleManaged ? t('policy.managed') : t('policy.idle.hint'),
            60,
            1,
            idleManaged,
          )}
        </Box>
        <Box component="section" aria-labelledby="bewaartermijn-titel" sx={{ mb: 3 }}>
          <Typography variant="h2" id="bewaartermijn-titel" sx={{ mb: 1 }}>
            {t('policy.retention.title')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('policy.retention.body')}</Typography>
          {numberField(
            'retentionYears',
            t('policy.retention.years'),
            info.retentionMinimumYears === null
              ? t('policy.retention.hint')
              : t('policy.managedMinimum', { years: minimumYears }),
            20,
            minimumYears,
          )}
        </Box>
        <SaveRow
          saved={
            save.isSuccess
              ? t('policy.saved', { minutes: save.data.idleMinutes, years: save.data.retentionYears })
              : null
          }
        >
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('actions.save')}
          </Button>
        </SaveRow>
      </form>
    </Paper>
  );
}
