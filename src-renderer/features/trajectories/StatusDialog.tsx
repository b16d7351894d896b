// A status step of the trajectory (start, pause, resume, back to aangemeld) or its end: the date,
// an explanation and, to end it, the reason and the outcome (both required, as core requires).
// Typed and not saved, the fields outlive a lock with the step they were for (kit/heldDraft).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EIND_REDENEN,
  UITKOMSTEN,
  type EindReden,
  type TrajectoryStatus,
  type Uitkomst,
} from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { trajectoryDraftKey } from './heldDrafts';
import { FieldPair } from '../../kit/FormPanel';
import { required, StepDateField, today, useStepDate, useTrajectoryForm } from './TrajectoryForm';

const schema = trajectoryChannels['trajectories:set-status'].input;

/** The dialog's fields as the user sees them (the date as typed), with the step they are for. */
interface StepFields {
  to: TrajectoryStatus;
  datum: string;
  toelichting: string;
  eindReden: EindReden | '';
  uitkomst: Uitkomst | '';
}

export function StatusDialog({
  view,
  to,
  onClose,
}: {
  view: TrajectoryView;
  to: TrajectoryStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ending = to === 'afgerond';
  // Empty on today, or as typed before a lock and not saved then (the page reopens this step).
  const [start] = useState<StepFields>(() => ({ to, datum: today(), toelichting: '', eindReden: '', uitkomst: '' }));
  const draftKey = trajectoryDraftKey(view.id, 'status');
  const first = useHeldDraft<StepFields>(draftKey) ?? start;
  const date = useStepDate(first.datum);
  const [toelichting, setToelichting] = useState(first.toelichting);
  const [eindReden, setEindReden] = useState(first.eindReden);
  const [uitkomst, setUitkomst] = useState(first.uitkomst);
  useDraftWork(draftKey, changedValues<StepFields>({ to, datum: date.text, toelichting, eindReden, uitkomst }, start));
  const input = {
    id: view.id,
    to,
    datum: date.value,
    toelichting,
    eindReden: ending && eindReden ? eindReden : null,
    uitkomst: ending && uitkomst ? uitkomst : null,
  };
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input,
    also: { eindReden: ending && !eindReden && required, uitkomst: ending && !uitkomst && required },
    change: (parsed) => call('trajectories:set-status', parsed),
    done: () => t('trajectories.steps.done', { status: t(`common:mentorExport.labels.status.${to}`) }),
    onClose,
  });
  const title = ending ? t('trajectories.steps.endTitle') : t(`trajectories.steps.${view.status}-${to}`);
  return (
    <FormDialog
      title={title}
      intro={ending ? t('trajectories.steps.endIntro') : undefined}
      submitLabel={ending ? t('trajectories.steps.endSubmit') : t('trajectories.steps.submit')}
      submitColor={ending ? 'error' : 'primary'}
      check={check}
      send={send}
      onClose={onClose}
    >
      <StepDateField date={date} errors={errors} />
      {ending ? (
        <FieldPair>
          <ChoiceField
            label={t('trajectories.fields.eindReden')}
            value={eindReden}
            onChange={(value) => setEindReden(value as EindReden)}
            required
            errors={errors}
            name="eindReden"
            options={EIND_REDENEN.map((value) => ({
              value,
              label: t(`common:mentorExport.labels.eindreden.${value}`),
            }))}
          />
          <ChoiceField
            label={t('trajectories.fields.uitkomst')}
            value={uitkomst}
            onChange={(value) => setUitkomst(value as Uitkomst)}
            required
            errors={errors}
            name="uitkomst"
            options={UITKOMSTEN.map((value) => ({ value, label: t(`common:mentorExport.labels.uitkomst.${value}`) }))}
          />
        </FieldPair>
      ) : null}
      <NoteField
        label={t('trajectories.fields.toelichting')}
        value={toelichting}
        onChange={setToelichting}
        errors={errors}
        name="toelichting"
      />
    </FormDialog>
  );
}
