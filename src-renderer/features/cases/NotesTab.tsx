// Notities: short working notes on the casus, newest first, each with who wrote it and when.
import { Box, Button, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../src-shared/ipc/contract';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useCaseEditing, useDossierMutation } from './editing';
import { noteDraftKey } from './heldDrafts';
import { formatMoment } from './labels';

export function NotesTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  // Empty, or as typed before a lock and not added then (kit/heldDraft).
  const draftKey = noteDraftKey(dossier.id);
  const held = useHeldDraft<string>(draftKey);
  const [tekst, setTekst] = useState(held ?? '');
  useDraftWork(draftKey, changedValues(tekst, ''));
  const check = useFormCheck(validate(contract['cases:note'].input, { id: dossier.id, tekst }));
  const { errors, form } = check;
  const notes = dossier.timeline.filter((item) => item.kind === 'notitie');
  const add = useDossierMutation(
    dossier.id,
    () => call('cases:note', { id: dossier.id, tekst }),
    () => {
      setTekst('');
      notice.success(t('cases.notes.added'));
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    add.reset();
    if (check.passes()) add.mutate(undefined, { onError: check.refused });
  };
  return (
    <Paper variant="outlined" component="section" aria-labelledby="notities-kop" sx={{ p: 2 }}>
      <Typography variant="h2" id="notities-kop" sx={{ mb: 1 }}>
        {t('cases.notes.heading')}
      </Typography>
      {mayEdit ? (
        <Box component="form" onSubmit={submit} noValidate ref={form} sx={{ mb: 2 }}>
          <FormAlert error={add.error} />
          <TextField
            label={t('cases.notes.new')}
            value={tekst}
            onChange={(event) => setTekst(event.target.value)}
            fullWidth
            multiline
            minRows={3}
            disabled={!canEdit}
            {...fieldProps(t, errors, 'tekst')}
          />
          <Button
            type="submit"
            variant="contained"
            sx={{ mt: 1 }}
            disabled={!canEdit}
            loading={add.isPending}
            loadingPosition="start"
          >
            {t('cases.notes.add')}
          </Button>
        </Box>
      ) : null}
      {notes.length === 0 ? (
        <Typography color="text.secondary">{t('cases.notes.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {notes.map((note) => (
            <Box component="li" key={note.ref} sx={{ borderTop: 1, borderColor: 'divider', py: 1.25 }}>
              <Typography variant="body2" color="text.secondary">
                {note.door
                  ? t('cases.timeline.when', { at: formatMoment(note.at), name: note.door })
                  : formatMoment(note.at)}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.text}</Typography>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
