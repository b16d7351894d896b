// Destroying cases cannot be undone. The dialog says what goes and what remains (one anonymous
// statistical record per signal, so the figures keep their history) and asks the beheerder to
// type "VERNIETIG <n>" exactly; core checks the same text again before it destroys anything.
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { destructionConfirmation, type DueCase } from '../../../src-shared/ipc/retention';
import type { OutputOf } from '../../../src-shared/ipc/contract';
import { call } from '../../app/bridge';
import { FormAlert, useFocusFirstInvalid } from '../../app/forms';

/** How many case numbers the dialog lists before it says "and N more". */
const LISTED = 12;

interface DestroyDialogProps {
  cases: DueCase[];
  onDone: (result: OutputOf<'retention:destroy'>) => void;
  onClose: () => void;
}

export function DestroyDialog({ cases, onDone, onClose }: DestroyDialogProps) {
  const { t } = useTranslation();
  const expected = destructionConfirmation(cases.length);
  const [confirmation, setConfirmation] = useState('');
  const [wrong, setWrong] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useFocusFirstInvalid(attempt);
  const destroy = useMutation({
    mutationFn: () => call('retention:destroy', { caseIds: cases.map((c) => c.id), confirmation }),
    onSuccess: onDone,
    onError: () => setAttempt((n) => n + 1),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const mistyped = confirmation.trim() !== expected;
    setWrong(mistyped);
    if (mistyped) {
      destroy.reset();
      setAttempt((n) => n + 1);
      return;
    }
    destroy.mutate();
  };

  const numbers = cases
    .slice(0, LISTED)
    .map((c) => c.number)
    .join(', ');
  const more = cases.length - LISTED;
  return (
    // The page decides where focus goes afterwards (the result, or back to its button).
    <Dialog open onClose={onClose} disableRestoreFocus aria-labelledby="vernietigen-titel" maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="vernietigen-titel">{t('retention.dialog.title', { count: cases.length })}</DialogTitle>
        <DialogContent>
          {/* Read with the dialog, not announced as an alert: nothing has gone wrong yet. */}
          <Alert severity="warning" role="note" sx={{ mb: 2 }}>
            <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('retention.dialog.irreversible')}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              <li>{t('retention.dialog.removed')}</li>
              <li>{t('retention.dialog.persons')}</li>
              <li>{t('retention.dialog.remains')}</li>
              <li>{t('retention.dialog.audit')}</li>
            </Box>
          </Alert>
          <Typography sx={{ mb: 2 }}>
            {more > 0 ? t('retention.dialog.casesMore', { numbers, more }) : t('retention.dialog.cases', { numbers })}
          </Typography>
          <FormAlert error={destroy.error} />
          <TextField
            label={t('retention.dialog.confirmation', { confirmation: expected })}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
            required
            fullWidth
            autoFocus
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false } }}
            error={wrong}
            helperText={
              wrong
                ? t('retention.dialog.confirmationWrong', { confirmation: expected })
                : t('retention.dialog.confirmationHint')
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" color="error" loading={destroy.isPending} loadingPosition="start">
            {t('retention.dialog.submit', { count: cases.length })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
