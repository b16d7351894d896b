// The mentor project's yearly target (mentees to guide), set by the beheerder on the Beleid page;
// the dashboard measures the year against it. The training modules are sent back unchanged. A
// save is confirmed beside its button (kit/SaveRow), as the policy form above it does. Changed and
// not saved, the target outlives a lock (kit/heldDraft; the settings carry no version).
import { Alert, Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentoringSettings } from '../../../src-shared/ipc/mentoring';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, type FieldErrors } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { SaveRow } from '../../kit/SaveRow';
import { TARGET_DRAFT_KEY } from './heldDrafts';

export function MentorTargetSection() {
  const { t } = useTranslation();
  const settings = useBridgeQuery('mentoring:settings', {});
  if (settings.isError) return <Alert severity="error">{describeError(t, settings.error)}</Alert>;
  return settings.data ? <TargetForm settings={settings.data} /> : null;
}

function TargetForm({ settings }: { settings: MentoringSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The target as last loaded or saved: what counts as unsaved is what differs from it.
  const [loaded, setLoaded] = useState(String(settings.targetPerYear));
  const held = useHeldDraft<string>(TARGET_DRAFT_KEY);
  const [text, setText] = useState(held ?? loaded);
  useDraftWork(TARGET_DRAFT_KEY, changedValues(text, loaded));
  const target = text.trim() === '' ? Number.NaN : Number(text);
  const problems: FieldErrors = {};
  if (Number.isNaN(target)) problems['targetPerYear'] = { key: 'validation.required' };
  else if (!Number.isInteger(target)) problems['targetPerYear'] = { key: 'validation.wholeNumber' };
  else if (target < 0) problems['targetPerYear'] = { key: 'validation.tooSmall', params: { minimum: 0 } };
  else if (target > 1000) problems['targetPerYear'] = { key: 'validation.tooBig', params: { maximum: 1000 } };
  const { errors, form, passes, refused } = useFormCheck(problems);
  const save = useMutation({
    mutationFn: () =>
      call('mentoring:save-settings', {
        targetPerYear: target,
        modules: settings.modules.map(({ code, label, required, active }) => ({ code, label, required, active })),
      }),
    onSuccess: (saved) => {
      // As core stored it (a typed 012 is 12): nothing left unsaved.
      setLoaded(String(saved.targetPerYear));
      setText(String(saved.targetPerYear));
      queryClient.setQueryData(['mentoring:settings', {}], saved);
      void queryClient.invalidateQueries({ queryKey: ['mentoring:dashboard'] });
    },
    onError: refused,
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    if (passes()) save.mutate();
  };
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="mentordoel-titel"
      sx={{ p: 3, maxWidth: 760, mt: 3 }}
    >
      <Box component="form" onSubmit={submit} noValidate ref={form}>
        <Typography variant="h2" id="mentordoel-titel" sx={{ mb: 1 }}>
          {t('mentoring.target.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('mentoring.target.body')}</Typography>
        <FormAlert error={save.error} />
        <TextField
          label={t('mentoring.target.label')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (save.isSuccess) save.reset();
          }}
          type="number"
          required
          sx={{ width: 320, mb: 2, display: 'flex' }}
          slotProps={{ htmlInput: { min: 0, max: 1000, step: 1 } }}
          {...fieldProps(t, errors, 'targetPerYear', t('mentoring.target.hint'))}
        />
        <SaveRow saved={save.isSuccess ? t('mentoring.target.saved', { target: save.data.targetPerYear }) : null}>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('mentoring.target.save')}
          </Button>
        </SaveRow>
      </Box>
    </Paper>
  );
}
