// "Gegevens corrigeren": the person's data as stored, to be corrected with a reason. What changes
// is kept per field (old, new, by whom, when, why) and shown below the form. While processing is
// restricted the data cannot be changed: the form is read-only and says why. Corrected and not
// saved, the fields and the reden outlive a lock (kit/heldDraft; PersonMenu opens the dialog again).
import { Alert, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useDossierForm } from './editing';
import { correctDraftKey } from './heldDrafts';
import {
  CorrectionHistory,
  errorsUnder,
  PersonFields,
  type PersonForm,
  personFormFrom,
  personInputOf,
} from '../persons';

interface CorrectPersonDialogProps {
  person: PersonView;
  caseId: number;
  onClose: () => void;
}

/** The correction as typed: the person's fields and the reason. */
interface CorrectionFields {
  form: PersonForm;
  reden: string;
}

export function CorrectPersonDialog({ person, caseId, onClose }: CorrectPersonDialogProps) {
  const { t } = useTranslation();
  // The data as stored with no reason yet, or as corrected before a lock and not saved then.
  const [start] = useState<CorrectionFields>(() => ({ form: personFormFrom(person), reden: '' }));
  const draftKey = correctDraftKey(caseId, person.id);
  const first = useHeldDraft<CorrectionFields>(draftKey) ?? start;
  const [form, setForm] = useState(first.form);
  const [reden, setReden] = useState(first.reden);
  useDraftWork(draftKey, changedValues<CorrectionFields>({ form, reden }, start));
  const input = { id: person.id, person: personInputOf(form), reden };
  const { check, send: save } = useDossierForm(
    caseId,
    'persons:update',
    input,
    () => t('persons.correct.done'),
    onClose,
  );
  const { errors } = check;
  const readOnly = person.restricted;
  return (
    <FormDialog
      title={t('persons.correct.title', { name: person.naam })}
      submitLabel={t('persons.correct.submit')}
      check={check}
      send={save}
      onClose={onClose}
      maxWidth="md"
      readOnly={readOnly}
      after={<CorrectionHistory corrections={person.corrections} />}
    >
      {readOnly ? (
        <Alert severity="warning">{t('persons.correct.restricted')}</Alert>
      ) : (
        <Typography color="text.secondary">{t('persons.correct.intro')}</Typography>
      )}
      <PersonFields value={form} onChange={setForm} errors={errorsUnder(errors, 'person.')} disabled={readOnly} />
      <TextField
        label={t('persons.correct.reden')}
        value={reden}
        onChange={(event) => setReden(event.target.value)}
        required
        fullWidth
        multiline
        minRows={2}
        disabled={readOnly}
        {...fieldProps(t, errors, 'reden', t('persons.correct.redenHint'))}
      />
    </FormDialog>
  );
}
