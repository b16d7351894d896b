// Beperking van verwerking (art. 18 AVG): while it lasts, the person's data and cases can be read
// but not changed. Setting and lifting it both need a reason, kept in the correction history.
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-shared/ipc/contract';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useDossierMutation } from './editing';

interface RestrictDialogProps {
  person: PersonView;
  caseId: number;
  onClose: () => void;
}

export function RestrictDialog({ person, caseId, onClose }: RestrictDialogProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [reden, setReden] = useState('');
  const restrict = !person.restricted;
  const input = { id: person.id, restricted: restrict, reden };
  const check = useFormCheck(validate(contract['persons:restrict'].input, input));
  const { errors } = check;
  const save = useDossierMutation(
    caseId,
    () => call('persons:restrict', input),
    () => {
      notice.success(restrict ? t('persons.restrict.done') : t('persons.restrict.liftedDone'));
      onClose();
    },
  );
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
