// The synonym list that covenant search uses ("rvdk" finds "Raad voor de Kinderbescherming"):
// one group per line, words separated by commas. Saving rebuilds the search indexes in core.
// Typed and not saved, the text outlives a lock (heldDrafts.ts).
import { Alert, Box, Button, Skeleton, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { SYNONYMS_DRAFT_KEY } from './heldDrafts';
import { formatSynonyms, parseSynonyms } from './text';

function Editor({ initial }: { initial: string[][] }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  // The list as stored; a save (or a pair added from a question) starts the editor anew from it.
  const [start] = useState(() => formatSynonyms(initial));
  const [text, setText] = useState(useHeldDraft<string>(SYNONYMS_DRAFT_KEY) ?? start);
  useDraftWork(SYNONYMS_DRAFT_KEY, changedValues(text, start));
  const [tried, setTried] = useState(false);
  const parsed = parseSynonyms(text);
  const save = useMutation({
    mutationFn: () => call('convenant:save-synonyms', { groups: parsed.groups }),
    onSuccess: async (groups) => {
      queryClient.setQueryData(['convenant:synonyms', {}], groups);
      await queryClient.invalidateQueries({ queryKey: ['convenant:search'] });
      setTried(false);
      notice.success(t('convenant.synonyms.saved', { count: groups.length }));
    },
  });
  const problem =
    tried && parsed.badLines.length ? t('convenant.synonyms.badLines', { lines: parsed.badLines.join(', ') }) : null;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!parsed.badLines.length) save.mutate();
      }}
    >
      <FormAlert error={save.error} />
      <TextField
        label={t('convenant.synonyms.label')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        multiline
        minRows={6}
        maxRows={20}
        fullWidth
        error={problem !== null}
        helperText={problem ?? t('convenant.synonyms.hint')}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      <Button type="submit" variant="contained" sx={{ mt: 2 }} loading={save.isPending} loadingPosition="start">
        {t('convenant.synonyms.save')}
      </Button>
    </Box>
  );
}

export function SynonymsEditor() {
  const { t } = useTranslation();
  const synonyms = useBridgeQuery('convenant:synonyms', {});
  return (
    <Box component="section" aria-labelledby="synoniemen-kop" sx={{ maxWidth: 900 }}>
      <Typography variant="h2" id="synoniemen-kop" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('convenant.synonyms.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('convenant.synonyms.intro')}
      </Typography>
      {synonyms.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
      {synonyms.isError ? <Alert severity="error">{describeError(t, synonyms.error)}</Alert> : null}
      {/* A pair added from a question (QuestionsSection) changes the list: the editor starts anew from it. */}
      {synonyms.data ? <Editor key={JSON.stringify(synonyms.data)} initial={synonyms.data} /> : null}
    </Box>
  );
}
