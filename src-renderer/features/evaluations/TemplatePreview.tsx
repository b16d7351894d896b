// The builder's preview: the questionnaire as respondents will see it (the same form as paper
// entry and the kiosk), answerable so conditional questions can be tried; nothing is stored.
import { Alert, Box, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../src-shared/domain/questionnaire-answers';
import type { Template } from '../../../src-shared/domain/questionnaire';
import { QuestionnaireForm } from './QuestionnaireForm';
import { previewable } from './templateBuilder';

export function TemplatePreview({ template }: { template: Template }) {
  const { t } = useTranslation();
  const parsed = useMemo(() => previewable(template), [template]);
  const [answers, setAnswers] = useState<Answers>({});
  if (!parsed) return <Alert severity="info">{t('evaluations.builder.previewUnavailable')}</Alert>;
  return (
    <Box component="section" aria-labelledby="voorbeeld-titel" sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h2" id="voorbeeld-titel">
        {t('evaluations.builder.previewTitle', { titel: parsed.titel })}
      </Typography>
      <Typography color="text.secondary">{t('evaluations.builder.previewIntro')}</Typography>
      <QuestionnaireForm template={parsed} answers={answers} onChange={setAnswers} errors={{}} />
    </Box>
  );
}
