// "Staat het antwoord er niet bij?" under the covenant search's results (issue 22): the colleague
// picks the article that does answer the question, or says none does. Core keeps the question's
// words with names, numbers, dates and e-mail addresses masked, for 90 days, without who asked;
// the beheerder reads them beside the synonym list (QuestionsSection). The reader shows this, not
// the Ctrl+K look-up, which is for quick references during the minutes.
import { Alert, Autocomplete, Box, Button, Checkbox, FormControlLabel, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useConvenantVersion } from './useConvenant';

interface QuestionFeedbackProps {
  /** The question as searched (the settled text of the field). */
  question: string;
  versionId: number | null;
}

export function QuestionFeedback({ question, versionId }: QuestionFeedbackProps) {
  const { t } = useTranslation();
  const id = useId();
  const articles = useConvenantVersion(versionId).data?.artikelen ?? [];
  const [open, setOpen] = useState(false);
  const [article, setArticle] = useState<string | null>(null);
  const [none, setNone] = useState(false);
  const [tried, setTried] = useState(false);
  const report = useMutation({
    mutationFn: () => call('convenant:report-question', { text: question, versionId, article: none ? null : article }),
  });
  const missing = tried && !none && article === null;

  if (report.data)
    return (
      <Alert severity="success" sx={{ mt: 2 }}>
        {t('convenant.feedback.thanks', { words: report.data.words.join(' ') })}
      </Alert>
    );
  if (!open)
    return (
      <Box sx={{ mt: 2 }}>
        <Button variant="text" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('convenant.feedback.open')}
        </Button>
      </Box>
    );
  const options = articles.map((a) => ({
    nummer: a.nummer,
    label: t('convenant.search.article', { nummer: a.nummer, titel: a.titel }),
  }));
  return (
    <Box
      component="form"
      noValidate
      aria-labelledby={`${id}-kop`}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (none || article !== null) report.mutate();
      }}
      sx={{ mt: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
    >
      <Typography variant="h3" id={`${id}-kop`} sx={{ fontSize: '1.0625rem', fontWeight: 600, mb: 1 }}>
        {t('convenant.feedback.title')}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('convenant.feedback.intro')}
      </Typography>
      <FormAlert error={report.error} />
      <Autocomplete
        options={options}
        value={options.find((o) => o.nummer === article) ?? null}
        onChange={(_event, value) => setArticle(value?.nummer ?? null)}
        getOptionLabel={(option) => option.label}
        isOptionEqualToValue={(a, b) => a.nummer === b.nummer}
        disabled={none}
        noOptionsText={t('convenant.feedback.noArticle')}
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('convenant.feedback.article')}
            error={missing}
            helperText={missing ? t('convenant.feedback.choose') : t('convenant.feedback.articleHint')}
          />
        )}
      />
      <FormControlLabel
        sx={{ mt: 1 }}
        control={<Checkbox checked={none} onChange={(event) => setNone(event.target.checked)} />}
        label={t('convenant.feedback.none')}
      />
      <Typography variant="body2" sx={{ color: 'text.secondary', my: 1 }}>
        {t('convenant.feedback.privacy')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" loading={report.isPending} loadingPosition="start">
          {t('convenant.feedback.send')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('convenant.feedback.cancel')}</Button>
      </Box>
    </Box>
  );
}
