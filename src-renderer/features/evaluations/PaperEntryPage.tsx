// Paper entry: a member of staff types in a paper form of a round. The form is checked as core
// checks it (required questions only when shown); after saving, it is emptied for the next one.
// By keyboard only: a digit chooses on a scale, Enter goes to the next question and, after the
// last, saves the form. While it is saved the fields are closed (nothing typed for the next form is
// lost to the emptying); once saved, the focus is at the first question of the next one. A form
// typed and not saved outlives a lock (kit/heldDraft): the answers with the partner chosen.
import { Alert, Box, Button, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { checkResponse, type Answers } from '../../../src-shared/domain/questionnaire-answers';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { enterGoesOn, focusFirstQuestion } from '../../kit/keyboardEntry';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { listLabel, useReferenceData } from '../lists';
import { answerErrors, QuestionnaireForm } from './QuestionnaireForm';

/** A paper form as typed: its answers and the partner it came from. */
interface PaperForm {
  answers: Answers;
  partner: string;
}

export function PaperEntryPage() {
  const { t } = useTranslation();
  const roundId = Number(useParams().id);
  const round = useBridgeQuery('evaluations:round', { id: roundId });
  const reference = useReferenceData();
  const notice = useNotice();
  const queryClient = useQueryClient();
  // Empty, or as typed before a lock and not saved then.
  const draftKey = `evaluations:paper:${roundId}`;
  const held = useHeldDraft<PaperForm>(draftKey);
  const [answers, setAnswers] = useState<Answers>(held?.answers ?? {});
  const [partner, setPartner] = useState(held?.partner ?? '');
  // Only answers count as unsaved: the partner stays chosen for the next form after a save.
  useDraftWork(draftKey, changedValues<Answers>(answers, {}) && { answers, partner });
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [entered, setEntered] = useState(0);
  // Counts the saves that asked for the focus at the next form's first question (below).
  const [focusNext, setFocusNext] = useState(0);
  const checked = round.data ? checkResponse(round.data.templateContent, answers) : null;
  const { errors, form, passes, refused, reset } = useFormCheck(checked && !checked.ok ? checked.errors : {});
  // After the render that opens the fields again (not a frame later, which under load can come
  // before that render: the focus then fell on a closed field and stayed where it was).
  useEffect(() => {
    if (focusNext > 0 && !saving) focusFirstQuestion(form.current);
  }, [focusNext, saving, form]);

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
      setEntered((count) => count + 1);
    } catch (error) {
      setFailure(error);
      refused(error);
    } finally {
      setSaving(false);
      // The fields open again on the next render: then the first question of the next form takes the focus.
      setFocusNext((count) => count + 1);
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
          aria-busy={saving}
          onSubmit={(event) => {
            event.preventDefault();
            if (!saving) void save();
          }}
          onKeyDown={(event) => {
            if (!saving) enterGoesOn(event, () => void save());
          }}
          sx={{ display: 'grid', gap: 3, maxWidth: 1040 }}
        >
          <Typography id="toetsenbord-hint">{t('evaluations.form.keyboardHint')}</Typography>
          <FormAlert error={failure} />
          <Box
            component="fieldset"
            disabled={saving}
            sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gap: 3 }}
          >
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
          </Box>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button type="submit" variant="contained" size="large" loading={saving} loadingPosition="start">
              {t('evaluations.form.save')}
            </Button>
            {entered > 0 ? (
              <Typography role="status">{t('evaluations.form.entered', { count: entered })}</Typography>
            ) : null}
          </Box>
        </Box>
      ) : null}
    </>
  );
}
