// Destroying cannot be undone. The dialog says what goes and what remains (for cases one anonymous
// statistical record per signal, for mentor trajectories their figures without anything personal)
// and asks the beheerder to type "VERNIETIG <n>" exactly; core checks the same text again before
// it destroys anything.
import { Alert, Box, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { destructionConfirmation } from '../../../src-shared/ipc/retention';
import type { OutputOf } from '../../../src-shared/ipc/contract';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { useFormCheck } from '../../kit/forms';
import { KnownCopies } from './KnownCopies';

/** The destruction's result, and how many chosen copies were deleted afterwards (null: that failed). */
export type DestroyOutcome = OutputOf<'retention:destroy'> & { copiesDeleted: number | null };

/** How many case numbers the dialog lists before it says "and N more". */
const LISTED = 12;

/** What the dialog says, for cases or for trajectories. */
export interface DestroyTexts {
  title: string;
  /** What goes and what remains. */
  points: string[];
  chosen: (names: string) => string;
  chosenMore: (names: string, more: number) => string;
  hint: string;
  submit: string;
}

interface DestroyDialogProps {
  kind: 'cases' | 'trajectories';
  /** The chosen rows: id and casusnummer or code. */
  items: { id: number; name: string }[];
  texts: DestroyTexts;
  onDone: (result: DestroyOutcome) => void;
  onClose: () => void;
}

export function DestroyDialog({ kind, items, texts, onDone, onClose }: DestroyDialogProps) {
  const { t } = useTranslation();
  const expected = destructionConfirmation(items.length);
  const [confirmation, setConfirmation] = useState('');
  // The renderer stops a mistyped confirmation; core checks the same text again.
  const check = useFormCheck(confirmation.trim() === expected ? {} : { confirmation: { key: 'validation.required' } });
  const wrong = check.errors['confirmation'] !== undefined;
  const copies = useBridgeQuery('retention:copies', {}, { staleTime: 0 });
  const [chosenCopies, setChosenCopies] = useState<ReadonlySet<string>>(new Set());
  const destroy = useMutation({
    mutationFn: async (): Promise<DestroyOutcome> => {
      const ids = items.map((item) => item.id);
      const result = await call('retention:destroy', {
        caseIds: kind === 'cases' ? ids : [],
        trajectoryIds: kind === 'trajectories' ? ids : [],
        confirmation,
      });
      // Only after the destruction: a copy deleted first would be lost if the destruction failed.
      if (!chosenCopies.size) return { ...result, copiesDeleted: 0 };
      try {
        const { deleted } = await call('retention:delete-copies', { ids: [...chosenCopies] });
        return { ...result, copiesDeleted: deleted };
      } catch {
        return { ...result, copiesDeleted: null };
      }
    },
    onSuccess: onDone,
  });

  const names = items
    .slice(0, LISTED)
    .map((item) => item.name)
    .join(', ');
  const more = items.length - LISTED;
  return (
    // The page decides where focus goes afterwards (the result, or back to its button).
    <FormDialog
      title={texts.title}
      submitLabel={texts.submit}
      submitColor="error"
      check={check}
      send={destroy}
      onClose={onClose}
      disableRestoreFocus
    >
      {/* Read with the dialog, not announced as an alert: nothing has gone wrong yet. */}
      <Alert severity="warning" role="note">
        <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('retention.dialog.irreversible')}</Typography>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {texts.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
          <li>{t('retention.dialog.audit')}</li>
        </Box>
      </Alert>
      {copies.data ? (
        <KnownCopies
          copies={copies.data.copies}
          today={copies.data.today}
          selected={chosenCopies}
          onSelect={setChosenCopies}
        />
      ) : null}
      <Typography>{more > 0 ? texts.chosenMore(names, more) : texts.chosen(names)}</Typography>
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
        helperText={wrong ? t('retention.dialog.confirmationWrong', { confirmation: expected }) : texts.hint}
      />
    </FormDialog>
  );
}
