// /convenant/delen — "Mag ik dit delen?": which partner shares, with whom, what data, in which
// step of the process. Core answers from the labels of the covenant's articles; the page shows
// the outcome and the articles that ground it, with their conditions, linked to the reader.
// Chosen and not yet asked about, the choices outlive a lock (heldDrafts.ts).
import { Alert, Box, Button, Link, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  DATA_CATEGORIES,
  PROCESS_STEPS,
  type DataCategory,
  type ProcessStep,
} from '../../../src-shared/domain/convenant';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, type FieldErrors } from '../../kit/forms';
import { useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { PageHeader } from '../../kit/PageHeader';
import { choices, listLabel, useReferenceData } from '../lists';
import { NO_SHARE_CHOICES, SHARE_CHECK_DRAFT_KEY, unsavedShareCheck, type ShareChoices } from './heldDrafts';
import { articlePath } from './text';

export function ShareCheckPage() {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const first = useHeldDraft<ShareChoices>(SHARE_CHECK_DRAFT_KEY) ?? NO_SHARE_CHOICES;
  const [from, setFrom] = useState(first.from);
  const [to, setTo] = useState(first.to);
  const [category, setCategory] = useState(first.category as DataCategory | '');
  const [step, setStep] = useState(first.step as ProcessStep | '');
  const problems: FieldErrors = {};
  for (const [name, value] of Object.entries({ from, to, category, step }))
    if (!value) problems[name] = { key: 'validation.required' };
  const { errors, form, passes, refused } = useFormCheck(problems);
  const check = useMutation({
    mutationFn: () =>
      call('convenant:share-check', {
        from,
        to,
        category: category as DataCategory,
        step: step as ProcessStep,
      }),
    onError: refused,
  });
  useDraftWork(SHARE_CHECK_DRAFT_KEY, unsavedShareCheck({ from, to, category, step }, check.data !== undefined));
  const partners = choices(reference, 'partner');
  const answer = check.data;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    check.reset();
    if (passes()) check.mutate();
  };

  const select = (
    name: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { value: string; label: string }[],
  ) => (
    <TextField
      select
      required
      label={label}
      value={value}
      onChange={(event) => {
        set(event.target.value);
        check.reset();
      }}
      {...fieldProps(t, errors, name)}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const partnerOptions = partners.map((p) => ({ value: p.code, label: p.label }));

  return (
    <>
      <PageHeader title={t('convenant.share.title')} intro={t('convenant.share.intro')} />
      <Box
        component="form"
        ref={form}
        noValidate
        onSubmit={submit}
        aria-labelledby="delen-vraag"
        sx={{ maxWidth: 720, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}
      >
        <Typography variant="h2" id="delen-vraag" sx={{ gridColumn: '1 / -1', fontSize: '1.25rem' }}>
          {t('convenant.share.question')}
        </Typography>
        {select('from', t('convenant.share.from'), from, setFrom, partnerOptions)}
        {select('to', t('convenant.share.to'), to, setTo, partnerOptions)}
        {select(
          'category',
          t('convenant.share.category'),
          category,
          (v) => setCategory(v as DataCategory),
          DATA_CATEGORIES.map((c) => ({ value: c, label: t(`convenant.categories.${c}`) })),
        )}
        {select(
          'step',
          t('convenant.share.step'),
          step,
          (v) => setStep(v as ProcessStep),
          PROCESS_STEPS.map((s) => ({ value: s, label: t(`convenant.steps.${s}`) })),
        )}
        <Box sx={{ gridColumn: '1 / -1' }}>
          <FormAlert error={check.error} />
          <Button type="submit" variant="contained" loading={check.isPending} loadingPosition="start">
            {t('convenant.share.submit')}
          </Button>
        </Box>
      </Box>
      {answer ? (
        <Box component="section" aria-labelledby="delen-antwoord" sx={{ mt: 4, maxWidth: 900 }}>
          <Typography variant="h2" id="delen-antwoord" sx={{ fontSize: '1.25rem', mb: 1 }}>
            {t('convenant.share.answer')}
          </Typography>
          <Alert severity={answer.verdict === 'voorwaarden' ? 'success' : 'warning'} sx={{ mb: 2 }}>
            {t(`convenant.share.verdicts.${answer.verdict}`, {
              from: listLabel(reference, 'partner', from),
              to: listLabel(reference, 'partner', to),
              versie: answer.versie,
            })}
          </Alert>
          {answer.articles.map((article) => (
            <Box
              key={article.nummer}
              sx={{ mb: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
            >
              <Typography variant="h3" sx={{ fontSize: '1.0625rem', mb: 0.5 }}>
                <Link component={RouterLink} to={articlePath(article.nummer, answer.versionId)}>
                  {t('convenant.reader.articleHeading', { nummer: article.nummer, titel: article.titel })}
                </Link>
              </Typography>
              {article.voorwaarden.length ? (
                <Box component="ul" sx={{ m: 0, pl: 3 }}>
                  {article.voorwaarden.map((condition, index) => (
                    <Typography component="li" key={index} variant="body2" sx={{ mb: 0.5 }}>
                      {condition}
                    </Typography>
                  ))}
                </Box>
              ) : null}
            </Box>
          ))}
        </Box>
      ) : null}
    </>
  );
}
