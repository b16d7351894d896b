// Records an evaluation moment. The round offered is one of the evaluation feature's rounds of the
// mentortraject questionnaire for the mentor or for the mentee; when that round is open, the
// questionnaire can be filled in right here (the same form as paper entry): the answers are saved
// as a response of the round first, then the moment that points to the round. Typed and not
// recorded, the fields and answers outlive a lock (kit/heldDraft).
import { Checkbox, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Skeleton } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVALUATIE_SOORTEN, type EvaluatieSoort } from '../../../src-shared/domain/mentoring';
import { canUse } from '../../../src-shared/ipc/permissions';
import { checkResponse, type Answers } from '../../../src-shared/domain/questionnaire-answers';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { NoteField } from '../../kit/CheckedFields';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { trajectoryDraftKey } from './heldDrafts';
import { FieldPair } from '../../kit/FormPanel';
import { fieldProps } from '../../kit/forms';
import { answerErrors, QuestionnaireForm } from '../evaluations';
import { useSession } from '../../kit/session';
import { StepDateField, today, useStepDate, useTrajectoryForm } from './TrajectoryForm';
import { SelectField } from '../../kit/SelectField';

const schema = trajectoryChannels['trajectories:add-evaluation'].input;

/** The questionnaire family (template sleutel) for each kind of evaluation moment. */
export const QUESTIONNAIRE: Record<EvaluatieSoort, string> = {
  mentor: 'mentortraject-mentor',
  mentee: 'mentortraject-mentee',
};

/** The dialog's fields as the user sees them (the date as typed), with the questionnaire's answers. */
interface EvaluationFields {
  datum: string;
  soort: EvaluatieSoort;
  roundId: number | '';
  notitie: string;
  filling: boolean;
  answers: Answers;
}

export function EvaluationDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  // Empty on today, or as typed (the questionnaire's answers too) before a lock and not recorded then.
  const [start] = useState<EvaluationFields>(() => ({
    datum: today(),
    soort: 'mentor',
    roundId: '',
    notitie: '',
    filling: false,
    answers: {},
  }));
  const draftKey = trajectoryDraftKey(view.id, 'evaluatie');
  const first = useHeldDraft<EvaluationFields>(draftKey) ?? start;
  const date = useStepDate(first.datum);
  const [soort, setSoort] = useState(first.soort);
  const [roundId, setRoundId] = useState(first.roundId);
  const [notitie, setNotitie] = useState(first.notitie);
  const [filling, setFilling] = useState(first.filling);
  const [answers, setAnswers] = useState(first.answers);
  const values: EvaluationFields = { datum: date.text, soort, roundId, notitie, filling, answers };
  useDraftWork(draftKey, changedValues(values, start));
  const mayRead = canUse('evaluations:rounds', user);
  const rounds = useBridgeQuery('evaluations:rounds', { sleutel: QUESTIONNAIRE[soort] }, { enabled: mayRead });
  const chosen = rounds.data?.find((r) => r.id === roundId) ?? null;
  const mayFill = chosen?.status === 'open' && canUse('evaluations:save-response', user);
  const round = useBridgeQuery('evaluations:round', { id: roundId || 0 }, { enabled: mayFill && filling });
  const input = {
    trajectoryId: view.id,
    datum: date.value,
    soort,
    evalRoundId: roundId || null,
    notitie,
  };
  const checked = mayFill && filling && round.data ? checkResponse(round.data.templateContent, answers) : null;
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input,
    also: checked && !checked.ok ? checked.errors : {},
    change: async (parsed) => {
      if (mayFill && filling && checked?.ok) {
        await call('evaluations:save-response', {
          roundId: roundId as number,
          id: null,
          partner: null,
          respondent: null,
          datum: parsed.datum,
          answers: checked.answers as Record<string, string | number | string[] | Record<string, number | 'nvt'>>,
        });
      }
      return call('trajectories:add-evaluation', parsed);
    },
    done: () => (filling ? t('trajectories.evaluation.addedWithAnswers') : t('trajectories.evaluation.added')),
    onClose,
  });
  return (
    <FormDialog
      title={t('trajectories.evaluation.add')}
      submitLabel={t('trajectories.evaluation.submit')}
      check={check}
      send={send}
      error={rounds.error ?? round.error}
      onClose={onClose}
      maxWidth={filling ? 'md' : 'sm'}
    >
      <FieldPair>
        <StepDateField date={date} errors={errors} />
        <FormControl component="fieldset">
          <FormLabel component="legend">{t('trajectories.evaluation.soortLabel')}</FormLabel>
          <RadioGroup
            row
            value={soort}
            onChange={(event) => {
              setSoort(event.target.value as EvaluatieSoort);
              setRoundId('');
              setFilling(false);
              setAnswers({});
            }}
          >
            {EVALUATIE_SOORTEN.map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio />}
                label={t(`trajectories.evaluation.soort.${value}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
      </FieldPair>
      {mayRead ? (
        <SelectField
          label={t('trajectories.evaluation.round')}
          value={roundId}
          onChange={(event) => {
            setRoundId(event.target.value === '' ? '' : Number(event.target.value));
            setFilling(false);
            setAnswers({});
          }}
          fullWidth
          {...fieldProps(t, errors, 'evalRoundId', t('trajectories.evaluation.roundHint'))}
          empty={t('trajectories.evaluation.noRound')}
          options={(rounds.data ?? []).map((r) => ({
            value: r.id,
            label: t('trajectories.evaluation.roundOption', {
              titel: r.titel,
              status: t(`evaluations.status.${r.status}`),
            }),
          }))}
        />
      ) : null}
      {mayFill ? (
        <FormControlLabel
          control={<Checkbox checked={filling} onChange={(event) => setFilling(event.target.checked)} />}
          label={t('trajectories.evaluation.fillIn')}
        />
      ) : null}
      {mayFill && filling ? (
        round.data ? (
          <QuestionnaireForm
            template={round.data.templateContent}
            answers={answers}
            onChange={setAnswers}
            errors={answerErrors(errors)}
          />
        ) : (
          <Skeleton variant="rectangular" height={200} />
        )
      ) : null}
      <NoteField
        label={t('trajectories.evaluation.notitie')}
        value={notitie}
        onChange={setNotitie}
        errors={errors}
        name="notitie"
      />
    </FormDialog>
  );
}
