// Assigns a suggested mentor: the date of the match and an optional explanation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { StepDateField, useStepDate, useTrajectoryForm } from './TrajectoryForm';

const schema = trajectoryChannels['trajectories:assign'].input;

export function AssignDialog({
  view,
  mentor,
  onClose,
}: {
  view: TrajectoryView;
  mentor: MentorSuggestion;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const date = useStepDate();
  const [toelichting, setToelichting] = useState('');
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input: { id: view.id, mentorId: mentor.id, datum: date.value, toelichting },
    change: (parsed) => call('trajectories:assign', parsed),
    done: () => t('trajectories.match.done', { naam: mentor.naam }),
    onClose: () => onClose(true),
  });
  return (
    <FormDialog
      title={t('trajectories.match.dialogTitle', { naam: mentor.naam })}
      intro={t('trajectories.match.dialogIntro')}
      submitLabel={t('trajectories.match.assign')}
      check={check}
      send={send}
      onClose={() => onClose(false)}
    >
      <StepDateField date={date} errors={errors} label={t('trajectories.match.datum')} />
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
