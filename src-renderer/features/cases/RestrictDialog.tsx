// Beperking van verwerking (art. 18 AVG): while it lasts, the person's data and cases can be read
// but not changed. Setting and lifting it both need a reason, kept in the correction history.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-shared/ipc/contract';
import type { PersonView } from '../../../src-shared/ipc/persons';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
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
  const { errors, form, passes, refused } = useFormCheck(validate(contract['persons:restrict'].input, input));
  const save = useDossierMutation(
    caseId,
    () => call('persons:restrict', input),
    () => {
      notice.success(restrict ? t('persons.restrict.done') : t('persons.restrict.liftedDone'));
      onClose();
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    if (passes()) save.mutate(undefined, { onError: refused });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="beperken-titel"
      aria-describedby="beperken-uitleg"
      maxWidth="sm"
      fullWidth
    >
      <form onSubmit={submit} noValidate ref={form}>
        <DialogTitle id="beperken-titel">
          {restrict
            ? t('persons.restrict.title', { name: person.naam })
            : t('persons.restrict.liftTitle', { name: person.naam })}
        </DialogTitle>
        <DialogContent>
          <FormAlert error={save.error} />
          <DialogContentText id="beperken-uitleg" sx={{ mb: 2 }}>
            {restrict ? t('persons.restrict.explain') : t('persons.restrict.liftExplain')}
          </DialogContentText>
          <TextField
            label={t('persons.restrict.reden')}
            value={reden}
            onChange={(event) => setReden(event.target.value)}
            required
            fullWidth
            multiline
            minRows={2}
            autoFocus
            {...fieldProps(t, errors, 'reden')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {restrict ? t('persons.restrict.submit') : t('persons.restrict.liftSubmit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
