// Paper entry: a member of staff types in a paper form of a round. The form is checked as core
// checks it (required questions only when shown); after saving, it is emptied for the next one.
import { Alert, Box, Button, MenuItem, Skeleton, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { checkResponse, type Answers } from '../../../src-shared/domain/questionnaire-answers';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { listLabel, useReferenceData } from '../lists';
import { answerErrors, QuestionnaireForm } from './QuestionnaireForm';

export function PaperEntryPage() {
  const { t } = useTranslation();
  const roundId = Number(useParams().id);
  const round = useBridgeQuery('evaluations:round', { id: roundId });
  const reference = useReferenceData();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>({});
  const [partner, setPartner] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const checked = round.data ? checkResponse(round.data.templateContent, answers) : null;
  const { errors, form, passes, refused, reset } = useFormCheck(checked && !checked.ok ? checked.errors : {});

  async function save() {
    if (!round.data || !passes()) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('evaluations:save-response', {
        roundId,
        id: null,
        partner: partner || null,
        respondent: null,
        datum: null,
        answers: answers as Record<string, string | number | string[] | Record<string, number | 'nvt'>>,
      });
      await queryClient.invalidateQueries();
      notice.success(t('evaluations.form.saved'));
      setAnswers({});
      reset();
    } catch (error) {
      setFailure(error);
      refused(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('evaluations.form.paperTitle')}
        intro={round.data ? t('evaluations.form.paperIntro', { titel: round.data.titel }) : undefined}
        actions={
          <Button variant="outlined" component={RouterLink} to={`/evaluaties/${roundId}`}>
            {t('evaluations.form.backToRound')}
          </Button>
        }
      />
      {round.error ? <Alert severity="error">{describeError(t, round.error)}</Alert> : null}
      {round.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {round.data ? (
        <Box
          component="form"
          ref={form}
          noValidate
          aria-label={t('evaluations.form.paperTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          sx={{ display: 'grid', gap: 3, maxWidth: '90ch' }}
        >
          <FormAlert error={failure} />
          {round.data.targetGroups.length > 0 ? (
            <TextField
              select
              label={t('evaluations.form.partner')}
              value={partner}
              onChange={(event) => setPartner(event.target.value)}
              {...fieldProps(t, errors, 'partner')}
              sx={{ maxWidth: 360 }}
            >
              <MenuItem value="">{t('evaluations.form.partnerNone')}</MenuItem>
              {round.data.targetGroups.map((g) => (
                <MenuItem key={g.partner} value={g.partner}>
                  {listLabel(reference.data, 'partner', g.partner)}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <QuestionnaireForm
            template={round.data.templateContent}
            answers={answers}
            onChange={setAnswers}
            errors={answerErrors(errors)}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={saving}>
              {t('evaluations.form.save')}
            </Button>
          </Box>
        </Box>
      ) : null}
    </>
  );
}
