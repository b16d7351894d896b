// On Convenant beheren, beside the synonym list: "Vragen zonder goed antwoord" (issue 22). Each
// question a colleague reported from the search, its words masked by core, the article they chose
// (or none), where the search ranked that article then and ranks it now, and two actions: make a
// synonym pair of a word of the question and a term of the article (the list's own rules apply;
// the new rank shows at once), or remove the question. Core removes questions after 90 days.
// Chosen and not added, the pair outlives a lock (heldDrafts.ts; the dialog opens again).
import { Alert, Autocomplete, Box, Button, Skeleton, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { ConvenantQuestionView } from '../../../src-shared/ipc/convenant';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, type FieldErrors } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft, useReopenHeld } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { SelectField } from '../../kit/SelectField';
import { questionSynonymDraftKey } from './heldDrafts';

type T = ReturnType<typeof useTranslation>['t'];

function rankText(t: T, rank: number | null) {
  return rank === null ? t('convenant.questions.notFound') : t('convenant.questions.place', { rank });
}

function SynonymDialog({ question, onClose }: { question: ConvenantQuestionView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const draftKey = questionSynonymDraftKey(question.id);
  // The dialog proposes the first word and term: only a choice of the beheerder's is unsaved.
  const [start] = useState(() => ({ word: question.wordChoices[0] ?? '', term: question.termChoices[0] ?? '' }));
  const first = useHeldDraft<typeof start>(draftKey) ?? start;
  const [word, setWord] = useState(first.word);
  const [term, setTerm] = useState(first.term);
  useDraftWork(draftKey, changedValues({ word, term }, start));
  const problems: FieldErrors = {};
  if (!word) problems['word'] = { key: 'validation.required' };
  if (!term.trim()) problems['term'] = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const send = useMutation({
    mutationFn: () => call('convenant:add-synonym', { questionId: question.id, word, term: term.trim() }),
    onSuccess: async (view) => {
      await Promise.all(
        ['convenant:questions', 'convenant:synonyms', 'convenant:search'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      );
      notice.success(
        view.article
          ? t('convenant.questions.added', {
              word,
              term: term.trim(),
              nummer: view.article.nummer,
              rank: rankText(t, view.rankNow),
            })
          : t('convenant.questions.addedNoArticle', { word, term: term.trim() }),
      );
      onClose();
    },
  });
  return (
    <FormDialog
      title={t('convenant.questions.dialogTitle')}
      intro={t('convenant.questions.dialogIntro', { words: question.words.join(' ') })}
      submitLabel={t('convenant.questions.addSubmit')}
      check={check}
      send={send}
      onClose={onClose}
    >
      <SelectField
        label={t('convenant.questions.word')}
        value={word}
        onChange={(event) => setWord(event.target.value)}
        options={question.wordChoices.map((w) => ({ value: w, label: w }))}
        fullWidth
        {...fieldProps(t, check.errors, 'word')}
      />
      <Autocomplete
        freeSolo
        options={question.termChoices}
        inputValue={term}
        onInputChange={(_event, value) => setTerm(value)}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('convenant.questions.term')}
            {...fieldProps(t, check.errors, 'term', t('convenant.questions.termHint'))}
          />
        )}
      />
    </FormDialog>
  );
}

export function QuestionsSection() {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const questions = useBridgeQuery('convenant:questions', {});
  const [adding, setAdding] = useState<ConvenantQuestionView | null>(null);
  // A pair chosen and not added at a lock: its question's dialog opens again once the list is in.
  useReopenHeld(
    questions.data,
    (question) => questionSynonymDraftKey(question.id),
    (question) => setAdding((current) => current ?? question),
  );
  const remove = useMutation({
    mutationFn: (id: string) => call('convenant:remove-questions', { ids: [id] }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['convenant:questions'] });
      notice.success(t('convenant.questions.removed'));
    },
    onError: (error) => notice.error(error),
  });
  const columns: DataColumn<ConvenantQuestionView>[] = [
    {
      key: 'dag',
      header: t('convenant.questions.columns.day'),
      cell: (q) => formatDate(q.day),
      nowrap: true,
      priority: 2,
    },
    {
      key: 'vraag',
      header: t('convenant.questions.columns.question'),
      cell: (q) => q.words.join(' '),
      rowHeader: true,
    },
    {
      key: 'artikel',
      header: t('convenant.questions.columns.article'),
      cell: (q) =>
        q.article
          ? t('convenant.search.article', { nummer: q.article.nummer, titel: q.article.titel })
          : t('convenant.questions.noArticle'),
    },
    {
      key: 'plaats',
      header: t('convenant.questions.columns.rank'),
      cell: (q) =>
        q.article
          ? t('convenant.questions.ranks', { then: rankText(t, q.rankThen), now: rankText(t, q.rankNow) })
          : '—',
    },
    {
      key: 'acties',
      header: t('convenant.questions.columns.actions'),
      cell: (q) => (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button
            size="small"
            variant="outlined"
            disabled={!q.wordChoices.length}
            onClick={() => setAdding(q)}
            aria-label={t('convenant.questions.addOf', { words: q.words.join(' ') })}
          >
            {t('convenant.questions.add')}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => remove.mutate(q.id)}
            aria-label={t('convenant.questions.removeOf', { words: q.words.join(' ') })}
          >
            {t('convenant.questions.remove')}
          </Button>
        </Box>
      ),
    },
  ];
  return (
    <Box component="section" aria-labelledby="vragen-kop" sx={{ mt: 4, maxWidth: 1100 }}>
      <Typography variant="h2" id="vragen-kop" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('convenant.questions.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
        {t('convenant.questions.intro')}
      </Typography>
      {questions.isPending ? <Skeleton variant="rectangular" height={120} /> : null}
      {questions.isError ? <Alert severity="error">{describeError(t, questions.error)}</Alert> : null}
      {questions.data && !questions.data.length ? (
        <Typography sx={{ fontStyle: 'italic' }}>{t('convenant.questions.empty')}</Typography>
      ) : null}
      {questions.data?.length ? (
        <DataTable
          columns={columns}
          rows={questions.data}
          rowKey={(q) => q.id}
          labelledBy="vragen-kop"
          sx={{ bgcolor: 'background.paper' }}
        />
      ) : null}
      {adding ? <SynonymDialog question={adding} onClose={() => setAdding(null)} /> : null}
    </Box>
  );
}
