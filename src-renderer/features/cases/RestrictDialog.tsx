// Beperking van verwerking (art. 18 AVG): while it lasts, the person's data and cases can be read
// but not changed. Setting and lifting it both need a reason, kept in the correction history.
// Typed and not saved, the reason outlives a lock (kit/heldDraft; PersonMenu opens the dialog again).
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useDossierForm } from './editing';
import { restrictDraftKey } from './heldDrafts';

interface RestrictDialogProps {
  person: PersonView;
  caseId: number;
  onClose: () => void;
}

export function RestrictDialog({ person, caseId, onClose }: RestrictDialogProps) {
  const { t } = useTranslation();
  // Empty, or as typed before a lock and not saved then. The key of the step the dialog opened
  // for: the dossier reloads with the step done before the dialog closes.
  const [draftKey] = useState(() => restrictDraftKey(caseId, person));
  const held = useHeldDraft<string>(draftKey);
  const [reden, setReden] = useState(held ?? '');
  useDraftWork(draftKey, changedValues(reden, ''));
  const restrict = !person.restricted;
  const input = { id: person.id, restricted: restrict, reden };
  const { check, send: save } = useDossierForm(
    caseId,
    'persons:restrict',
    input,
    () => (restrict ? t('persons.restrict.done') : t('persons.restrict.liftedDone')),
    onClose,
  );
  const { errors } = check;
  return (
    <FormDialog
      title={
        restrict
          ? t('persons.restrict.title', { name: person.naam })
          : t('persons.restrict.liftTitle', { name: person.naam })
      }
      intro={restrict ? t('persons.restrict.explain') : t('persons.restrict.liftExplain')}
      submitLabel={restrict ? t('persons.restrict.submit') : t('persons.restrict.liftSubmit')}
      check={check}
      send={save}
      onClose={onClose}
    >
      <TextField
        label={t('persons.restrict.reden')}
        value={reden}
        onChange={(event) => setReden(event.target.value)}
        required
        fullWidth
        multiline
        minRows={2}
        {...fieldProps(t, errors, 'reden')}
      />
    </FormDialog>
  );
}
