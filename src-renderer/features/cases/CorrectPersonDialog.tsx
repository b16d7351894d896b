// "Gegevens corrigeren": the person's data as stored, to be corrected with a reason. What changes
// is kept per field (old, new, by whom, when, why) and shown below the form. While processing is
// restricted the data cannot be changed: the form is read-only and says why.
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-shared/ipc/contract';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useDossierMutation } from './editing';
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

export function CorrectPersonDialog({ person, caseId, onClose }: CorrectPersonDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [form, setForm] = useState<PersonForm>(() => personFormFrom(person));
  const [reden, setReden] = useState('');
  const input = { id: person.id, person: personInputOf(form), reden };
  const { errors, form: formRef, passes, refused } = useFormCheck(validate(contract['persons:update'].input, input));
  const save = useDossierMutation(
    caseId,
    () => call('persons:update', input),
    () => {
      notice.success(t('persons.correct.done'));
      onClose();
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    if (passes()) save.mutate(undefined, { onError: refused });
  };

  const readOnly = person.restricted;
  return (
    <Dialog open onClose={onClose} aria-labelledby="corrigeren-titel" maxWidth="md" fullWidth>
      <form onSubmit={submit} noValidate ref={formRef}>
        <DialogTitle id="corrigeren-titel">{t('persons.correct.title', { name: person.naam })}</DialogTitle>
        <DialogContent>
          <FormAlert error={save.error} />
          {readOnly ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('persons.correct.restricted')}
            </Alert>
          ) : (
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('persons.correct.intro')}
            </Typography>
          )}
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <PersonFields
              value={form}
              onChange={setForm}
              errors={errorsUnder(errors, 'person.')}
              disabled={readOnly}
              autoFocus={!readOnly}
            />
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
          </Stack>
          <CorrectionHistory corrections={person.corrections} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{readOnly ? t('actions.close') : t('actions.cancel')}</Button>
          {readOnly ? null : (
            <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
              {t('persons.correct.submit')}
            </Button>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
